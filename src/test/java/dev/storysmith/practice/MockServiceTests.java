package dev.storysmith.practice;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.storysmith.rubric.CriterionScore;
import dev.storysmith.rubric.RubricCriterion;
import dev.storysmith.rubric.Scorecard;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of a mock's result that need no database: timing, the weakest criterion, closing the mock. */
class MockServiceTests {

	static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

	static final List<RubricCriterion> CRITERIA = List.of(new RubricCriterion("metrics", "Metrics", 2, 1, 4),
			new RubricCriterion("role", "Role", 2, 2, 4), new RubricCriterion("tradeoffs", "Trade-offs", 2, 3, 4),
			new RubricCriterion("length", "Length", 1, 4, 4));

	@Test
	void theWeakestCriterionIsTheLowestMeanOverAllAnswersNotTheLowestSingleScore() {
		List<Map<String, Integer>> answers = List.of(Map.of("metrics", 0, "role", 2, "tradeoffs", 2, "length", 4),
				Map.of("metrics", 4, "role", 1, "tradeoffs", 2, "length", 4),
				Map.of("metrics", 4, "role", 2, "tradeoffs", 1, "length", 4));

		MockService.CriterionMean weakest = MockService.weakest(answers, CRITERIA).orElseThrow();

		assertThat(weakest.id()).isEqualTo("role");
		assertThat(weakest.label()).isEqualTo("Role");
		assertThat(weakest.mean()).isEqualTo(5 / 3.0);
		assertThat(weakest.max()).isEqualTo(4);
	}

	@Test
	void aTieGoesToTheCriterionTheRubricListsFirstAndUnpublishedCriteriaAreIgnored() {
		List<Map<String, Integer>> answers = List.of(Map.of("tradeoffs", 1, "role", 1, "retired", 0, "length", 3));

		assertThat(MockService.weakest(answers, CRITERIA).orElseThrow().id()).isEqualTo("role");
		assertThat(MockService.weakest(List.of(), CRITERIA)).isEmpty();
	}

	@Test
	void leavesOutOfTheWeakestWhatAnAnswersFrameworkDoesNotAskFor() {
		List<CriterionScore> star = List.of(criterion("metrics", 3, true), criterion("role", 2, true),
				criterion("lessons", 0, false));
		Scorecard card = new Scorecard(60, "star", 300, 120, List.of(), star, List.of());
		Map<String, Integer> saved = Map.of("metrics", 3, "role", 2, "lessons", 0);

		Map<String, Integer> counted = MockService.countedScores(saved, card);

		assertThat(counted).containsOnlyKeys("metrics", "role");
		List<RubricCriterion> criteria = List.of(new RubricCriterion("metrics", "Metrics", 2, 1, 4),
				new RubricCriterion("role", "Role", 2, 2, 4), new RubricCriterion("lessons", "Lessons", 2, 3, 4));
		assertThat(MockService.weakest(List.of(counted), criteria).orElseThrow().id()).isEqualTo("role");
		assertThat(MockService.weakest(List.of(saved), criteria).orElseThrow().id()).as("without the filter")
			.isEqualTo("lessons");
	}

	private static CriterionScore criterion(String id, int score, boolean counted) {
		return new CriterionScore(id, id, score, 4, List.of(), List.of(), counted);
	}

	@Test
	void timeIsJudgedAgainstTheTwoToThreeMinuteTarget() {
		assertThat(MockService.Timing.of(Duration.ofSeconds(45))).isEqualTo(MockService.Timing.SHORT);
		assertThat(MockService.Timing.of(Duration.ofSeconds(119))).isEqualTo(MockService.Timing.SHORT);
		assertThat(MockService.Timing.of(Duration.ofSeconds(120))).isEqualTo(MockService.Timing.ON_TARGET);
		assertThat(MockService.Timing.of(Duration.ofSeconds(180))).isEqualTo(MockService.Timing.ON_TARGET);
		assertThat(MockService.Timing.of(Duration.ofSeconds(181))).isEqualTo(MockService.Timing.OVER);
	}

	@Test
	void anAnswersTimeRunsFromTheFirstServingOfItsPageToTheHandIn() {
		MockInterview mock = new MockInterview(1, MockInterview.FREE, null, T0);
		mock.ask("q1", "Question one", "star");
		MockAnswer answer = mock.getAnswers().get(0);

		answer.served(T0.plusSeconds(10));
		answer.served(T0.plusSeconds(70));
		answer.answer(Map.of("free", "I did it."), 40, Map.of("metrics", 1), T0.plusSeconds(170));

		assertThat(answer.used()).isEqualTo(Duration.ofSeconds(160));
		assertThat(answer.getServedAt()).isEqualTo(T0.plusSeconds(10));
	}

	@Test
	void theMockClosesWithTheMeanScoreOnlyWhenEveryAnswerIsIn() {
		MockInterview mock = new MockInterview(1, "star", null, T0);
		mock.ask("q1", "One", "star");
		mock.ask("q2", "Two", "star");
		mock.getAnswers().get(0).answer(Map.of("action", "I acted."), 40, Map.of(), T0.plusSeconds(100));
		mock.finishIfComplete(T0.plusSeconds(100));

		assertThat(mock.getFinishedAt()).isNull();
		assertThat(mock.current()).map(MockAnswer::getNumber).contains(2);

		mock.getAnswers().get(1).answer(Map.of("action", "I acted again."), 61, Map.of(), T0.plusSeconds(300));
		mock.finishIfComplete(T0.plusSeconds(300));

		assertThat(mock.getFinishedAt()).isEqualTo(T0.plusSeconds(300));
		assertThat(mock.getOverall()).isEqualTo(51);
		assertThat(mock.current()).isEmpty();
	}

}
