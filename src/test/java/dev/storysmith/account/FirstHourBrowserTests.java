package dev.storysmith.account;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;

import dev.storysmith.system.BrowserTest;
import dev.storysmith.system.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new user's first hour in headless Chromium, on a laptop (1366 px) and a phone (390 px):
 * from the start page to a saved, scored story with no dead end, then changing the password
 * and deleting the account with every row gone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:first-hour-browser;DB_CLOSE_DELAY=-1")
class FirstHourBrowserTests extends BrowserTest {

	static final String PASSWORD = "copper meadow 7 lantern";

	static final String NEW_PASSWORD = "silver orchard 31 tide";

	static final String SENTENCE = "I led four engineers and cut checkout p95 latency from 1.4 s to 380 ms, "
			+ "choosing a cache over a bigger database because it cost less, at the risk of stale prices.";

	@ParameterizedTest(name = "{0} px")
	@ValueSource(ints = { 1366, 390 })
	void fromTheStartPageToASavedScoredStoryWithoutADeadEnd(int width) {
		WebDriver driver = at(width);
		driver.get(url("/"));
		clickAndWaitForNextPage(driver, By.id("first-step-questions"));
		clickAndWaitForNextPage(driver, By.cssSelector(".question-list h2 a"));
		clickAndWaitForNextPage(driver, By.linkText("Draft my answer"));

		assertThat(driver.getCurrentUrl()).contains("/login");
		assertThat(driver.findElement(By.id("sign-in-reason")).getText()).startsWith("Sign in to save your draft.");
		clickAndWaitForNextPage(driver, By.linkText("Create one"));
		String name = "newcomer" + width;
		driver.findElement(By.id("username")).sendKeys(name);
		driver.findElement(By.id("password")).sendKeys(PASSWORD);
		driver.findElement(By.id("confirmPassword")).sendKeys(PASSWORD);
		clickAndWaitForNextPage(driver, By.cssSelector("form.stack button[type=submit]"));

		assertThat(driver.getCurrentUrl()).contains("/stories/new?question=");
		if (driver.findElement(By.id("title")).getAttribute("value").isBlank()) {
			driver.findElement(By.id("title")).sendKeys("Checkout latency");
		}
		clickAndWaitForNextPage(driver, By.cssSelector("form.stack button[type=submit]"));
		List<WebElement> boxes = driver.findElements(By.cssSelector("textarea[name^='sections[']"));
		assertThat(boxes).isNotEmpty();
		boxes.forEach(box -> box.sendKeys(SENTENCE));
		browser.screenshot("first-hour-draft-" + width);
		if (width < 1000) {
			WebElement jump = driver.findElement(By.id("jump-to-score"));
			assertThat(jump.isDisplayed()).isTrue();
			jump.click();
			waitUntil(driver, "return document.getElementById('scorecard').getBoundingClientRect().top < window.innerHeight;");
			browser.screenshot("first-hour-jumped-to-score-" + width);
			driver.findElement(By.id("jump-back")).click();
			waitUntil(driver, "return document.getElementById('scorecard').getBoundingClientRect().top > window.innerHeight;");
		}
		else {
			assertThat(driver.findElement(By.id("jump-to-score")).isDisplayed()).isFalse();
		}
		clickAndWaitForNextPage(driver, By.cssSelector("button[name=action][value=save]"));

		long owner = TestAccounts.id(jdbc, name);
		Integer overall = jdbc.queryForObject("select max(last_overall) from story where owner_id = ?", Integer.class,
				owner);
		assertThat(overall).isNotNull().isPositive();
		assertThat(driver.findElement(By.cssSelector(".overall-number")).getText()).isEqualTo(String.valueOf(overall));
		browser.screenshot("first-hour-saved-" + width);
	}

	@ParameterizedTest(name = "{0} px")
	@ValueSource(ints = { 1366, 390 })
	void changesThePasswordThenDeletesTheAccountWithAllItsData(int width) {
		WebDriver driver = at(width);
		String name = newAccount();
		signIn(driver, name);
		clickAndWaitForNextPage(driver, By.id("open-sample"));
		clickAndWaitForNextPage(driver, By.cssSelector(".account-nav a[href='/account']"));
		clickAndWaitForNextPage(driver, By.id("change-password"));
		driver.findElement(By.id("currentPassword")).sendKeys(TestAccounts.PASSWORD);
		driver.findElement(By.id("newPassword")).sendKeys(NEW_PASSWORD);
		driver.findElement(By.id("confirmPassword")).sendKeys(NEW_PASSWORD);
		clickAndWaitForNextPage(driver, By.cssSelector("form.stack button[type=submit]"));
		assertThat(driver.findElement(By.cssSelector(".notice")).getText()).startsWith("Your password is changed.");

		clickAndWaitForNextPage(driver, By.id("delete-account"));
		assertThat(driver.findElement(By.id("backup-download")).getAttribute("href")).endsWith("/stories/backup.json");
		driver.findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
		clickAndWaitForNextPage(driver, By.id("delete-confirm"));
		assertThat(driver.findElement(By.cssSelector(".error")).getText()).isEqualTo("That is not your current password.");
		browser.screenshot("first-hour-delete-refused-" + width);

		long id = TestAccounts.id(jdbc, name);
		driver.findElement(By.id("password")).sendKeys(NEW_PASSWORD);
		clickAndWaitForNextPage(driver, By.id("delete-confirm"));
		assertThat(driver.findElement(By.cssSelector(".notice")).getText())
			.isEqualTo("Your account and all its data are deleted.");
		browser.screenshot("first-hour-deleted-" + width);
		assertThat(jdbc.queryForObject("select count(*) from user_account where id = ?", Integer.class, id)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from story where owner_id = ?", Integer.class, id)).isZero();
		driver.get(url("/stories"));
		assertThat(driver.getCurrentUrl()).contains("/login");
	}

	private WebDriver at(int width) {
		WebDriver driver = browser.driver();
		driver.manage().window().setSize(new Dimension(width, 900));
		driver.manage().deleteAllCookies();
		return driver;
	}

	private static void waitUntil(WebDriver driver, String script) {
		new WebDriverWait(driver, Duration.ofSeconds(5))
			.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(script)));
	}

}
