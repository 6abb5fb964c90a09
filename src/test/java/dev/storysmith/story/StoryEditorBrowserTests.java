package dev.storysmith.story;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;

import dev.storysmith.system.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editor end to end in headless Chromium: from a question page to a STAR+L draft whose
 * score moves while typing, then a revision, an edit and a restore.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:story-browser;DB_CLOSE_DELAY=-1")
class StoryEditorBrowserTests extends BrowserTest {

	@Test
	void draftsScoresSavesAndRestoresAStory() {
		WebDriver driver = browser.driver();
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
		signIn(driver, newAccount());

		driver.get(url("/questions/proudest-project"));
		driver.findElement(By.linkText("Draft my answer")).click();
		assertThat(driver.findElement(By.id("title")).getAttribute("value"))
			.isEqualTo("Tell me about the project you are most proud of");
		new Select(driver.findElement(By.id("framework"))).selectByValue("star-l");
		driver.findElement(By.cssSelector("form.stack button[type=submit]")).click();

		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("section-situation")));
		String before = overall(driver);
		type(driver, "situation", "Our checkout service timed out at peak: p95 latency was 1.4 s and 2% of orders failed.");
		type(driver, "task", "I was the tech lead of a team of four and owned the fix.");
		type(driver, "action", "I profiled the service and found that each request made nine database calls. "
				+ "I chose a read-through cache over a bigger database because it cost less, accepting the risk of "
				+ "stale prices, which I mitigated with a 30-second expiry.");
		type(driver, "result", "p95 fell from 1.4 s to 380 ms on our Grafana dashboard and failed orders "
				+ "dropped from 2% to 0.1% over the next month.");
		type(driver, "lessons", "I learned to measure before optimising; since then I always add a load test to the plan.");

		wait.until(d -> !overall(d).equals(before));
		wait.until(ExpectedConditions.textToBe(By.id("save-status"), "All changes saved."));
		assertThat(Integer.parseInt(overall(driver))).isGreaterThan(Integer.parseInt(before));

		WebElement evidence = driver.findElement(By.cssSelector(".criterion[data-criterion=metrics] .evidence-link"));
		evidence.click();
		Object selected = ((JavascriptExecutor) driver).executeScript(
				"var a = document.activeElement; return a.value.substring(a.selectionStart, a.selectionEnd);");
		assertThat(evidence.getText()).contains(String.valueOf(selected));
		assertThat(String.valueOf(selected)).isNotBlank();
		browser.screenshot("editor-evidence-highlighted");

		driver.findElement(By.cssSelector("button[value=revision]")).click();
		assertThat(driver.findElement(By.cssSelector(".notice")).getText()).contains("Revision saved");
		assertThat(driver.findElement(By.cssSelector(".revision-list")).getText()).contains("Revision 1");

		WebElement action = driver.findElement(By.id("section-action"));
		action.clear();
		action.sendKeys("We fixed it somehow.");
		wait.until(ExpectedConditions.textToBe(By.id("save-status"), "All changes saved."));

		driver.findElement(By.cssSelector(".revision-list a")).click();
		assertThat(driver.findElement(By.cssSelector(".compare-table")).getText()).contains("read-through cache")
			.contains("We fixed it somehow.");
		browser.screenshot("revision-beside-current");
		driver.findElement(By.cssSelector("form.restore-form button")).click();

		assertThat(driver.findElement(By.id("section-action")).getAttribute("value")).contains("read-through cache");
		browser.screenshot("editor-restored");
	}

	private static String overall(WebDriver driver) {
		return driver.findElement(By.cssSelector("#scorecard .overall-number")).getText();
	}

	private static void type(WebDriver driver, String section, String text) {
		driver.findElement(By.id("section-" + section)).sendKeys(text);
	}

}
