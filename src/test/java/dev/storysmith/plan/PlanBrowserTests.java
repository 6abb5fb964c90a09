package dev.storysmith.plan;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.storysmith.system.BrowserTest;
import dev.storysmith.system.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/** A visitor pastes a posting in headless Chromium, reads the plan, signs in and saves it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlanBrowserTests extends BrowserTest {

	@TempDir
	static Path dataDir;

	@DynamicPropertySource
	static void fileDatabase(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + dataDir.resolve("storysmith"));
	}

	@Test
	void pastingAPostingShowsItsCompetenciesMarkedPhrasesAndQuestionsThenSavesItAfterSignIn() {
		WebDriver driver = browser.driver();
		driver.manage().deleteAllCookies();
		String account = newAccount();
		driver.get(url("/"));
		clickAndWaitForNextPage(driver, By.linkText("Prep plan"));
		driver.findElement(By.id("posting")).sendKeys(Postings.SRE);
		clickAndWaitForNextPage(driver, By.cssSelector("#plan-form button[type=submit]"));

		List<String> competencies = driver.findElements(By.cssSelector(".competency-table tbody tr"))
			.stream()
			.map(row -> row.getAttribute("data-competency"))
			.toList();
		assertThat(competencies.subList(0, 3)).contains("incident-response");
		WebElement incidents = driver.findElement(By.cssSelector("tr[data-competency='incident-response']"));
		assertThat(incidents.findElements(By.cssSelector(".chip.signal"))).extracting(WebElement::getText)
			.contains("on-call", "postmortem", "SLO");
		List<WebElement> marks = driver.findElements(By.cssSelector("#posting-text mark.signal"));
		assertThat(marks).extracting(WebElement::getText).contains("on-call", "postmortems", "SLOs");
		assertThat(marks.get(0).getAttribute("title")).contains(": ");
		assertThat(driver.findElements(By.cssSelector(".plan-questions > li"))).hasSizeBetween(6, 10);
		assertThat(driver.findElement(By.cssSelector(".plan-questions > li")).getText()).contains("No story yet: write one");
		browser.screenshot("plan-visitor");

		clickAndWaitForNextPage(driver, By.linkText("Sign in to save it"));
		driver.findElement(By.id("username")).sendKeys(account);
		driver.findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
		clickAndWaitForNextPage(driver, By.cssSelector("form.stack button[type=submit]"));

		assertThat(driver.getCurrentUrl()).endsWith("/plan");
		assertThat(driver.findElement(By.id("posting")).getAttribute("value")).isEqualTo(Postings.SRE);
		clickAndWaitForNextPage(driver, By.cssSelector("#plan-form button[type=submit]"));

		assertThat(driver.getCurrentUrl()).matches(".*/plan/\\d+$");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Senior Site Reliability Engineer, Payments Platform");
		assertThat(driver.findElements(By.id("unsaved"))).isEmpty();
		driver.get(url("/plan"));
		assertThat(driver.findElement(By.cssSelector(".plan-table")).getText()).contains("Senior Site Reliability Engineer");
		browser.screenshot("plan-saved-list");
	}

}
