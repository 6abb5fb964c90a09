package dev.storysmith.rubric.web;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;

import dev.storysmith.system.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The /score playground in headless Chromium: live rescoring while typing, and marked evidence on submit. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:playground-browser;DB_CLOSE_DELAY=-1")
class PlaygroundBrowserTests extends BrowserTest {

	static final String ANSWER = """
			Situation: Our checkout p95 was 1.4 s at peak and 2% of orders failed.
			Task: I was the tech lead of four engineers and owned the fix.
			Action: I chose a read-through cache over a bigger database because it cost less, accepting stale prices, which I mitigated with a 30-second expiry.
			Result: p95 fell from 1.4 s to 380 ms on our Grafana dashboard and failed orders dropped to 0.1%.
			Lessons: I learned to measure before optimising; since then I always add a load test to the plan.""";

	@Test
	void rescoresLiveWhileTypingInSections() {
		WebDriver driver = browser.driver();
		driver.get("http://localhost:" + port + "/score?framework=star");
		driver.findElement(By.id("section-result")).sendKeys("p95 fell from 1.4 s to 380 ms on our Grafana dashboard.");

		new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(d -> !d.findElement(By.cssSelector("#scorecard .overall-number")).getText().equals("–"));
		assertThat(driver.findElement(By.cssSelector(".criterion[data-criterion=metrics] .evidence-link")).getText())
			.contains("from 1.4 s to 380 ms");
	}

	@Test
	void listsWhatTheyWillAskNextLiveAndOnSubmit() {
		WebDriver driver = browser.driver();
		driver.get("http://localhost:" + port + "/score?framework=star-l");
		driver.findElement(By.id("section-action")).sendKeys("We rewrote the checkout queries and it got a lot faster.");

		new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(d -> !d.findElements(By.cssSelector("#scorecard .follow-up")).isEmpty());
		assertThat(driver.findElement(By.cssSelector("#scorecard .follow-ups h3")).getText()).isEqualTo("What they will ask next");
		assertThat(driver.findElements(By.cssSelector("#scorecard .follow-up"))).hasSizeBetween(1, 5);
		assertThat(driver.findElement(By.cssSelector("#scorecard .follow-up .follow-up-question")).getText())
			.isEqualTo("You said it \"a lot faster\": from what, to what?");
		driver.findElement(By.cssSelector("#playground-form button[type=submit]")).click();
		assertThat(driver.findElement(By.cssSelector("#scorecard .follow-up[data-criterion=metrics] .follow-up-question")).getText())
			.isEqualTo("You said it \"a lot faster\": from what, to what?");
		((JavascriptExecutor) driver).executeScript("document.querySelector('#scorecard .follow-ups').scrollIntoView()");
		browser.screenshot("playground-follow-ups");
	}

	@Test
	void marksTheEvidenceInAPastedAnswer() {
		WebDriver driver = browser.driver();
		driver.get("http://localhost:" + port + "/score?mode=text");
		driver.findElement(By.id("text")).sendKeys(ANSWER);
		driver.findElement(By.cssSelector("#playground-form button[type=submit]")).click();

		assertThat(driver.findElements(By.cssSelector(".highlights mark.mark-metrics"))).isNotEmpty();
		assertThat(driver.findElements(By.cssSelector(".highlights mark.mark-tradeoffs"))).isNotEmpty();
		assertThat(Integer.parseInt(driver.findElement(By.cssSelector("#scorecard .overall-number")).getText()))
			.isGreaterThanOrEqualTo(60);
		driver.findElement(By.cssSelector(".criterion[data-criterion=tradeoffs] .evidence-link")).click();
		browser.screenshot("playground-highlights");
	}

}
