package dev.storysmith.rubric.rules;

import org.junit.jupiter.api.Test;

import dev.storysmith.rubric.CriterionScore;
import dev.storysmith.rubric.RubricEngine;

import static dev.storysmith.rubric.RubricFixtures.STAR;
import static dev.storysmith.rubric.RubricFixtures.criterion;
import static dev.storysmith.rubric.RubricFixtures.draft;
import static org.assertj.core.api.Assertions.assertThat;

class TradeoffsCriterionTests {

	private final RubricEngine engine = RubricEngine.withDefaultRules();

	private CriterionScore tradeoffs(String action) {
		return criterion(engine.score(draft(STAR, "action", action)), "tradeoffs");
	}

	@Test
	void aDecisionWithoutItsPriceScoresOne() {
		CriterionScore tradeoffs = tradeoffs("I picked Kafka over RabbitMQ for the order events because we needed replay.");
		assertThat(tradeoffs.score()).isEqualTo(1);
		assertThat(tradeoffs.advice()).hasSize(3);
	}

	@Test
	void twoDecisionsWithCostAndMitigationScoreFull() {
		CriterionScore tradeoffs = tradeoffs("I picked Kafka over RabbitMQ for the order events because we needed replay. "
				+ "The downside was a second cluster for the platform team to run. "
				+ "I kept the old queue as a fallback behind a feature flag for two weeks. "
				+ "We stored events in Avro rather than JSON to keep the schema registry strict.");
		assertThat(tradeoffs.score()).isEqualTo(4);
		assertThat(tradeoffs.advice()).isEmpty();
		assertThat(tradeoffs.evidence()).hasSize(4);
	}

	@Test
	void stackedCuesInOneSentenceCountOnce() {
		assertThat(tradeoffs("We went with Kafka instead of SQS, rather than RabbitMQ, as opposed to NATS, for order events.")
			.score()).isEqualTo(1);
	}

}
