package dev.storysmith.question;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.storysmith.system.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/** A person browsing the bank in headless Chromium, on a desktop and on a 375 px phone. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class QuestionBrowsingBrowserTests extends BrowserTest {

	@TempDir
	static Path dataDir;

	@DynamicPropertySource
	static void fileDatabase(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + dataDir.resolve("storysmith"));
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
	void findsThreeQuestionsForACompetencyInTwoClicks() {
		WebDriver driver = browser.driver();
		driver.get("http://localhost:" + port + "/questions");
		WebElement link = driver.findElement(By.cssSelector(".competency-browse a[data-competency='incident-response']"));
		int advertised = Integer.parseInt(link.findElement(By.className("competency-count")).getText().strip());

		link.click();
		waitForUrl(driver, "competency=incident-response");

		List<WebElement> found = cards(driver);
		assertThat(found).hasSizeGreaterThanOrEqualTo(3).hasSize(advertised);
		assertThat(found).allSatisfy(card -> assertThat(card.getText()).contains("Incident response"));
		WebElement active = driver.findElement(By.cssSelector(".competency-browse a[aria-current='true']"));
		assertThat(active.getDomAttribute("data-competency")).isEqualTo("incident-response");
		browser.screenshot("questions-by-competency");

		WebElement question = found.get(0).findElement(By.cssSelector("h2 a"));
		String title = question.getText();
		String href = question.getDomAttribute("href");
		question.click();
		waitForUrl(driver, href);
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(title);
		assertThat(driver.findElement(By.cssSelector(".question .meta")).getText()).contains("Incident response");
	}

	@Test
	void switchesSampleAnswersWithoutReloadingThePage() {
		WebDriver driver = browser.driver();
		JavascriptExecutor js = (JavascriptExecutor) driver;
		driver.get("http://localhost:" + port + "/questions/proudest-project");
		js.executeScript("window.storysmithMarker = 'same page';");

		List<WebElement> tabs = driver.findElements(By.cssSelector(".answers [role='tablist'] [role='tab']"));
		List<WebElement> panels = driver.findElements(By.cssSelector(".answers article.answer"));
		assertThat(tabs).hasSizeGreaterThanOrEqualTo(2).hasSameSizeAs(panels);
		assertThat(panels).allSatisfy(panel -> assertThat(panel.getDomAttribute("role")).isEqualTo("tabpanel"));
		assertThat(tabs.get(0).getDomAttribute("aria-selected")).isEqualTo("true");
		assertThat(panels.get(0).isDisplayed()).isTrue();
		assertThat(panels.get(1).isDisplayed()).isFalse();
		js.executeScript("document.getElementById('answers-heading').scrollIntoView();");
		browser.screenshot("question-tabs-first");

		tabs.get(1).click();

		assertThat(tabs.get(1).getDomAttribute("aria-selected")).isEqualTo("true");
		assertThat(tabs.get(0).getDomAttribute("aria-selected")).isEqualTo("false");
		assertThat(panels.get(1).isDisplayed()).isTrue();
		assertThat(panels.get(0).isDisplayed()).isFalse();
		assertThat(panels.get(1).getDomAttribute("aria-labelledby")).isEqualTo(tabs.get(1).getDomAttribute("id"));
		assertThat(js.executeScript("return window.storysmithMarker;")).as("the page did not reload").isEqualTo("same page");
		assertThat(driver.getCurrentUrl()).endsWith("#" + panels.get(1).getDomAttribute("id"));
		js.executeScript("document.getElementById('answers-heading').scrollIntoView();");
		browser.screenshot("question-tabs-switched");

		tabs.get(1).sendKeys(Keys.ARROW_LEFT);

		assertThat(tabs.get(0).getDomAttribute("aria-selected")).isEqualTo("true");
		assertThat(driver.switchTo().activeElement()).isEqualTo(tabs.get(0));
		assertThat(panels.get(0).isDisplayed()).isTrue();
		tabs.get(0).sendKeys(Keys.END);
		assertThat(tabs.get(tabs.size() - 1).getDomAttribute("aria-selected")).isEqualTo("true");
		assertThat(js.executeScript("return window.storysmithMarker;")).isEqualTo("same page");
	}

	@Test
	void opensTheAnswerNamedInTheUrl() {
		WebDriver driver = browser.driver();
		driver.get("http://localhost:" + port + "/questions/proudest-project#answer-1");

		assertThat(driver.findElement(By.id("tab-answer-1")).getDomAttribute("aria-selected")).isEqualTo("true");
		assertThat(driver.findElement(By.id("answer-1")).isDisplayed()).isTrue();
		assertThat(driver.findElement(By.id("answer-0")).isDisplayed()).isFalse();
	}

	@Test
	void fitsAPhoneScreenWithoutSideways() {
		WebDriver driver = browser.driver();
		driver.manage().window().setSize(new org.openqa.selenium.Dimension(375, 812));
		try {
			driver.get("http://localhost:" + port + "/questions/proudest-project");
			assertThat(sidewaysOverflow(driver)).isLessThanOrEqualTo(0);
			browser.screenshot("question-phone");
			((JavascriptExecutor) driver).executeScript("document.getElementById('answers-heading').scrollIntoView();");
			browser.screenshot("question-tabs-phone");
			driver.get("http://localhost:" + port + "/questions?competency=ownership");
			assertThat(sidewaysOverflow(driver)).isLessThanOrEqualTo(0);
			browser.screenshot("questions-phone");
		}
		finally {
			driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
		}
	}

	/** A click on a link or submit button returns before the next page has loaded; wait for it. */
	private static void waitForUrl(WebDriver driver, String part) {
		new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.urlContains(part));
	}

	private static int sidewaysOverflow(WebDriver driver) {
		Object overflow = ((JavascriptExecutor) driver)
			.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
		return ((Number) overflow).intValue();
	}

	private static List<WebElement> cards(WebDriver driver) {
		return driver.findElements(By.cssSelector(".question-card"));
	}

}
