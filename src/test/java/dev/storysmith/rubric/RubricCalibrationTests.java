package dev.storysmith.rubric;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calibration set: hand-written drafts in {@code rubric/calibration/*.json}, each with the bands
 * its scores must fall in. Twins are the same story with one mission criterion's content taken out;
 * the strong one must score at least 3 on that criterion and the weak one at most 1.
 *
 * <p>File format: {@code name} (the file name), {@code framework} (star, star-l, deep-dive),
 * {@code sections} (id to text) or {@code text} (pasted free text), {@code expect} (criterion id or
 * {@code overall} to [min, max]), optional {@code expectFindings} (rules that must appear),
 * {@code expectSections} (section ids free text must split into), {@code twinOf} and
 * {@code twinCriterion} (on the weak twin), {@code domain} and {@code note}.
 */
class RubricCalibrationTests {

	private static final List<String> MISSION = List.of("metrics", "role", "tradeoffs", "lessons");

	private static final RubricEngine ENGINE = RubricEngine.withDefaultRules();

	private static final Map<String, CalibrationDraft> DRAFTS = load();

	record CalibrationDraft(String name, JsonNode json) {

		Draft draft() {
			FrameworkShape framework = RubricFixtures.framework(json.get("framework").asString());
			if (json.has("text")) {
				return Draft.freeText(framework, json.get("text").asString());
			}
			Map<String, String> sections = new LinkedHashMap<>();
			json.get("sections").properties().forEach(e -> sections.put(e.getKey(), e.getValue().asString()));
			return new Draft(framework, sections);
		}

		List<String> strings(String field) {
			return json.has(field) ? json.get(field).valueStream().map(JsonNode::asString).toList() : List.of();
		}

		String text(String field) {
			return json.has(field) ? json.get(field).asString() : null;
		}

		@Override
		public String toString() {
			return name;
		}

	}

	private static Map<String, CalibrationDraft> load() {
		JsonMapper mapper = JsonMapper.builder().build();
		try (Stream<Path> files = Files.list(Path.of(RubricCalibrationTests.class.getResource("/rubric/calibration").toURI()))) {
			return files.filter(f -> f.toString().endsWith(".json")).sorted().map(file -> {
				JsonNode json = mapper.readTree(file.toFile());
				String expected = file.getFileName().toString().replace(".json", "");
				assertThat(json.get("name").asString()).as("name field of %s", file).isEqualTo(expected);
				return new CalibrationDraft(expected, json);
			}).collect(Collectors.toMap(CalibrationDraft::name, d -> d, (a, b) -> a, LinkedHashMap::new));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static Stream<CalibrationDraft> drafts() {
		return DRAFTS.values().stream();
	}

	static Stream<CalibrationDraft> weakTwins() {
		return drafts().filter(d -> d.text("twinOf") != null);
	}

	private static String summary(Scorecard scorecard) {
		return "overall=" + scorecard.overall() + " " + scorecard.criteria()
			.stream()
			.map(c -> c.id() + "=" + c.score())
			.collect(Collectors.joining(" "));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("drafts")
	void scoresWithinItsBands(CalibrationDraft calibration) {
		Scorecard scorecard = ENGINE.score(calibration.draft());
		JsonNode expect = calibration.json().get("expect");
		assertThat(expect.propertyNames()).as("expect of %s", calibration).isNotEmpty();
		for (String key : expect.propertyNames()) {
			int score = key.equals("overall") ? scorecard.overall() : RubricFixtures.criterion(scorecard, key).score();
			assertThat(score).as("%s of %s (%s)", key, calibration, summary(scorecard))
				.isBetween(expect.get(key).get(0).asInt(), expect.get(key).get(1).asInt());
		}
		assertThat(scorecard.findings()).extracting(Finding::rule)
			.as("findings of %s", calibration)
			.containsAll(calibration.strings("expectFindings"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("drafts")
	void splitsFreeTextIntoTheExpectedSections(CalibrationDraft calibration) {
		List<String> expected = calibration.strings("expectSections");
		if (!expected.isEmpty()) {
			assertThat(calibration.draft().sections().keySet()).containsExactlyElementsOf(expected);
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("weakTwins")
	void theStrongTwinEarnsTheCriterionAndTheWeakTwinDoesNot(CalibrationDraft weak) {
		String criterion = weak.text("twinCriterion");
		CalibrationDraft strong = DRAFTS.get(weak.text("twinOf"));
		assertThat(strong).as("twin of %s", weak).isNotNull();
		assertThat(MISSION).contains(criterion);
		Scorecard strongCard = ENGINE.score(strong.draft());
		Scorecard weakCard = ENGINE.score(weak.draft());
		assertThat(RubricFixtures.criterion(strongCard, criterion).score()).as("%s of %s", criterion, strong)
			.isGreaterThanOrEqualTo(3);
		assertThat(RubricFixtures.criterion(weakCard, criterion).score()).as("%s of %s", criterion, weak).isLessThanOrEqualTo(1);
		assertThat(weakCard.overall()).as("overall of %s vs %s", weak, strong).isLessThan(strongCard.overall());
	}

	@Test
	void coversEveryKindOfDraftTheIssueAsksFor() {
		assertThat(DRAFTS).hasSizeGreaterThanOrEqualTo(40);
		Map<String, Long> twinsPerCriterion = weakTwins()
			.collect(Collectors.groupingBy(d -> d.text("twinCriterion"), Collectors.counting()));
		assertThat(twinsPerCriterion).containsOnlyKeys(MISSION).allSatisfy((criterion, count) -> assertThat(count).isGreaterThanOrEqualTo(2));
		Set<String> frameworks = drafts().map(d -> d.text("framework")).collect(Collectors.toSet());
		assertThat(frameworks).contains("star", "star-l");
		Set<String> domains = drafts().map(d -> d.text("domain")).collect(Collectors.toSet());
		assertThat(domains).contains("payments", "infra", "mobile", "ml", "data", "frontend", "security");
		assertThat(drafts().filter(d -> d.json().has("text") && d.strings("expectSections").isEmpty())).hasSizeGreaterThanOrEqualTo(3);
		assertThat(drafts().filter(d -> !d.strings("expectSections").isEmpty())).hasSizeGreaterThanOrEqualTo(3);
		assertThat(DRAFTS.keySet()).anyMatch(n -> n.startsWith("vague"))
			.anyMatch(n -> n.startsWith("stuffed"))
			.anyMatch(n -> n.startsWith("too-long"))
			.anyMatch(n -> n.startsWith("too-short"));
	}

}
