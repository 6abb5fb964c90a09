package dev.storysmith.rubric;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The criteria the rubric publishes are the ones every scorecard holds, in the same order. */
class RubricCriteriaTests {

	private final RubricEngine engine = RubricEngine.withDefaultRules();

	@Test
	void publishesEachScorecardCriterionWithItsLabelPositionAndMax() {
		Scorecard card = engine.score(new Draft(new FrameworkShape("star", "STAR",
				List.of(new SectionShape("action", "Action", SectionKind.values()[0], 100))),
				java.util.Map.of("action", "I cut p95 latency from 1.4 s to 380 ms.")));

		assertThat(engine.criteria()).extracting(RubricCriterion::id)
			.containsExactlyElementsOf(card.criteria().stream().map(CriterionScore::id).toList());
		assertThat(engine.criteria()).extracting(RubricCriterion::label)
			.containsExactlyElementsOf(card.criteria().stream().map(CriterionScore::label).toList());
		assertThat(engine.criteria()).extracting(RubricCriterion::position).containsExactly(0, 1, 2, 3, 4, 5, 6);
		assertThat(engine.criteria()).allSatisfy(c -> {
			assertThat(c.max()).isEqualTo(4);
			assertThat(c.weight()).isPositive();
		});
	}

	@Test
	void theMissionCriteriaAreTheHeaviestAndCarryMostOfTheWeight() {
		double total = engine.criteria().stream().mapToDouble(RubricCriterion::weight).sum();
		double lightestMission = engine.missionCriteria().stream().mapToDouble(RubricCriterion::weight).min().orElseThrow();

		assertThat(engine.missionCriteria().stream().mapToDouble(RubricCriterion::weight).sum()).isGreaterThan(total / 2);
		assertThat(engine.criteria()).filteredOn(c -> !engine.missionCriteria().contains(c))
			.allSatisfy(c -> assertThat(c.weight()).isLessThan(lightestMission));
		assertThat(engine.missionCriteria()).isSortedAccordingTo(
				java.util.Comparator.comparingInt(RubricCriterion::position));
	}

	@Test
	void publishesTheSpeakingRateOfTheRulesFile() {
		assertThat(engine.wordsPerMinute()).isBetween(100, 200);
		Scorecard card = engine.score(new Draft(new FrameworkShape("star", "STAR",
				List.of(new SectionShape("action", "Action", SectionKind.values()[0], 100))),
				java.util.Map.of("action", "word ".repeat(engine.wordsPerMinute()))));
		assertThat(card.spokenSeconds()).isEqualTo(60);
	}

}
