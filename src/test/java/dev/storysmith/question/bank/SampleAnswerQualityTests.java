package dev.storysmith.question.bank;

import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.storysmith.framework.FrameworkView;
import dev.storysmith.framework.SectionKind;
import dev.storysmith.question.SampleAnswerView;
import dev.storysmith.rubric.CriterionScore;
import dev.storysmith.rubric.Draft;
import dev.storysmith.rubric.web.FrameworkShapes;
import dev.storysmith.rubric.RubricEngine;
import dev.storysmith.rubric.Scorecard;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every sample answer in the bank is scored by the same rubric users see, and must be an
 * example worth copying: strong overall, with numbers, a clear personal role and real
 * trade-offs, lessons where the framework asks for them, and a length that fits 2-3 minutes.
 * A failure names the question and framework and prints the scorecard's advice.
 */
class SampleAnswerQualityTests {

	static final int MIN_OVERALL = 70;

	static final int MIN_MISSION_SCORE = 3;

	static final int MIN_WORDS = 300;

	static final int MAX_WORDS = 480;

	private static final RubricEngine ENGINE = RubricEngine.withDefaultRules();

	static Stream<Arguments> sampleAnswers() {
		ShippedBank bank = ShippedBank.read();
		return bank.questions()
			.stream()
			.flatMap(q -> q.sampleAnswers()
				.stream()
				.map(a -> Arguments.of(q.id(), a.framework(), bank.frameworks().get(a.framework()), a)));
	}

	@ParameterizedTest(name = "{0} / {1}")
	@MethodSource("sampleAnswers")
	void scoresAsAnExampleWorthCopying(String question, String framework, FrameworkView view, SampleAnswerView answer) {
		Scorecard card = ENGINE.score(new Draft(FrameworkShapes.of(view), answer.sections()));
		String report = describe(question, card);

		assertThat(card.overall()).as(report).isGreaterThanOrEqualTo(MIN_OVERALL);
		assertThat(criterion(card, "metrics").score()).as(report).isGreaterThanOrEqualTo(MIN_MISSION_SCORE);
		assertThat(criterion(card, "role").score()).as(report).isGreaterThanOrEqualTo(MIN_MISSION_SCORE);
		assertThat(criterion(card, "tradeoffs").score()).as(report).isGreaterThanOrEqualTo(MIN_MISSION_SCORE);
		if (view.sections().stream().anyMatch(s -> s.kind() == SectionKind.REFLECTION)) {
			assertThat(criterion(card, "lessons").score()).as(report).isGreaterThanOrEqualTo(MIN_MISSION_SCORE);
		}
		assertThat(card.words()).as(report).isBetween(MIN_WORDS, MAX_WORDS);
	}

	private static CriterionScore criterion(Scorecard card, String id) {
		return card.criteria().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
	}

	private static String describe(String question, Scorecard card) {
		String criteria = card.criteria()
			.stream()
			.map(c -> "  " + c.id() + " " + c.score() + "/" + c.max() + (c.advice().isEmpty() ? "" : " - " + String.join(" ", c.advice())))
			.collect(Collectors.joining("\n"));
		String findings = card.findings()
			.stream()
			.map(f -> "  [" + f.rule() + "] " + f.section() + ": \"" + f.text() + "\"")
			.collect(Collectors.joining("\n"));
		return "%s (%s): overall %d, %d words, %d s spoken%n%s%s".formatted(question, card.framework(), card.overall(),
				card.words(), card.spokenSeconds(), criteria, findings.isEmpty() ? "" : "\n" + findings);
	}

}
