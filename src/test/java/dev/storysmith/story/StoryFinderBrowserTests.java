package dev.storysmith.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import dev.storysmith.system.BrowserTest;
import dev.storysmith.system.TestAccounts;

/** "Which of my stories fits?" in headless Chromium: the box on /stories and the link on a question page. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:finder-browser;DB_CLOSE_DELAY=-1")
class StoryFinderBrowserTests extends BrowserTest {

	@Autowired
	StoryService stories;

	@Test
	void aPastedQuestionAndAQuestionPageBothPutTheOutageStoryFirst() {
		String name = newAccount();
		long owner = TestAccounts.id(jdbc, name);
		stories.create(owner, new StoryContent("Growing a junior engineer", "star-l",
				Map.of("action", "I paired with a new graduate weekly and let her own the search page."), "", Set.of(),
				Set.of("mentoring-and-leadership")));
		long outage = stories.create(owner, new StoryContent("The certificate outage", "star-l",
				Map.of("situation", "A bad certificate rotation broke TLS for 14 sites at 2 a.m.; I was on call.",
						"action", "I rolled back one site first, then all of them, and ran the blameless postmortem."),
				"", Set.of(), Set.of("incident-response"))).id();
		stories.create(owner, new StoryContent("The schema argument", "star-l",
				Map.of("action", "A senior colleague and I disagreed about the database schema; we benchmarked both."),
				"", Set.of(), Set.of("conflict-resolution")));
		WebDriver driver = browser.driver();
		signIn(driver, name);

		driver.get(url("/stories"));
		driver.findElement(By.id("finder-q")).sendKeys("Tell me about a production incident you handled.");
		clickAndWaitForNextPage(driver, By.cssSelector(".finder-box button[type=submit]"));
		browser.screenshot("finder-text");

		assertThat(driver.getCurrentUrl()).contains("/stories/match?q=");
		WebElement best = driver.findElement(By.cssSelector(".finder-matches > li"));
		assertThat(best.findElement(By.tagName("a")).getText()).isEqualTo("The certificate outage");
		assertThat(best.findElement(By.cssSelector(".finder-why")).getText()).contains("mentions postmortem, outage");
		assertThat(best.findElement(By.cssSelector(".badge")).getText()).matches("\\d{1,3}/100 fit");
		assertThat(driver.findElement(By.id("finder-q")).getAttribute("value"))
			.isEqualTo("Tell me about a production incident you handled.");
		clickAndWaitForNextPage(driver, By.cssSelector(".finder-matches > li a"));
		assertThat(driver.getCurrentUrl()).endsWith("/stories/" + outage);

		driver.manage().deleteAllCookies();
		driver.get(url("/questions/led-a-major-incident"));
		clickAndWaitForNextPage(driver, By.linkText("Which of my stories fits?"));
		assertThat(driver.getCurrentUrl()).endsWith("/login");
		driver.findElement(By.id("username")).sendKeys(name);
		driver.findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
		clickAndWaitForNextPage(driver, By.cssSelector("form.stack button[type=submit]"));
		browser.screenshot("finder-question");

		assertThat(driver.getCurrentUrl()).contains("/stories/match?question=led-a-major-incident");
		assertThat(driver.findElement(By.cssSelector("main .lead")).getText())
			.contains("Walk me through a major production incident you led");
		assertThat(driver.findElements(By.cssSelector(".finder-matches > li a")).stream().map(WebElement::getText))
			.containsExactly("The certificate outage");
		assertThat(driver.findElement(By.cssSelector(".finder-why")).getText()).contains("shares Incident response");
	}

}
