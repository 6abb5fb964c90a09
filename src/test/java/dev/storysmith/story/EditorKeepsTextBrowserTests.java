package dev.storysmith.story;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import dev.storysmith.system.BrowserTest;
import dev.storysmith.system.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The six ways the editor used to lose text or mislead, each tried in headless Chromium as a
 * user would: a framework switch and back, a restore over autosaved text, a retired question,
 * compare and "Draft my answer", the page without script, the playground's switches, and the
 * layout at phone and laptop widths.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:editor-keeps-text;DB_CLOSE_DELAY=-1")
class EditorKeepsTextBrowserTests extends BrowserTest {

	static final Map<String, String> STAR_L = new LinkedHashMap<>();

	static {
		STAR_L.put("situation", "Checkout timed out at peak: p95 was 1.4 s and 2% of orders failed.");
		STAR_L.put("task", "I was the tech lead and owned the fix.");
		STAR_L.put("action", "I profiled the service and added a read-through cache.\n\nThen I load tested it.");
		STAR_L.put("result", "p95 fell to 380 ms and failed orders dropped to 0.1%.");
		STAR_L.put("lessons", "I learned to measure before optimising.");
	}

	@Autowired
	StoryService stories;

	@AfterEach
	void laptopSize() {
		browser.driver().manage().window().setSize(new Dimension(1280, 1000));
	}

	@Test
	void aFrameworkSwitchAndBackRestoresAllFiveBoxes() {
		WebDriver driver = browser.driver();
		long id = story(signedIn(), "star-l", STAR_L, Set.of("proudest-project"));
		driver.get(url("/stories/" + id));
		String before = overall(driver);

		switchTo(driver, "incident-playbook");
		assertThat(driver.findElement(By.id("unplacedNotes")).getAttribute("value"))
			.contains("Situation:\n" + STAR_L.get("situation"));
		switchTo(driver, "star-l");

		STAR_L.forEach((section, text) -> assertThat(value(driver, "section-" + section)).isEqualTo(text));
		assertThat(driver.findElements(By.id("unplacedNotes"))).isEmpty();
		assertThat(overall(driver)).isEqualTo(before);
	}

	@Test
	void restoringARevisionFirstKeepsTheAutosavedTextAndSaysSo() {
		WebDriver driver = browser.driver();
		long id = story(signedIn(), "star-l", STAR_L, Set.of());
		driver.get(url("/stories/" + id));
		driver.findElement(By.cssSelector("button[value=revision]")).click();
		WebElement action = driver.findElement(By.id("section-action"));
		action.clear();
		action.sendKeys("Only autosaved, never saved as a revision.");
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.textToBe(By.id("save-status"), "All changes saved."));

		driver.findElement(By.cssSelector(".revision-list a")).click();
		assertThat(driver.findElement(By.cssSelector(".restore-form")).getText()).contains("first kept as a revision");
		clickAndWaitForNextPage(driver, By.cssSelector("form.restore-form button"));

		assertThat(driver.findElement(By.cssSelector(".notice")).getText())
			.isEqualTo("Revision 1 is back in the editor. The text you had before the restore is kept as revision 2.");
		assertThat(value(driver, "section-action")).isEqualTo(STAR_L.get("action"));
		driver.findElement(By.linkText("Revision 2 · score " + revisionScore(driver))).click();
		assertThat(driver.findElement(By.cssSelector(".compare-table")).getText())
			.contains("Only autosaved, never saved as a revision.");
	}

	@Test
	void aRetiredQuestionIsShownAndTheStoryStillSavesAndAFailureShowsBesideItsField() {
		WebDriver driver = browser.driver();
		long id = story(signedIn(), "star-l", STAR_L, Set.of("proudest-project"));
		jdbc.update("update story_question set question_id = 'retired-question' where story_id = ?", id);
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
		driver.get(url("/stories/" + id));
		assertThat(driver.findElement(By.cssSelector(".linked-questions .retired")).getText())
			.contains("retired question (retired-question)");

		driver.findElement(By.id("section-result")).sendKeys(" Still saved.");
		wait.until(ExpectedConditions.textToBe(By.id("save-status"), "All changes saved."));
		WebElement title = driver.findElement(By.id("title"));
		title.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), org.openqa.selenium.Keys.DELETE);
		wait.until(d -> d.findElement(By.id("save-status")).getText().startsWith("Not saved:"));
		WebElement error = driver.findElement(By.cssSelector("#title + .live-error"));
		assertThat(error.getText()).isNotBlank();
		browser.screenshot("editor-error-beside-title");

		driver.get(url("/stories/" + id));
		assertThat(value(driver, "section-result")).endsWith("Still saved.");
		assertThat(driver.findElement(By.cssSelector(".linked-questions")).getText()).contains("retired-question");
	}

	@Test
	void compareUsesTheSampleInTheStorysFrameworkAndFillsYourDraft() {
		WebDriver driver = browser.driver();
		long owner = signedIn();
		long starL = story(owner, "star-l", STAR_L, Set.of("proudest-project"));
		long star = story(owner, "star", Map.of("action", "A plain STAR draft."), Set.of("proudest-project"));

		driver.get(url("/stories/" + starL));
		driver.findElement(By.id("compare-heading")).click();
		WebElement row = driver.findElement(By.xpath("//table[@class='compare-table']//tr[th='Action']"));
		assertThat(row.findElements(By.tagName("td")).get(0).getText()).contains("read-through cache");
		assertThat(row.findElements(By.tagName("td")).get(1).getText()).isNotBlank();
		browser.screenshot("editor-compare");

		driver.get(url("/stories/" + star));
		assertThat(driver.findElements(By.cssSelector(".compare"))).isEmpty();
		assertThat(driver.findElement(By.cssSelector(".no-sample")).getText()).contains("sample answer in STAR,");
	}

	@Test
	void draftMyAnswerOffersTheExistingStoryFirst() {
		WebDriver driver = browser.driver();
		long id = story(signedIn(), "star-l", STAR_L, Set.of("proudest-project"));

		driver.get(url("/questions/proudest-project"));
		clickAndWaitForNextPage(driver, By.linkText("Draft my answer"));
		assertThat(driver.findElement(By.cssSelector(".existing-stories")).getText())
			.contains("You already have a story for this question");
		assertThat(driver.findElement(By.cssSelector("form.stack button[type=submit]")).getText()).isEqualTo("Start writing");
		clickAndWaitForNextPage(driver, By.cssSelector(".existing-stories a"));

		assertThat(driver.getCurrentUrl()).endsWith("/stories/" + id);
	}

	@Test
	void withoutScriptTheEditorAsksForASave() {
		ChromeDriver driver = (ChromeDriver) browser.driver();
		long id = story(signedIn(), "star-l", STAR_L, Set.of());
		driver.get(url("/stories/" + id));
		assertThat(driver.findElement(By.id("save-status")).getText()).isEqualTo("Changes are saved automatically as you type.");

		driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
		try {
			driver.get(url("/stories/" + id));
			assertThat(driver.findElement(By.id("save-status")).getText()).isEqualTo("Save to keep your changes.");
		}
		finally {
			driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
		}
	}

	@Test
	void thePlaygroundKeepsTheTextAcrossModeAndFrameworkSwitches() {
		WebDriver driver = browser.driver();
		driver.get(url("/score?framework=star-l"));
		driver.findElement(By.id("section-situation")).sendKeys(STAR_L.get("situation"));
		driver.findElement(By.id("section-lessons")).sendKeys(STAR_L.get("lessons"));

		clickAndWaitForNextPage(driver, By.id("mode-text"));
		assertThat(value(driver, "text")).isEqualTo("Situation:\n" + STAR_L.get("situation") + "\n\nLessons:\n"
				+ STAR_L.get("lessons"));
		clickAndWaitForNextPage(driver, By.id("mode-sections"));
		assertThat(value(driver, "section-situation")).isEqualTo(STAR_L.get("situation"));
		assertThat(value(driver, "section-lessons")).isEqualTo(STAR_L.get("lessons"));

		new Select(driver.findElement(By.id("pick-framework"))).selectByValue("star");
		clickAndWaitForNextPage(driver, By.id("use-framework"));
		assertThat(value(driver, "section-situation")).isEqualTo(STAR_L.get("situation"));
		assertThat(driver.findElements(By.id("section-lessons"))).isEmpty();
		new Select(driver.findElement(By.id("pick-framework"))).selectByValue("star-l");
		clickAndWaitForNextPage(driver, By.id("use-framework"));
		assertThat(value(driver, "section-lessons")).isEqualTo(STAR_L.get("lessons"));
	}

	@Test
	void nothingOverflowsAtPhoneOrLaptopWidth() {
		WebDriver driver = browser.driver();
		long id = story(signedIn(), "star-l", STAR_L, Set.of("proudest-project"));
		for (int width : new int[] { 390, 1366 }) {
			driver.manage().window().setSize(new Dimension(width, 900));
			for (String page : new String[] { "/stories/new?question=proudest-project", "/stories/" + id, "/score",
					"/stories" }) {
				driver.get(url(page));
				JavascriptExecutor js = (JavascriptExecutor) driver;
				Object overflow = js.executeScript("""
						var root = document.documentElement;
						if (root.scrollWidth > root.clientWidth) { return 'page ' + root.scrollWidth + ' > ' + root.clientWidth; }
						var out = [];
						document.querySelectorAll('form.stack, .section-box, .editor-side, .scorecard').forEach(function (card) {
						  var box = card.getBoundingClientRect();
						  card.querySelectorAll('input, select, textarea, button').forEach(function (field) {
						    var r = field.getBoundingClientRect();
						    if (r.width > 0 && (r.right > box.right + 1 || r.left < box.left - 1)) {
						      out.push((field.id || field.name || field.tagName) + ' ' + Math.round(r.right) + ' > ' + Math.round(box.right));
						    }
						  });
						});
						return out.join('; ');
						""");
				assertThat(String.valueOf(overflow)).as(page + " at " + width + " px").isEmpty();
			}
			driver.get(url("/stories/new?question=proudest-project"));
			browser.screenshot("new-story-" + width);
		}
	}

	@Test
	void datesFollowTheBrowsersTimeZoneOnceItHasBeenSeen() {
		WebDriver driver = browser.driver();
		long id = story(signedIn(), "star-l", STAR_L, Set.of());
		driver.get(url("/stories/" + id));
		driver.findElement(By.cssSelector("button[value=revision]")).click();
		assertThat(driver.manage().getCookieNamed("tz")).isNotNull();

		driver.manage().deleteCookieNamed("tz");
		driver.manage().addCookie(new org.openqa.selenium.Cookie("tz", "Asia%2FTokyo", "/"));
		((ChromeDriver) driver).executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
		try {
			driver.get(url("/stories/" + id));
			assertThat(driver.findElement(By.cssSelector(".revision-list time")).getText()).endsWith("JST");
		}
		finally {
			((ChromeDriver) driver).executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
		}
	}

	private long signedIn() {
		String username = newAccount();
		signIn(browser.driver(), username);
		return TestAccounts.id(jdbc, username);
	}

	private long story(long owner, String framework, Map<String, String> sections, Set<String> questions) {
		return stories.create(owner, new StoryContent("Checkout latency", framework, sections, "", questions, Set.of()))
			.id();
	}

	private static void switchTo(WebDriver driver, String framework) {
		new Select(driver.findElement(By.id("target"))).selectByValue(framework);
		clickAndWaitForNextPage(driver, By.cssSelector(".framework-switch button"));
		assertThat(driver.findElement(By.cssSelector(".notice")).getText()).isNotBlank();
	}

	private static String value(WebDriver driver, String id) {
		return driver.findElement(By.id(id)).getAttribute("value");
	}

	private static String overall(WebDriver driver) {
		return driver.findElement(By.cssSelector("#scorecard .overall-number")).getText();
	}

	private static String revisionScore(WebDriver driver) {
		String text = driver.findElement(By.cssSelector(".revision-list li:first-child a")).getText();
		return text.substring(text.lastIndexOf(' ') + 1);
	}

}
