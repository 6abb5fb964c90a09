package dev.storysmith.story.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 * Moving all stories to another account in headless Chromium: download the backup as one
 * user, upload it as another, see what was added, and upload it again to see nothing doubled.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:backup-browser;DB_CLOSE_DELAY=-1")
class BackupBrowserTests extends BrowserTest {

	@Autowired
	StoryService stories;

	@TempDir
	Path downloads;

	@Test
	void movesAllStoriesToAnotherAccountOnce() {
		WebDriver driver = browser.driver();
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
		String alice = newAccount();
		long aliceId = TestAccounts.id(jdbc, alice);
		StoryContent search = new StoryContent("Search rebuild", "star-l", Map.of("action", "I rebuilt the index."), "",
				Set.of("proudest-project"), Set.of("ownership"));
		StoryView created = stories.create(aliceId, search);
		stories.saveRevision(aliceId, created.id(), created.version(), search);
		stories.create(aliceId, new StoryContent("Cache stampede", "star", Map.of("action", "I coalesced requests."), "",
				Set.of(), Set.of()));
		((HasCdp) driver).executeCdpCommand("Browser.setDownloadBehavior",
				Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));

		signIn(driver, alice);
		driver.get(url("/stories"));
		driver.findElement(By.linkText("Backup and restore")).click();
		driver.findElement(By.linkText("Download backup")).click();
		Path backup = wait.until(d -> finishedDownload().orElse(null));
		assertThat(backup.getFileName().toString()).startsWith("storysmith-backup-").endsWith(".json");

		String bob = newAccount();
		signIn(driver, bob);
		driver.get(url("/stories/backup"));
		driver.findElement(By.id("file")).sendKeys(backup.toAbsolutePath().toString());
		driver.findElement(By.cssSelector(".restore-form button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".restore-result")));
		assertThat(driver.findElement(By.cssSelector(".restore-result")).getText())
			.isEqualTo("Restore finished: 2 stories added, none already here.");
		browser.screenshot("restore-into-another-account");

		driver.findElement(By.id("file")).sendKeys(backup.toAbsolutePath().toString());
		driver.findElement(By.cssSelector(".restore-form button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".restore-result"),
				"no new stories, 2 already here"));

		driver.get(url("/stories"));
		List<String> titles = driver.findElements(By.cssSelector(".story-table tbody td:first-child a"))
			.stream()
			.map(e -> e.getText())
			.toList();
		assertThat(titles).containsExactlyInAnyOrder("Search rebuild", "Cache stampede");
		driver.findElement(By.linkText("Search rebuild")).click();
		assertThat(driver.findElement(By.cssSelector(".revision-list")).getText()).contains("Revision 1");
	}

	private Optional<Path> finishedDownload() {
		try (Stream<Path> files = Files.list(downloads)) {
			List<Path> all = files.toList();
			if (all.stream().anyMatch(p -> p.toString().endsWith(".crdownload"))) {
				return Optional.empty();
			}
			return all.stream().filter(p -> p.toString().endsWith(".json")).findFirst();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
