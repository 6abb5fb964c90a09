package dev.storysmith.system;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * What every end-to-end test in headless Chromium shares: one browser per test class, the
 * app's address, accounts made straight in the database, and signing in through the form.
 * Subclasses add {@code @SpringBootTest(webEnvironment = RANDOM_PORT, ...)}.
 */
public abstract class BrowserTest {

	protected static Browser browser;

	@LocalServerPort
	protected int port;

	@Autowired
	protected JdbcTemplate jdbc;

	@Autowired
	protected PasswordEncoder encoder;

	@BeforeAll
	static void startBrowser() {
		browser = Browser.start(1280, 1000);
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.close();
			browser = null;
		}
	}

	protected String url(String path) {
		return "http://localhost:" + port + path;
	}

	/** A new account (password {@link TestAccounts#PASSWORD}); returns its username. */
	protected String newAccount() {
		return TestAccounts.create(jdbc, encoder);
	}

	/**
	 * Clicks something that loads a new page and waits until the new page has loaded, so the
	 * next lookup cannot read the page being left. A marker on the old page's window tells them
	 * apart; element staleness is not reliable in ChromeDriver while a page is being replaced.
	 */
	protected static void clickAndWaitForNextPage(WebDriver driver, By target) {
		JavascriptExecutor js = (JavascriptExecutor) driver;
		js.executeScript("window.storysmithOldPage = true;");
		driver.findElement(target).click();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
			.executeScript("return window.storysmithOldPage === undefined && document.readyState === 'complete';")));
	}

	/** Signs in through the form with a fresh set of cookies and waits for the page it lands on. */
	protected void signIn(WebDriver driver, String username) {
		driver.manage().deleteAllCookies();
		driver.get(url("/login"));
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
		clickAndWaitForNextPage(driver, By.cssSelector("form.stack button[type=submit]"));
	}

}
