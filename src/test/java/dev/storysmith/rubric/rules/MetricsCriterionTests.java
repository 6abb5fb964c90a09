package dev.storysmith.rubric.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import dev.storysmith.rubric.CriterionScore;
import dev.storysmith.rubric.Evidence;
import dev.storysmith.rubric.RubricEngine;

import static dev.storysmith.rubric.RubricFixtures.STAR;
import static dev.storysmith.rubric.RubricFixtures.criterion;
import static dev.storysmith.rubric.RubricFixtures.draft;
import static org.assertj.core.api.Assertions.assertThat;

class MetricsCriterionTests {

	private final RubricEngine engine = RubricEngine.withDefaultRules();

	private CriterionScore metrics(String result) {
		return criterion(engine.score(draft(STAR, "result", result)), "metrics");
	}

	@Test
	void yearsTeamSizesAndVersionsAreNotOutcomes() {
		CriterionScore metrics = metrics("In 2021 our team of 12 engineers moved 30 services from Java 8 to Java 17 and Spring Boot 2.7.");
		assertThat(metrics.score()).isZero();
		assertThat(metrics.evidence()).isEmpty();
		assertThat(metrics.advice()).first().asString().contains("numbers with units");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Checkout p95 went from 1.4 s to 420 ms after the cache rollout.",
			"Checkout error rate 0.7% -> 0.2% after the retry fix shipped.",
			"The retry fix cut checkout errors by 60% across every region.",
			"Checkout latency is now 420 ms, down from 1.4 s before the cache.",
			"Checkout conversion improved +3.1% after the new address form.",
			"The new index made checkout queries 3x faster for large merchants." })
	void recognisesBaselineToResultForms(String sentence) {
		assertThat(metrics(sentence).score()).isEqualTo(2);
	}

	@Test
	void fullMarksNeedBaselineResultValidationAndSeveralFigures() {
		CriterionScore metrics = metrics("Checkout p95 went from 1.4 s to 420 ms and timeouts from 1.8% to 0.2%, "
				+ "confirmed by a two-week A/B test on 10% of traffic.");
		assertThat(metrics.score()).isEqualTo(4);
		assertThat(metrics.advice()).isEmpty();
		assertThat(metrics.evidence()).extracting(Evidence::text)
			.contains("from 1.4 s to 420 ms", "from 1.8% to 0.2%", "10%")
			.as("a validation method backs the numbers but is not a metric")
			.doesNotContain("A/B test");
	}

	@Test
	void withoutValidationTheAdviceAsksHowItWasMeasured() {
		CriterionScore metrics = metrics("Checkout p95 went from 1.4 s to 420 ms and timeouts from 1.8% to 0.2% in March.");
		assertThat(metrics.score()).isEqualTo(3);
		assertThat(metrics.advice()).singleElement().asString().contains("A/B test");
	}

	@Test
	void theSameFigureRepeatedCountsOnce() {
		assertThat(metrics("Checkout p95 hit 420 ms in March. Then the search p95 also hit 420 ms in April.").score())
			.isEqualTo(1);
	}

	@Test
	void numbersInSentencesWithoutContentEarnNothing() {
		assertThat(metrics("p95, p99, 50%, dashboard, A/B test.").score()).isZero();
	}

}
