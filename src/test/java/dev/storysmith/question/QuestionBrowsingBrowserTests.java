package dev.storysmith.question;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.storysmith.system.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/** A person browsing the bank in headless Chromium, on a desktop and on a 375 px phone. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class QuestionBrowsingBrowserTests {

	@TempDir
	static Path dataDir;

	static Browser browser;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void fileDatabase(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + dataDir.resolve("storysmith"));
	}

	@BeforeAll
	static void startBrowser() {
		browser = Browser.start(1280, 900);
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void filtersByCompetencyAndDifficultyWithAShareableUrl() {
		WebDriver driver = browser.driver();
		driver.get("http://localhost:" + port + "/questions");
		int all = cards(driver).size();

		new Select(driver.findElement(By.id("competency"))).selectByValue("incident-response");
		new Select(driver.findElement(By.id("difficulty"))).selectByValue("hard");
		driver.findElement(By.cssSelector(".filters button[type=submit]")).click();
		waitForUrl(driver, "difficulty=hard");

		assertThat(driver.getCurrentUrl()).contains("competency=incident-response").contains("difficulty=hard");
		List<WebElement> filtered = cards(driver);
		assertThat(filtered).isNotEmpty().hasSizeLessThan(all);
		assertThat(filtered).allSatisfy(card -> assertThat(card.getText()).contains("Hard").contains("Incident response"));
		browser.screenshot("questions-filtered");
	}

	@Test
	void searchesByTextAndOpensAQuestion() {
		WebDriver driver = browser.driver();
		driver.get("http://localhost:" + port + "/questions");
		driver.findElement(By.id("q")).sendKeys("proud");
		driver.findElement(By.cssSelector(".filters button[type=submit]")).click();
		waitForUrl(driver, "q=proud");

		driver.findElement(By.linkText("Tell me about the project you are most proud of")).click();
		waitForUrl(driver, "/questions/proudest-project");

		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Tell me about the project you are most proud of");
		assertThat(driver.findElements(By.cssSelector("article.answer"))).hasSizeGreaterThanOrEqualTo(1);
		assertThat(driver.findElement(By.cssSelector("article.answer h4")).getText()).isEqualToIgnoringCase("Situation");
		browser.screenshot("question-detail");
	}

	@Test
	void fitsAPhoneScreenWithoutSideways() {
		WebDriver driver = browser.driver();
		driver.manage().window().setSize(new org.openqa.selenium.Dimension(375, 812));
		try {
			driver.get("http://localhost:" + port + "/questions/proudest-project");
			Object overflow = ((org.openqa.selenium.JavascriptExecutor) driver)
				.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
			assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
			browser.screenshot("question-phone");
		}
		finally {
			driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
		}
	}

	/** A click on a link or submit button returns before the next page has loaded; wait for it. */
	private static void waitForUrl(WebDriver driver, String part) {
		new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.urlContains(part));
	}

	private static List<WebElement> cards(WebDriver driver) {
		return driver.findElements(By.cssSelector(".question-card"));
	}

}
