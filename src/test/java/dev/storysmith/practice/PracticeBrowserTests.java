package dev.storysmith.practice;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;

import dev.storysmith.system.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A timed practice round in headless Chromium: the countdown runs, at zero the answer is handed
 * in as a practice attempt (no story), and "Save as a new story" makes it one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:practice-browser;DB_CLOSE_DELAY=-1")
class PracticeBrowserTests extends BrowserTest {

	@Test
	void aSurpriseRoundCountsDownAndHandsTheAnswerInWhenTimeIsUp() {
		WebDriver driver = browser.driver();
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
		signIn(driver, newAccount());
		driver.get(url("/practice"));
		driver.findElement(By.cssSelector("button[value=surprise]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("countdown")));
		String roundUrl = driver.getCurrentUrl();
		long id = Long.parseLong(roundUrl.substring(roundUrl.lastIndexOf('/') + 1));

		String first = driver.findElement(By.id("countdown")).getText();
		wait.until(d -> !d.findElement(By.id("countdown")).getText().equals(first));
		assertThat(first).matches("[23]:\\d\\d");
		browser.screenshot("practice-countdown");

		// Bring the deadline to a few seconds from now instead of waiting three minutes.
		jdbc.update("update practice_attempt set started_at = ? where id = ?",
				Timestamp.from(Instant.now().minusSeconds(180 - 4)), id);
		driver.navigate().refresh();
		driver.findElement(By.cssSelector("textarea.section-text")).sendKeys("I owned the rollback and wrote the runbook.");

		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".scorecard")));
		assertThat(driver.findElement(By.cssSelector(".notice")).getText()).containsAnyOf("on time", "after the limit");
		assertThat(driver.findElement(By.cssSelector(".compare-table")).getText())
			.contains("I owned the rollback and wrote the runbook.");
		browser.screenshot("practice-result");

		// User problem 3: handing in a practice answer adds nothing to the story bank...
		assertThat(jdbc.queryForObject("select count(*) from story", Integer.class)).isZero();
		driver.get(url("/stories"));
		assertThat(driver.findElements(By.cssSelector(".story-table tbody tr"))).isEmpty();
		// ...until the user asks for it, from the result page.
		driver.get(roundUrl);
		clickAndWaitForNextPage(driver, By.id("save-new"));
		assertThat(driver.getCurrentUrl()).matches(".*/stories/\\d+");
		assertThat(driver.findElement(By.cssSelector(".notice")).getText()).contains("now a story");
		assertThat(driver.findElements(By.cssSelector("textarea"))
			.stream()
			.map(t -> t.getAttribute("value"))
			.toList()).contains("I owned the rollback and wrote the runbook.");
		browser.screenshot("practice-saved-as-story");
		driver.get(url("/stories"));
		assertThat(driver.findElements(By.cssSelector(".story-table tbody tr"))).hasSize(1);
		driver.get(roundUrl);
		assertThat(driver.findElement(By.id("saved-story")).getAttribute("href")).contains("/stories/");
		assertThat(driver.findElement(By.id("rehearse-story")).getAttribute("href")).contains("/rehearse?story=");

		driver.get(url("/coverage"));
		assertThat(driver.findElements(By.cssSelector(".coverage-table tr.gap-row"))).isNotEmpty();
		browser.screenshot("coverage");
		driver.get(url("/progress"));
		assertThat(driver.findElement(By.cssSelector(".streak")).getText()).contains("1 day in a row");
		assertThat(driver.findElements(By.cssSelector("svg.chart"))).isNotEmpty();
		assertThat(driver.findElement(By.id("practice-points")).getText()).contains("Practice score");
		assertThat(driver.findElement(By.cssSelector(".chart-legend")).getText()).contains("Stories", "Practice attempts");
		browser.screenshot("progress");
	}

}
