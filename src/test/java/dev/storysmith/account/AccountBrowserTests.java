package dev.storysmith.account;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;

import dev.storysmith.system.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/** A new user in headless Chromium: register, sign out, get bounced to sign-in and back, lock out. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:account-browser;DB_CLOSE_DELAY=-1")
class AccountBrowserTests extends BrowserTest {

	static final String PASSWORD = "copper meadow 7 lantern";

	@Test
	void registersSignsOutAndComesBackToTheProtectedPageAfterSigningIn() {
		WebDriver driver = browser.driver();
		driver.manage().deleteAllCookies();
		driver.get(url("/register"));
		driver.findElement(By.id("username")).sendKeys("casey");
		driver.findElement(By.id("password")).sendKeys(PASSWORD);
		driver.findElement(By.id("confirmPassword")).sendKeys(PASSWORD);
		clickAndWaitForNextPage(driver, By.cssSelector("form.stack button[type=submit]"));

		assertThat(driver.findElement(By.cssSelector(".notice")).getText()).contains("you are signed in");
		assertThat(driver.getCurrentUrl()).endsWith("/stories");
		assertThat(driver.findElement(By.cssSelector(".account-nav a[href='/account']")).getAttribute("title"))
			.isEqualTo("casey");

		clickAndWaitForNextPage(driver, By.cssSelector(".account-nav button.link"));
		assertThat(driver.findElement(By.cssSelector(".notice")).getText()).contains("You are signed out.");

		driver.get(url("/stories"));
		assertThat(driver.getCurrentUrl()).contains("/login");
		assertThat(driver.findElement(By.id("sign-in-reason")).getText()).isEqualTo("Sign in to see your stories.");
		signIn(driver, "casey", PASSWORD);
		assertThat(driver.getCurrentUrl()).contains("/stories");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("My stories");
		browser.screenshot("account-back-at-stories");
	}

	@Test
	void sixWrongPasswordsShowTheCoolDownMessage() {
		WebDriver driver = browser.driver();
		driver.manage().deleteAllCookies();
		driver.get(url("/register"));
		driver.findElement(By.id("username")).sendKeys("guesser-target");
		driver.findElement(By.id("password")).sendKeys(PASSWORD);
		driver.findElement(By.id("confirmPassword")).sendKeys(PASSWORD);
		clickAndWaitForNextPage(driver, By.cssSelector("form.stack button[type=submit]"));

		for (int i = 0; i < 6; i++) {
			driver.get(url("/login"));
			signIn(driver, "guesser-target", "not the password " + i);
		}

		assertThat(driver.findElement(By.cssSelector(".alert")).getText())
			.contains("Too many failed sign-ins for this username").contains("15 minutes");
		browser.screenshot("account-locked");
	}

	@Test
	void wrongBasicCredentialsOnTheApiGet401ProblemJson() throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url("/api/stories")))
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("nobody:wrong-password".getBytes()))
			.timeout(Duration.ofSeconds(10))
			.build();

		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"status\":401");
	}

	private void signIn(WebDriver driver, String username, String password) {
		new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.urlContains("/login"));
		driver.findElement(By.id("username")).clear();
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(password);
		clickAndWaitForNextPage(driver, By.cssSelector("form.stack button[type=submit]"));
	}

}
