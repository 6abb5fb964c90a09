package dev.storysmith.practice;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import dev.storysmith.story.StoryCommands;
import dev.storysmith.story.StoryContent;
import dev.storysmith.system.Browser;
import dev.storysmith.system.BrowserTest;
import dev.storysmith.system.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A spoken rehearsal in real headless Chromium with a fake microphone: espeak-ng speaks a
 * story at a known pace, sox puts known silences between its parts, and Chromium plays that
 * file into {@code getUserMedia}. The page must find the length, the two pauses where they
 * are, and the pace within 25%, at two different paces; the saved rehearsal holds the numbers
 * and the transcript, and no audio reaches the server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:rehearsal-browser;DB_CLOSE_DELAY=-1")
class RehearsalBrowserTests extends BrowserTest {

	private static final String[] PARTS = {
			"Last spring our payment service started failing every night at the same hour. "
					+ "I looked at the logs with the team and found a slow query in the billing job.",
			"We split the job into smaller batches and added an index on the invoice table. "
					+ "Then I wrote a short runbook so the next person on call could fix it quickly.",
			"Since then the job has not failed once, and nobody has been paged for it." };

	private static final double LEAD_SECONDS = 1.0;

	/** The silences after the first and second part: each must be found as a pause. */
	private static final double[] GAPS = { 3.0, 2.6 };

	/**
	 * Long enough that a stop pressed late on a busy machine still lands in silence: the fake
	 * microphone plays the file in a loop, and the speech must not start over.
	 */
	private static final double TAIL_SECONDS = 6.0;

	/** The test presses Stop this long after the last word (the trailing silence is no pause). */
	private static final double STOP_AFTER_SPEECH_SECONDS = 1.5;

	private static final Logger log = LoggerFactory.getLogger(RehearsalBrowserTests.class);

	@TempDir
	Path dir;

	@Autowired
	StoryCommands stories;

	@Autowired
	JsonMapper json;

	/** A WAV of the three parts at one espeak rate, with the silences; and what is known of it. */
	record Speech(Path wav, double seconds, double wordsPerMinute, double[] pauseStarts) {

		double speechEnds() {
			return seconds - TAIL_SECONDS;
		}

	}

	/** What the page measured, and how long the test saw it record. */
	record Recording(JsonNode measured, double seconds) {
	}

	@Test
	void aRehearsalIsMeasuredFromTheMicrophoneAndOnlyItsNumbersAreSaved() throws Exception {
		String user = newAccount();
		long owner = TestAccounts.id(jdbc, user);
		long story = stories.createWithRevision(owner, new StoryContent("Nightly billing failures", "star-l",
				Map.of("situation", PARTS[0], "action", PARTS[1], "result", PARTS[2]), "", Set.of(),
				Set.of())).id();

		Speech slow = speech(130);
		try (Browser mic = microphone(slow.wav())) {
			WebDriver driver = mic.driver();
			signIn(driver, user);
			driver.get(url("/rehearse?story=" + story));
			assertThat(driver.findElement(By.cssSelector("#privacy-heading + p")).getText())
				.contains("never sent to Storysmith");
			assertThat(driver.findElements(By.cssSelector(".cue-card"))).hasSize(3);

			Recording recording = record(mic, slow, true);
			checkAgainst(slow, recording);
			JsonNode measured = recording.measured();
			// The "next card" press fell inside the first pause: it counts for the first card,
			// the second pause for the second.
			assertThat(measured.at("/pauses/0/section").asText()).isEqualTo("situation");
			assertThat(measured.at("/pauses/1/section").asText()).isEqualTo("action");
			assertThat(measured.at("/sections/situation").asInt() + measured.at("/sections/action").asInt())
				.isCloseTo(measured.get("durationMs").asInt(), within(1500));
			assertThat(driver.findElement(By.id("playback")).getAttribute("src")).startsWith("blob:");
			mic.screenshot("rehearsal-measured");

			driver.findElement(By.id("transcript"))
				.sendKeys("Situation: Last spring our payment service started failing every night. "
						+ "Action: Um, basically we split the job into smaller batches and I wrote a runbook.");
			clickAndWaitForNextPage(driver, By.id("save"));
			assertThat(driver.getCurrentUrl()).matches(".*/rehearsals/\\d+");
			assertThat(driver.findElement(By.cssSelector(".r-pauses")).getText()).isEqualTo("2");
			assertThat(driver.findElement(By.id("not-said")).getText())
				.contains("I looked at the logs with the team and found a slow query in the billing job.")
				.contains("Since then the job has not failed once")
				.doesNotContain("Last spring our payment service");
			assertThat(driver.findElement(By.id("scorecard")).getText()).isNotBlank();
			mic.screenshot("rehearsal-saved");

			assertThat(jdbc.queryForObject("select count(*) from rehearsal_pause", Integer.class)).isEqualTo(2);
			assertThat(jdbc.queryForObject("select wpm from rehearsal", Integer.class))
				.isEqualTo(measured.get("wpm").asInt());

			driver.get(url("/rehearse?story=" + story));
			assertThat(driver.findElements(By.cssSelector(".rehearsal-list tbody tr"))).hasSize(1);
			driver.get(url("/progress"));
			assertThat(driver.findElement(By.id("rehearsal-trend")).getText()).contains(measured.get("wpm").asText());
			mic.screenshot("rehearsal-progress");
		}

		Speech fast = speech(190);
		try (Browser mic = microphone(fast.wav())) {
			signIn(mic.driver(), user);
			mic.driver().get(url("/rehearse?story=" + story));
			checkAgainst(fast, record(mic, fast, false));
		}
	}

	private void checkAgainst(Speech speech, Recording recording) {
		JsonNode measured = recording.measured();
		log.info("fake microphone: recorded {} s, pauses at {} s, {} wpm known; measured {}",
				String.format("%.1f", recording.seconds()),
				Arrays.toString(speech.pauseStarts()), Math.round(speech.wordsPerMinute()), measured);
		assertThat(measured.get("durationMs").asDouble() / 1000).isCloseTo(recording.seconds(), within(1.5));
		JsonNode pauses = measured.get("pauses");
		assertThat(pauses).hasSize(2);
		for (int i = 0; i < 2; i++) {
			// espeak ends each part with a short silence of its own, so a pause starts a little early.
			assertThat(pauses.get(i).get("atMs").asDouble() / 1000).isCloseTo(speech.pauseStarts()[i], within(1.2));
			assertThat(pauses.get(i).get("lengthMs").asDouble() / 1000).isCloseTo(GAPS[i], within(1.2));
		}
		assertThat(measured.get("wpm").asDouble()).isCloseTo(speech.wordsPerMinute(),
				within(0.25 * speech.wordsPerMinute()));
		assertThat(measured.get("wpmLow").asInt()).isLessThanOrEqualTo(measured.get("wpm").asInt());
		assertThat(measured.get("wpmHigh").asInt()).isGreaterThanOrEqualTo(measured.get("wpm").asInt());
	}

	/**
	 * Starts recording by keyboard, lets the whole file play, stops, and answers what the page
	 * measured. With {@code pressNext}, moves to the next cue card during the first pause.
	 */
	private Recording record(Browser mic, Speech speech, boolean pressNext) throws Exception {
		WebDriver driver = mic.driver();
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
		driver.findElement(By.id("start")).sendKeys(" ");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rec-state"), "Recording"));
		long started = System.nanoTime();
		if (pressNext) {
			sleepUntil(started, speech.pauseStarts()[0] + 1.2);
			driver.findElement(By.tagName("body")).sendKeys("n");
		}
		sleepUntil(started, speech.speechEnds() + STOP_AFTER_SPEECH_SECONDS);
		driver.findElement(By.id("stop")).click();
		double seconds = (System.nanoTime() - started) / 1e9;
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("results")));
		assertThat(driver.findElement(By.id("rec-state")).getText()).contains("measured");
		String measures = (String) ((JavascriptExecutor) driver)
			.executeScript("return document.getElementById('results').dataset.measures;");
		return new Recording(json.readTree(measures), seconds);
	}

	private static void sleepUntil(long startedNanos, double seconds) throws InterruptedException {
		long left = startedNanos + (long) (seconds * 1e9) - System.nanoTime();
		if (left > 0) {
			Thread.sleep(left / 1_000_000);
		}
	}

	private static Browser microphone(Path wav) {
		return Browser.start(1280, 1000, List.of("--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
				"--use-file-for-fake-audio-capture=" + wav.toAbsolutePath(), "--autoplay-policy=no-user-gesture-required"));
	}

	/** Speaks the parts with espeak-ng at the rate, then joins them with sox around known silences. */
	private Speech speech(int espeakRate) throws Exception {
		requireTools();
		List<String> joined = new ArrayList<>(List.of("sox"));
		Path lead = silence("lead-" + espeakRate, LEAD_SECONDS);
		joined.add(lead.toString());
		double at = LEAD_SECONDS;
		double spoken = 0;
		int words = 0;
		double[] pauseStarts = new double[GAPS.length];
		for (int i = 0; i < PARTS.length; i++) {
			Path part = dir.resolve("part-" + espeakRate + "-" + i + ".wav");
			run("espeak-ng", "-s", String.valueOf(espeakRate), "-w", part.toString(), PARTS[i]);
			double length = seconds(part);
			joined.add(part.toString());
			spoken += length;
			words += PARTS[i].split("\\s+").length;
			at += length;
			if (i < GAPS.length) {
				pauseStarts[i] = at;
				joined.add(silence("gap-" + espeakRate + "-" + i, GAPS[i]).toString());
				at += GAPS[i];
			}
		}
		joined.add(silence("tail-" + espeakRate, TAIL_SECONDS).toString());
		Path wav = dir.resolve("speech-" + espeakRate + ".wav");
		joined.add(wav.toString());
		run(joined.toArray(String[]::new));
		return new Speech(wav, seconds(wav), words / spoken * 60, pauseStarts);
	}

	/** Silence in the format espeak-ng writes (22050 Hz, 16-bit, mono), so sox can join them. */
	private Path silence(String name, double seconds) throws Exception {
		Path file = dir.resolve(name + ".wav");
		run("sox", "-n", "-r", "22050", "-c", "1", "-b", "16", file.toString(), "trim", "0", String.valueOf(seconds));
		return file;
	}

	private static double seconds(Path wav) throws IOException, UnsupportedAudioFileException {
		AudioFileFormat format = AudioSystem.getAudioFileFormat(wav.toFile());
		return format.getFrameLength() / format.getFormat().getFrameRate();
	}

	private static void requireTools() {
		boolean present = onPath("espeak-ng") && onPath("sox");
		if (!present && "true".equals(System.getenv("CI"))) {
			throw new IllegalStateException("CI needs espeak-ng and sox (apt-get install espeak-ng sox)");
		}
		Assumptions.assumeTrue(present, "espeak-ng or sox is not installed (apt-get install espeak-ng sox)");
	}

	private static boolean onPath(String tool) {
		return List.of(System.getenv().getOrDefault("PATH", "").split(":"))
			.stream()
			.anyMatch(d -> Files.isExecutable(Path.of(d, tool)));
	}

	private static void run(String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		assertThat(process.waitFor()).as("%s: %s", String.join(" ", command), output).isZero();
	}

}
