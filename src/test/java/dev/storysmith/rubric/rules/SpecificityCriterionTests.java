package dev.storysmith.rubric.rules;

import org.junit.jupiter.api.Test;

import dev.storysmith.rubric.CriterionScore;
import dev.storysmith.rubric.Finding;
import dev.storysmith.rubric.RubricEngine;
import dev.storysmith.rubric.Scorecard;

import static dev.storysmith.rubric.RubricFixtures.STAR;
import static dev.storysmith.rubric.RubricFixtures.criterion;
import static dev.storysmith.rubric.RubricFixtures.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class SpecificityCriterionTests {

	private final RubricEngine engine = RubricEngine.withDefaultRules();

	@Test
	void marksEachHedgeFillerAndVagueClaimWithItsSpan() {
		Scorecard scorecard = engine.score(draft(STAR, "action",
				"I kind of rewrote the cache, basically. The checkout page got much faster for every shopper."));
		assertThat(scorecard.findings()).extracting(Finding::rule, Finding::start, Finding::end, Finding::text)
			.contains(tuple("hedge", 2, 9, "kind of"), tuple("filler", 29, 38, "basically"),
					tuple("vague-claim", 62, 73, "much faster"));
		CriterionScore specificity = criterion(scorecard, "specificity");
		assertThat(specificity.score()).isZero();
		assertThat(specificity.advice()).hasSize(3);
	}

	@Test
	void aVagueWordNextToTheNumberBehindItIsLetOff() {
		Scorecard scorecard = engine.score(draft(STAR, "result",
				"The checkout page got much faster, from 1.4 s to 420 ms at p95, for every shopper in the spring sale."));
		assertThat(scorecard.findings()).noneMatch(f -> f.rule().equals("vague-claim"));
		assertThat(criterion(scorecard, "specificity").score()).isEqualTo(4);
	}

	@Test
	void keywordStuffingIsAFindingThatSaysSo() {
		Scorecard scorecard = engine.score(draft(STAR, "action",
				"I led, I owned, I decided, I designed. Instead of, rather than, at the cost of, mitigated by. "
						+ "A/B test, dashboard, load test, control group."));
		assertThat(scorecard.findings()).filteredOn(f -> f.rule().equals("stuffing"))
			.singleElement()
			.satisfies(f -> assertThat(f.message()).contains("rubric keywords").contains("do not count"));
		assertThat(criterion(scorecard, "specificity").score()).isZero();
		assertThat(scorecard.overall()).isLessThanOrEqualTo(20);
	}

	@Test
	void aFewCueWordsInAWeakSentenceAreNotStuffing() {
		Scorecard scorecard = engine.score(draft(STAR, "action",
				"I moved the fraud check off the checkout path instead of raising the timeout. I learned a lot."));
		assertThat(scorecard.findings()).noneMatch(f -> f.rule().equals("stuffing"));
	}

	@Test
	void withNoContentAtAllThereIsNothingSpecific() {
		CriterionScore specificity = criterion(engine.score(draft(STAR)), "specificity");
		assertThat(specificity.score()).isZero();
		assertThat(specificity.advice()).singleElement().asString().contains("concrete detail");
	}

}
