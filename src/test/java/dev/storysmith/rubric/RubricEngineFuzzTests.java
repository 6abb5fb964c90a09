package dev.storysmith.rubric;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Whatever text arrives, scoring never throws and every span in the scorecard is valid: inside its
 * section, with exactly that section's text. Inputs are seeded, so a failure always reproduces.
 */
class RubricEngineFuzzTests {

	private static final RubricEngine ENGINE = RubricEngine.withDefaultRules();

	private static final List<FrameworkShape> FRAMEWORKS = List.of(RubricFixtures.STAR, RubricFixtures.STAR_L,
			RubricFixtures.DEEP_DIVE);

	/** Pieces random text is built from: rubric cues, labels, numbers and awkward Unicode. */
	private static final List<String> PIECES = List.of("I led", "we", "instead of", "at the cost of", "I learned",
			"since then I always", "p95", "from 1.4 s to 420 ms", "-53%", "3x faster", "$2.3M", "A/B test", "kind of",
			"basically", "much faster", "team of 5", "chose", "over", "2021", "v2.3.1", "1.", "...", ".", "!", "?", ",",
			";", ":", "-", "->", "—", "\n", "\n\n", "\r\n", "\t", " ", "  ", "## Action\n", "Situation:", "**Task**",
			"1) Problem & context -", "Result - ", "{#role}", "e.g.", "\u0000", "\uD800", "\uDC00", "\uD83D\uDE80",
			"\uD83D\uDC69\u200D\uD83D\uDCBB", "\u202E", "\u200F", "\u05E9\u05DC\u05D5\u05DD", "\u0645\u0631\u062D\u0628\u0627",
			"e\u0301", "\u0301\u0301\u0301", "\uFEFF", "\u00A0", "\u0130", "\u00DF", "\uFF01", "\u3002", "I’d", "’");

	private static String randomText(Random random, int pieces) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < pieces; i++) {
			if (random.nextInt(4) == 0) {
				text.append((char) random.nextInt(Character.MAX_VALUE + 1));
			}
			else {
				text.append(PIECES.get(random.nextInt(PIECES.size())));
			}
			if (random.nextBoolean()) {
				text.append(' ');
			}
		}
		return text.toString();
	}

	static Draft randomDraft(Random random) {
		FrameworkShape framework = FRAMEWORKS.get(random.nextInt(FRAMEWORKS.size()));
		if (random.nextInt(3) == 0) {
			return Draft.freeText(framework, randomText(random, random.nextInt(120)));
		}
		Map<String, String> sections = new LinkedHashMap<>();
		for (SectionShape section : framework.sections()) {
			int pick = random.nextInt(5);
			sections.put(section.id(), pick == 0 ? null : pick == 1 ? " \n\t " : randomText(random, random.nextInt(60)));
		}
		if (random.nextBoolean()) {
			sections.put(Draft.FREE_SECTION, randomText(random, 10));
		}
		sections.put("unknown-" + random.nextInt(3), randomText(random, 5));
		return new Draft(framework, sections);
	}

	static Stream<Draft> randomDrafts() {
		return IntStream.range(0, 400).mapToObj(seed -> randomDraft(new Random(seed)));
	}

	static Stream<Draft> extremeDrafts() {
		String emoji = "\uD83D\uDE80";
		return Stream.of(Draft.freeText(RubricFixtures.STAR, ""), Draft.freeText(RubricFixtures.STAR, " \n\r\n\t\u00A0 "),
				new Draft(RubricFixtures.STAR_L, Map.of()),
				Draft.freeText(RubricFixtures.STAR_L, randomText(new Random(42), 40_000)),
				Draft.freeText(RubricFixtures.STAR, "I think I led it instead of them. ".repeat(6_000)),
				Draft.freeText(RubricFixtures.STAR, "I think I led it instead of them ".repeat(6_000)),
				Draft.freeText(RubricFixtures.STAR, "1".repeat(200_000)),
				Draft.freeText(RubricFixtures.STAR, "1.".repeat(100_000)),
				Draft.freeText(RubricFixtures.STAR, "from 1 s to 2 s -> 3 s ".repeat(9_000)),
				Draft.freeText(RubricFixtures.STAR, "a".repeat(200_000)),
				Draft.freeText(RubricFixtures.STAR, "Situation:\n".repeat(20_000)),
				Draft.freeText(RubricFixtures.STAR, "\n".repeat(200_000)),
				Draft.freeText(RubricFixtures.STAR, emoji.repeat(100_000)),
				Draft.freeText(RubricFixtures.STAR, "\uD800".repeat(200_000)),
				Draft.freeText(RubricFixtures.STAR, "\u0000".repeat(200_000)),
				Draft.freeText(RubricFixtures.STAR, "e\u0301".repeat(100_000)),
				Draft.freeText(RubricFixtures.STAR, "\u05E9\u05DC\u05D5\u05DD ".repeat(40_000)));
	}

	@ParameterizedTest
	@MethodSource("randomDrafts")
	void randomInputNeverBreaksTheScorecard(Draft draft) {
		assertValid(draft);
	}

	@ParameterizedTest
	@MethodSource("extremeDrafts")
	void extremeInputIsScoredQuicklyAndValidly(Draft draft) {
		assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertValid(draft));
	}

	private static void assertValid(Draft draft) {
		Scorecard[] holder = new Scorecard[1];
		assertThatCode(() -> holder[0] = ENGINE.score(draft)).doesNotThrowAnyException();
		Scorecard scorecard = holder[0];
		assertThat(scorecard.overall()).isBetween(0, 100);
		assertThat(scorecard.criteria()).hasSize(7).allSatisfy(c -> assertThat(c.score()).isBetween(0, c.max()));
		for (CriterionScore criterion : scorecard.criteria()) {
			for (Evidence e : criterion.evidence()) {
				assertSpan(draft, e.section(), e.start(), e.end(), e.text());
			}
		}
		for (Finding f : scorecard.findings()) {
			assertSpan(draft, f.section(), f.start(), f.end(), f.text());
			assertThat(f.message()).isNotBlank();
		}
	}

	private static void assertSpan(Draft draft, String section, int start, int end, String text) {
		boolean known = draft.sections().containsKey(section)
				|| draft.framework().sections().stream().anyMatch(s -> s.id().equals(section));
		assertThat(known).as("section %s", section).isTrue();
		String sectionText = draft.sections().getOrDefault(section, "");
		assertThat(start).isBetween(0, end);
		assertThat(end).isLessThanOrEqualTo(sectionText.length());
		assertThat(sectionText.substring(start, end)).isEqualTo(text);
	}

}
