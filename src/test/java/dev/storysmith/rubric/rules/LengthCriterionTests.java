package dev.storysmith.rubric.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.storysmith.rubric.CriterionScore;
import dev.storysmith.rubric.Finding;
import dev.storysmith.rubric.RubricEngine;
import dev.storysmith.rubric.Scorecard;

import static dev.storysmith.rubric.RubricFixtures.STAR;
import static dev.storysmith.rubric.RubricFixtures.criterion;
import static dev.storysmith.rubric.RubricFixtures.draft;
import static org.assertj.core.api.Assertions.assertThat;

class LengthCriterionTests {

	private final RubricEngine engine = RubricEngine.withDefaultRules();

	private static String words(int count) {
		return "word ".repeat(count);
	}

	@ParameterizedTest(name = "{0} words -> {1}")
	@CsvSource({ "0, 0", "140, 0", "145, 1", "242, 3", "290, 4", "435, 4", "437, 3", "532, 2", "533, 1", "580, 1", "583, 0" })
	void fullMarksFromTwoToThreeMinutesSlidingOutside(int words, int score) {
		assertThat(criterion(engine.score(draft(STAR, "action", words(words))), "length").score()).isEqualTo(score);
	}

	@Test
	void marksTheSentenceWhereTimeRunsOut() {
		String sentence = "This sentence has exactly ten words in it, no more. ";
		Scorecard scorecard = engine.score(draft(STAR, "situation", sentence.repeat(20), "action", sentence.repeat(30)));
		assertThat(scorecard.spokenSeconds()).isEqualTo(207);
		assertThat(scorecard.findings()).filteredOn(f -> f.rule().equals("over-length"))
			.singleElement()
			.satisfies(f -> {
				assertThat(f.section()).isEqualTo("action");
				assertThat(f.start()).isEqualTo(23 * sentence.length());
				assertThat(f.message()).contains("435 words");
			});
		CriterionScore length = criterion(scorecard, "length");
		assertThat(length.score()).isEqualTo(2);
		assertThat(length.advice()).singleElement().asString().contains("207 s").contains("runs long");
	}

	@Test
	void aShortAnswerGetsAdviceButNoFinding() {
		Scorecard scorecard = engine.score(draft(STAR, "action", words(100)));
		assertThat(criterion(scorecard, "length").advice()).singleElement().asString().contains("41 s").contains("short");
		assertThat(scorecard.findings()).extracting(Finding::rule).doesNotContain("over-length");
	}

}
