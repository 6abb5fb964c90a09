package dev.storysmith.story.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import dev.storysmith.story.StoryContent;
import dev.storysmith.story.StoryService;
import dev.storysmith.story.StoryView;
import dev.storysmith.system.BrowserTest;
import dev.storysmith.system.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Export end to end in headless Chromium: "Export as Markdown" in the editor downloads a
 * file, and the story bank's print page shows every story, with navigation and buttons gone
 * once the page is rendered for print.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:export-browser;DB_CLOSE_DELAY=-1")
class ExportBrowserTests extends BrowserTest {

	@Autowired
	StoryService stories;

	@TempDir
	Path downloads;

	@Test
	void exportsAStoryFromTheEditorAndPrintsTheStoryBank() {
		WebDriver driver = browser.driver();
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
		String username = newAccount();
		long owner = TestAccounts.id(jdbc, username);
		StoryView payments = stories.create(owner, new StoryContent("Idempotent payments", "star-l",
				Map.of("situation", "Duplicate charges hit 0.4% of orders during retries.",
						"action", "I added idempotency keys instead of a distributed lock, accepting a day of extra storage.",
						"result", "Duplicates fell to zero for 90 days on the billing dashboard."),
				"", Set.of("proudest-project"), Set.of("ownership")));
		stories.create(owner, new StoryContent("<script>alert('x')</script> cache story", "star",
				Map.of("action", "I put a cache in front of the pricing service."), "", Set.of(), Set.of()));
		signIn(driver, username);
		((HasCdp) driver).executeCdpCommand("Browser.setDownloadBehavior",
				Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));

		driver.get(url("/stories/" + payments.id()));
		browser.screenshot("editor-export-link");
		driver.findElement(By.linkText("Export as Markdown")).click();
		Path file = wait.until(d -> finishedDownload().orElse(null));

		assertThat(file.getFileName().toString()).isEqualTo("idempotent-payments.md");
		assertThat(read(file)).startsWith("# Idempotent payments\n")
			.contains("- **Framework:** STAR+L")
			.containsSubsequence("## Situation", "## Task", "## Action", "idempotency keys", "## Result", "## Lessons");
		assertThat(driver.getCurrentUrl()).endsWith("/stories/" + payments.id());

		driver.get(url("/stories"));
		browser.screenshot("story-bank-export-links");
		driver.findElement(By.linkText("Print all stories")).click();
		wait.until(ExpectedConditions.urlContains("/stories/print"));
		List<String> titles = driver.findElements(By.cssSelector(".print-story h2")).stream().map(e -> e.getText()).toList();
		assertThat(titles).containsExactlyInAnyOrder("Idempotent payments", "<script>alert('x')</script> cache story");
		assertThat(driver.findElement(By.cssSelector(".print-button")).isDisplayed()).isTrue();
		assertThat(driver.findElement(By.cssSelector(".site-header")).isDisplayed()).isTrue();
		browser.screenshot("print-page-on-screen");

		((HasCdp) driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		assertThat(driver.findElement(By.cssSelector(".site-header")).isDisplayed()).isFalse();
		assertThat(driver.findElement(By.cssSelector(".print-actions")).isDisplayed()).isFalse();
		assertThat(driver.findElement(By.cssSelector(".site-footer")).isDisplayed()).isFalse();
		assertThat(driver.findElement(By.cssSelector(".print-story h2")).isDisplayed()).isTrue();
		browser.screenshot("print-page-as-printed");
		((HasCdp) driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));

		Map<String, Object> pdf = ((HasCdp) driver).executeCdpCommand("Page.printToPDF", Map.of());
		String printed = new String(Base64.getDecoder().decode((String) pdf.get("data")), StandardCharsets.ISO_8859_1);
		assertThat(pagesIn(printed)).as("each story starts on a page of its own").isEqualTo(2);
	}

	/** Page objects in a PDF ({@code /Type /Page}, not the {@code /Pages} tree). */
	private static long pagesIn(String pdf) {
		return Pattern.compile("/Type\\s*/Page(?![s\\w])").matcher(pdf).results().count();
	}

	/** The downloaded Markdown file once Chromium has finished writing it (no .crdownload left). */
	private Optional<Path> finishedDownload() {
		try (Stream<Path> files = Files.list(downloads)) {
			List<Path> all = files.toList();
			if (all.stream().anyMatch(p -> p.toString().endsWith(".crdownload"))) {
				return Optional.empty();
			}
			return all.stream().filter(p -> p.toString().endsWith(".md")).findFirst();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
