package dev.storysmith.rubric;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.storysmith.rubric.RubricCalibrationTests.CalibrationDraft;

import static dev.storysmith.rubric.RubricFixtures.STAR_L;
import static dev.storysmith.rubric.RubricFixtures.draft;
import static org.assertj.core.api.Assertions.assertThat;

/** Follow-ups aim at the draft's gaps, quote it, and stay few for a strong draft. */
class FollowUpPlannerTests {

	private static final RubricEngine ENGINE = RubricEngine.withDefaultRules();

	private static final FollowUpPlanner PLANNER = FollowUpPlanner.withDefaultRules(ENGINE);

	private static List<FollowUp> plan(Draft draft, List<String> bank) {
		return PLANNER.plan(draft, ENGINE.score(draft), bank);
	}

	static Stream<CalibrationDraft> weakTwins() {
		return RubricCalibrationTests.weakTwins();
	}

	static Stream<CalibrationDraft> strongDrafts() {
		return RubricCalibrationTests.drafts().filter(d -> d.name().endsWith("-strong"));
	}

	@ParameterizedTest
	@MethodSource("weakTwins")
	void aDraftWeakOnOneMissionCriterionIsAskedAboutItAmongTheFirstThree(CalibrationDraft weak) {
		List<FollowUp> followUps = plan(weak.draft(), List.of("Tell me more about the team.", "Why then?"));

		assertThat(followUps).hasSizeBetween(1, 5);
		assertThat(followUps.subList(0, Math.min(3, followUps.size()))).extracting(FollowUp::criterion)
			.contains(weak.text("twinCriterion"));
	}

	@ParameterizedTest
	@MethodSource("strongDrafts")
	void aStrongDraftGetsThreeOrFewer(CalibrationDraft strong) {
		List<FollowUp> followUps = plan(strong.draft(), List.of("What would your manager say?", "Why then?", "Who disagreed?"));

		assertThat(followUps).hasSizeLessThanOrEqualTo(3);
	}

	@Test
	void aVagueClaimIsQuotedBackWithFromWhatToWhat() {
		Draft vague = draft(STAR_L, "situation", "Our checkout page was slow and customers complained about it often.",
				"action", "We rewrote the checkout queries and the page got a lot faster after that.");

		List<FollowUp> followUps = plan(vague, List.of());

		assertThat(followUps).filteredOn(f -> f.criterion().equals("metrics"))
			.extracting(FollowUp::question)
			.contains("You said it \"a lot faster\": from what, to what?");
		assertThat(followUps).hasSizeLessThanOrEqualTo(5);
	}

	@Test
	void aWeSentenceIsQuotedWhenAskingForYourOwnPart() {
		Draft we = draft(STAR_L, "action", "We moved the billing jobs from cron to a queue with retries and alerts.", "result",
				"Failed invoices went from 40 a week to 2 a week.");

		List<FollowUp> followUps = plan(we, List.of());

		assertThat(followUps).filteredOn(f -> f.criterion().equals("role"))
			.extracting(FollowUp::question)
			.contains("You said \"We moved the billing jobs from cron to a queue with retries and alerts\". "
					+ "Who did that, and what was your own part in it?");
	}

	@Test
	void aResultWithoutBaselineIsAskedWhatItWasBefore() {
		Draft noBaseline = draft(STAR_L, "action", "I rewrote the search index builder in Go and sharded it by tenant.",
				"result", "Index builds now take 12 minutes.");

		List<FollowUp> followUps = plan(noBaseline, List.of());

		assertThat(followUps).extracting(FollowUp::question)
			.contains("You mentioned \"12 minutes\". What was it before you started, and what is it now?");
	}

	@Test
	void bankFollowUpsAreMixedInMarkedAsQuestionAndAtMostFiveInAll() {
		Draft thin = draft(STAR_L, "action", "We fixed things and it went well.");

		List<FollowUp> followUps = plan(thin, List.of("What did your manager think?", "What would you change?",
				"Who disagreed with you?"));

		assertThat(followUps).hasSize(5);
		assertThat(followUps).filteredOn(f -> f.criterion().equals(FollowUp.BANK))
			.extracting(FollowUp::question)
			.containsExactly("What did your manager think?", "What would you change?");
		assertThat(followUps.get(0).criterion()).isNotEqualTo(FollowUp.BANK);
	}

	@Test
	void longQuotesAreCutToSixteenWords() {
		Draft wordy = draft(STAR_L, "action",
				"We spent the whole of the second quarter moving every one of the forty billing jobs over to the new queue.");

		assertThat(plan(wordy, List.of())).extracting(FollowUp::question)
			.contains("You said \"We spent the whole of the second quarter moving every one of the forty billing jobs...\". "
					+ "Who did that, and what was your own part in it?");
	}

}
