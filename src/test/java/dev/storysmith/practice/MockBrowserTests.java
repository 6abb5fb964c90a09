package dev.storysmith.practice;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;

import dev.storysmith.system.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole mock interview in headless Chromium: a job posting makes a saved plan, the mock runs
 * its questions, every one answered against the running timer (read aloud where the browser can speak), read the saved summary, keep an
 * answer as a story, and find the mock on /progress.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:mock-browser;DB_CLOSE_DELAY=-1")
class MockBrowserTests extends BrowserTest {

	static final String ANSWER = "Situation: our checkout p95 was 1.4 s and 2% of orders failed.\n"
			+ "Action: I profiled it, found nine database calls per request and chose a read-through cache over a "
			+ "bigger database, accepting stale prices for 30 seconds.\n"
			+ "Result: p95 fell from 1.4 s to 380 ms on our dashboard.\n"
			+ "Lesson: I learned to measure first; since then every plan of mine has a load test.";

	@Test
	void aFullMockRunsToASavedSummaryThatProgressLinksTo() {
		WebDriver driver = browser.driver();
		JavascriptExecutor js = (JavascriptExecutor) driver;
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
		signIn(driver, newAccount());
		driver.get(url("/plan"));
		driver.findElement(By.id("posting")).sendKeys(MockWebTests.SRE_POSTING);
		clickAndWaitForNextPage(driver, By.cssSelector("#plan-form button[type=submit]"));
		assertThat(driver.getCurrentUrl()).matches(".*/plan/\\d+");
		String plan = driver.getCurrentUrl().substring(driver.getCurrentUrl().lastIndexOf('/') + 1);
		driver.get(url("/practice"));
		assertThat(driver.findElement(By.id("mock-link")).getAttribute("href")).endsWith("/mock");
		driver.get(url("/mock?plan=" + plan));
		assertThat(driver.findElement(By.cssSelector("#plan option:checked")).getAttribute("value")).isEqualTo(plan);
		driver.findElement(By.cssSelector("#count option[value='4']")).click();
		clickAndWaitForNextPage(driver, By.id("start-plan"));

		for (int n = 1; n <= 4; n++) {
			assertThat(driver.getCurrentUrl()).endsWith("/questions/" + n);
			assertThat(driver.findElement(By.id("mock-position")).getText()).isEqualTo("Question " + n + " of 4");
			String first = driver.findElement(By.id("mock-timer")).getText();
			assertThat(first).matches("[23]:\\d\\d left of 3:00");
			wait.until(d -> !d.findElement(By.id("mock-timer")).getText().equals(first));

			WebElement read = driver.findElement(By.id("read-aloud"));
			boolean canSpeak = Boolean.TRUE.equals(js.executeScript("return 'speechSynthesis' in window;"));
			assertThat(read.isDisplayed()).isEqualTo(canSpeak);
			if (canSpeak) {
				// Record what would be spoken: headless Chromium has no voice to hear.
				js.executeScript("window.spoken = []; window.speechSynthesis.speak = u => window.spoken.push(u.text);");
				assertThat(js.executeScript("return window.spoken.length;")).isEqualTo(0L);
				read.click();
				assertThat((String) js.executeScript("return window.spoken[0];"))
					.isEqualTo(driver.findElement(By.id("mock-prompt")).getText().strip());
			}
			if (n == 1) {
				browser.screenshot("mock-question");
				// Without script the button keeps its hidden attribute, and the page's styles must honour it.
				assertThat(js.executeScript("var b = document.getElementById('read-aloud').cloneNode(true);"
						+ " b.id = 'read-aloud'; b.hidden = true; document.getElementById('read-aloud').replaceWith(b);"
						+ " return getComputedStyle(b).display;")).isEqualTo("none");
			}
			driver.findElement(By.id("section-free")).sendKeys(ANSWER);
			clickAndWaitForNextPage(driver, By.id("next"));
		}

		assertThat(driver.getCurrentUrl()).matches(".*/mock/\\d+");
		String summaryUrl = driver.getCurrentUrl();
		assertThat(driver.findElements(By.cssSelector("section.mock-answer"))).hasSize(4);
		assertThat(driver.findElements(By.cssSelector("section.mock-answer .scorecard"))).hasSize(4);
		assertThat(driver.findElements(By.cssSelector("#mock-times tbody tr"))).hasSize(4);
		assertThat(driver.findElement(By.id("mock-overall")).getText()).matches("Mean score \\d+ over 4 answers\\.");
		assertThat(driver.findElement(By.id("mock-weakest")).getText()).startsWith("Weakest criterion across the mock: ");
		assertThat(driver.findElement(By.id("mock-competencies")).getText()).startsWith("Competencies covered: ");
		browser.screenshot("mock-summary");

		clickAndWaitForNextPage(driver, By.cssSelector("#answer-2 .save-new"));
		assertThat(driver.getCurrentUrl()).isEqualTo(summaryUrl + "#answer-2");
		assertThat(driver.findElement(By.cssSelector(".notice")).getText()).contains("now a story of its own");
		assertThat(driver.findElement(By.cssSelector("#answer-2 .saved-story")).getAttribute("href")).contains("/stories/");

		driver.get(url("/progress"));
		List<WebElement> rows = driver.findElements(By.cssSelector("#mock-points tbody tr"));
		assertThat(rows).hasSize(1);
		assertThat(driver.findElement(By.cssSelector(".chart-legend, svg.chart")).isDisplayed()).isTrue();
		browser.screenshot("mock-progress");
		clickAndWaitForNextPage(driver, By.cssSelector("#mock-points a"));
		assertThat(driver.getCurrentUrl()).isEqualTo(summaryUrl);
		assertThat(driver.findElements(By.cssSelector("section.mock-answer .scorecard"))).hasSize(4);
	}

}
