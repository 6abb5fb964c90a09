package dev.storysmith.story;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import dev.storysmith.system.BrowserTest;
import dev.storysmith.system.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/** The follow-up drill with script in headless Chromium: one follow-up at a time, the timer, answer, add to the story. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:drill-browser;DB_CLOSE_DELAY=-1")
class DrillBrowserTests extends BrowserTest {

	@Autowired
	StoryService stories;

	@Test
	void drillsOneFollowUpAtATimeAndAddsTheAnswerToTheStory() {
		String name = newAccount();
		long owner = TestAccounts.id(jdbc, name);
		long story = stories.create(owner, new StoryContent("Checkout", "star-l",
				Map.of("action", "We rewrote the checkout queries and it got a lot faster.", "result", "Customers were happy."),
				"", Set.of(), Set.of())).id();
		WebDriver driver = browser.driver();
		signIn(driver, name);
		driver.get(url("/stories/" + story));
		clickAndWaitForNextPage(driver, By.cssSelector(".drill-link a"));

		assertThat(driver.findElements(By.cssSelector(".drill-item")).stream().filter(WebElement::isDisplayed)).hasSize(1);
		WebElement first = driver.findElement(By.id("follow-up-0"));
		assertThat(first.findElement(By.cssSelector(".drill-question")).getText())
			.isEqualTo("You said it \"a lot faster\": from what, to what?");
		driver.findElement(By.cssSelector(".drill-timer-toggle")).click();
		assertThat(driver.findElement(By.cssSelector(".drill-timer")).getText()).endsWith(" s left");
		driver.findElement(By.cssSelector(".drill-next")).click();
		assertThat(driver.findElement(By.id("follow-up-1")).isDisplayed()).isTrue();
		assertThat(first.isDisplayed()).isFalse();
		driver.findElement(By.cssSelector(".drill-previous")).click();

		driver.findElement(By.id("drill-answer-0")).sendKeys("p95 went from 1.4 s to 420 ms on our Grafana dashboard.");
		clickAndWaitForNextPage(driver, By.cssSelector("#follow-up-0 button[type=submit]"));
		WebElement answered = driver.findElement(By.cssSelector("#follow-up-0 .drill-answer"));
		assertThat(answered.isDisplayed()).isTrue();
		assertThat(answered.findElement(By.cssSelector(".drill-score")).getText()).matches("Score [34]/4");
		browser.screenshot("drill-answered");
		clickAndWaitForNextPage(driver, By.cssSelector("#follow-up-0 .drill-answer button"));

		new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.findElements(By.cssSelector(".drill-answer"))
			.stream()
			.anyMatch(a -> a.getText().contains("Added to Result.")));
		assertThat(stories.find(owner, story).orElseThrow().sections().get("result"))
			.endsWith("p95 went from 1.4 s to 420 ms on our Grafana dashboard.");
	}

}
