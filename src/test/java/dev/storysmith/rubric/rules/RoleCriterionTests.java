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

class RoleCriterionTests {

	private final RubricEngine engine = RubricEngine.withDefaultRules();

	@Test
	void flagsEachActionSentenceWithoutAFirstPersonActor() {
		Scorecard scorecard = engine.score(draft(STAR, "action",
				"I rewrote the billing retry logic in Go. The deploy went out on Friday. We added two dashboards for the queue.",
				"situation", "The billing queue had no owner at all."));
		assertThat(scorecard.findings()).filteredOn(f -> f.rule().equals("no-actor"))
			.extracting(Finding::section, Finding::text)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("action", "The deploy went out on Friday."),
					org.assertj.core.groups.Tuple.tuple("action", "We added two dashboards for the queue."));
		CriterionScore role = criterion(scorecard, "role");
		assertThat(role.score()).isEqualTo(2);
		assertThat(role.advice()).anySatisfy(a -> assertThat(a).contains("1 of 3 Action sentences"));
	}

	@Test
	void ownershipAndScopeEarnFullMarks() {
		CriterionScore role = criterion(engine.score(draft(STAR, "task",
				"I was the tech lead on a team of five engineers for the ledger migration.", "action",
				"I designed the double-entry schema for the new ledger. I decided to backfill ledger history in nightly batches.")),
				"role");
		assertThat(role.score()).isEqualTo(4);
		assertThat(role.advice()).isEmpty();
		assertThat(role.evidence()).isNotEmpty();
	}

	@Test
	void anAllWeStoryShowsNoPersonalRole() {
		Scorecard scorecard = engine.score(Draft.freeText(STAR,
				"Our ledger was slow. We designed a new schema for the ledger tables. We backfilled ledger history in nightly batches. "
						+ "We cut the nightly reconciliation from 40 minutes to 6 minutes."));
		assertThat(criterion(scorecard, "role").score()).isZero();
		assertThat(scorecard.findings()).filteredOn(f -> f.rule().equals("no-actor")).hasSize(3);
	}

}
