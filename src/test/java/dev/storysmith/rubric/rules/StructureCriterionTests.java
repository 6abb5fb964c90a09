package dev.storysmith.rubric.rules;

import org.junit.jupiter.api.Test;

import dev.storysmith.rubric.CriterionScore;
import dev.storysmith.rubric.Draft;
import dev.storysmith.rubric.Finding;
import dev.storysmith.rubric.RubricEngine;
import dev.storysmith.rubric.Scorecard;

import static dev.storysmith.rubric.RubricFixtures.STAR;
import static dev.storysmith.rubric.RubricFixtures.criterion;
import static dev.storysmith.rubric.RubricFixtures.draft;
import static org.assertj.core.api.Assertions.assertThat;

class StructureCriterionTests {

	private static final String SITUATION = "Our checkout page timed out for one in fifty shoppers during the spring sale.";

	private static final String TASK = "I owned the checkout service and its latency budget for that quarter.";

	private static final String ACTION = "I traced the slow calls to a fraud check and moved it after the payment authorisation. "
			+ "I shipped the change to a small share of traffic first and watched the error dashboard for a day.";

	private static final String RESULT = "Timeouts fell from 2% to 0.1% within a week of the rollout.";

	private final RubricEngine engine = RubricEngine.withDefaultRules();

	@Test
	void allSectionsWithTheActionLongestScoreFull() {
		CriterionScore structure = criterion(
				engine.score(draft(STAR, "situation", SITUATION, "task", TASK, "action", ACTION, "result", RESULT)), "structure");
		assertThat(structure.score()).isEqualTo(4);
		assertThat(structure.advice()).isEmpty();
		assertThat(structure.evidence()).hasSize(4);
	}

	@Test
	void aMissingSectionCostsItsShareAndIsAFinding() {
		Scorecard scorecard = engine.score(draft(STAR, "situation", SITUATION, "task", TASK, "action", ACTION, "result", " "));
		assertThat(criterion(scorecard, "structure").score()).isEqualTo(3);
		assertThat(scorecard.findings()).filteredOn(f -> f.rule().equals("missing-section"))
			.singleElement()
			.satisfies(f -> {
				assertThat(f.section()).isEqualTo("result");
				assertThat(f.start()).isZero();
				assertThat(f.end()).isZero();
				assertThat(f.message()).contains("Result");
			});
	}

	@Test
	void anActionShorterThanAnotherSectionLosesAPoint() {
		CriterionScore structure = criterion(engine.score(draft(STAR, "situation", SITUATION + " " + SITUATION.replace("spring", "summer")
				+ " " + SITUATION.replace("spring", "winter"), "task", TASK, "action", ACTION, "result", RESULT)), "structure");
		assertThat(structure.score()).isEqualTo(3);
		assertThat(structure.advice()).singleElement().asString().contains("Action part should carry the most words");
	}

	@Test
	void unlabeledTextIsJudgedByItsFlowNotByMissingLabels() {
		Scorecard scorecard = engine.score(Draft.freeText(STAR, String.join(" ", SITUATION, TASK, ACTION, RESULT)));
		assertThat(criterion(scorecard, "structure").score()).isEqualTo(4);
		assertThat(scorecard.findings()).noneMatch(f -> f.rule().equals("missing-section"));
	}

	@Test
	void unlabeledTextOutOfOrderLosesAPoint() {
		CriterionScore structure = criterion(engine.score(Draft.freeText(STAR, String.join(" ", RESULT, ACTION))), "structure");
		assertThat(structure.advice()).anySatisfy(a -> assertThat(a).contains("in order"));
		assertThat(structure.score()).isEqualTo(3);
	}

	@Test
	void anEmptyUnlabeledTextHasNoStructure() {
		Scorecard scorecard = engine.score(Draft.freeText(STAR, "   "));
		assertThat(criterion(scorecard, "structure").score()).isZero();
		assertThat(scorecard.findings()).extracting(Finding::rule).doesNotContain("missing-section");
	}

}
