package dev.storysmith.practice;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import dev.storysmith.system.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/** A timed practice round in headless Chromium: the countdown runs, and at zero the answer is handed in. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:practice-browser;DB_CLOSE_DELAY=-1")
class PracticeBrowserTests {

	static final String PASSWORD = "quiet harbour 5 lantern";

	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	@BeforeAll
	static void startBrowser() {
		browser = Browser.start(1280, 1000);
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void aSurpriseRoundCountsDownAndHandsTheAnswerInWhenTimeIsUp() {
		WebDriver driver = browser.driver();
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
		signIn(driver);
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
		jdbc.update("update practice_session set started_at = ? where id = ?",
				Timestamp.from(Instant.now().minusSeconds(180 - 4)), id);
		driver.navigate().refresh();
		driver.findElement(By.cssSelector("textarea.section-text")).sendKeys("I owned the rollback and wrote the runbook.");

		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".scorecard")));
		assertThat(driver.findElement(By.cssSelector(".notice")).getText()).containsAnyOf("on time", "after the limit");
		assertThat(driver.findElement(By.cssSelector(".compare-table")).getText())
			.contains("I owned the rollback and wrote the runbook.");
		browser.screenshot("practice-result");

		driver.get(url("/coverage"));
		assertThat(driver.findElements(By.cssSelector(".coverage-table tr.gap-row"))).isNotEmpty();
		browser.screenshot("coverage");
		driver.get(url("/progress"));
		assertThat(driver.findElement(By.cssSelector(".streak")).getText()).contains("1 day in a row");
		assertThat(driver.findElements(By.cssSelector("svg.chart"))).isNotEmpty();
		browser.screenshot("progress");
	}

	private void signIn(WebDriver driver) {
		String name = "pb" + UUID.randomUUID().toString().substring(0, 8);
		jdbc.update("insert into user_account (username, password_hash, created_at) values (?, ?, ?)", name,
				encoder.encode(PASSWORD), Timestamp.from(Instant.now()));
		driver.manage().deleteAllCookies();
		driver.get(url("/login"));
		driver.findElement(By.id("username")).sendKeys(name);
		driver.findElement(By.id("password")).sendKeys(PASSWORD);
		driver.findElement(By.cssSelector("form.stack button[type=submit]")).click();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
