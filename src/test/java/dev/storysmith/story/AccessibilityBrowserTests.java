package dev.storysmith.story;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.storysmith.system.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core (from its webjar) in headless Chromium on the main pages, signed in where a page
 * needs it: no serious or critical violation of WCAG 2.1 A/AA and axe's best practices.
 * axe is evaluated through WebDriver, which the page's Content-Security-Policy does not
 * govern, so the policy stays as strict as in production.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:a11y-browser;DB_CLOSE_DELAY=-1")
class AccessibilityBrowserTests extends BrowserTest {

	static final String AXE = "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

	static final Set<String> BLOCKING = Set.of("serious", "critical");

	@Autowired
	StoryService stories;

	@Autowired
	JsonMapper json;

	@Test
	void mainPagesHaveNoSeriousOrCriticalViolations() throws IOException {
		WebDriver driver = browser.driver();
		String user = newAccount();
		long owner = jdbc.queryForObject("select id from user_account where username = ?", Long.class, user);
		StoryView story = stories.create(owner, new StoryContent("Checkout latency", "star-l",
				Map.of("situation", "Checkout p95 was 1.4 s.", "action", "I added a read-through cache."), "",
				Set.of("proudest-project"), Set.of("ownership")));

		StringBuilder report = new StringBuilder();
		for (String path : List.of("/", "/questions", "/questions/proudest-project", "/score", "/plan")) {
			report.append(audit(driver, path));
		}
		signIn(driver, user);
		report.append(audit(driver, "/stories/" + story.id()));
		report.append(audit(driver, "/stories"));

		assertThat(report.toString()).as("serious or critical axe violations").isEmpty();
	}

	private String audit(WebDriver driver, String path) throws IOException {
		driver.get("http://localhost:" + port + path);
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
		JavascriptExecutor js = (JavascriptExecutor) driver;
		js.executeScript(axeSource());
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
		Object result = js.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']},
				                   resultTypes: ['violations']})
				   .then(r => done(JSON.stringify(r.violations)))
				   .catch(e => done(JSON.stringify([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}])));
				""");
		StringBuilder found = new StringBuilder();
		for (JsonNode violation : json.readTree(String.valueOf(result))) {
			if (BLOCKING.contains(violation.path("impact").asString())) {
				found.append(path).append(": ").append(violation.path("id").asString()).append(" (")
					.append(violation.path("impact").asString()).append(") ").append(violation.path("help").asString());
				for (JsonNode node : violation.path("nodes")) {
					found.append("\n    ").append(node.path("target").toString()).append(": ")
						.append(node.path("failureSummary").asString().replace('\n', ' '));
				}
				found.append('\n');
			}
		}
		return found.toString();
	}

	private static String axeSource() throws IOException {
		try (InputStream in = AccessibilityBrowserTests.class.getResourceAsStream(AXE)) {
			assertThat(in).as("axe-core webjar on the test classpath").isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
