package dev.storysmith.rubric;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.storysmith.rubric.RubricFixtures.STAR;
import static dev.storysmith.rubric.RubricFixtures.STAR_L;
import static dev.storysmith.rubric.RubricFixtures.criterion;
import static dev.storysmith.rubric.RubricFixtures.draft;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rubric credits what people really write (labels, action lists, everyday phrasing of
 * decisions and lessons, hedged figures) and still gives nothing for the same words without a
 * story behind them.
 */
class NaturalWordingTests {

	private static final RubricEngine ENGINE = RubricEngine.withDefaultRules();

	private static final String CONTEXT = "Our invoice export timed out for the largest accounts every month end, and "
			+ "finance had to rebuild the reports by hand from the warehouse tables.";

	private static CriterionScore score(Draft draft, String criterion) {
		return criterion(ENGINE.score(draft), criterion);
	}

	// Role

	@Test
	void aFirstPersonActionListHasTheSpeakerAsItsActor() {
		Draft draft = draft(STAR, "situation", CONTEXT, "task", "I owned the export service.", "action",
				"- Profiled the export job and found one query scanning every invoice line.\n"
						+ "- Rewrote that query to page through accounts by id.\n"
						+ "- Led the rollout with the two engineers on the billing squad.");
		Scorecard card = ENGINE.score(draft);
		assertThat(card.findings()).noneMatch(f -> f.rule().equals("no-actor"));
		CriterionScore role = criterion(card, "role");
		assertThat(role.score()).isEqualTo(4);
		assertThat(role.evidence()).extracting(Evidence::text).contains("Led");
	}

	@Test
	void theSameListInAStoryToldByWeStillDoesNotSayWhoActed() {
		Draft draft = draft(STAR, "situation", CONTEXT, "action", "We took the export apart as a squad.\n"
				+ "- Profiled the export job and found one query scanning every invoice line.\n"
				+ "- Rewrote that query to page through accounts by id.\n"
				+ "- Moved the heavy reports to the replica, which we had wanted for a year.");
		assertThat(score(draft, "role").score()).isZero();
	}

	@Test
	void aBareListOfVerbsEarnsNothing() {
		Draft draft = draft(STAR, "action", "I helped.\n- Profiled.\n- Fixed.\n- Shipped.\n- Led.");
		assertThat(score(draft, "role").evidence()).isEmpty();
	}

	@Test
	void aRoleLabelWithATitleAndScopeIsOwnershipAndScope() {
		Draft draft = Draft.freeText(STAR, "Situation: " + CONTEXT + "\nRole: lead engineer (3 engineers)\n"
				+ "Action: I split the export into one job per account and moved it to the reporting replica.\n"
				+ "Result: Month-end exports finished in 12 minutes instead of timing out.");
		CriterionScore role = score(draft, "role");
		assertThat(role.evidence()).extracting(Evidence::text).contains("lead engineer", "3 engineers");
	}

	@Test
	void aRoleLineStuffedWithTitlesEarnsNoOwnership() {
		Draft draft = Draft.freeText(STAR, "Situation: " + CONTEXT
				+ "\nRole: owner, lead engineer, tech lead, incident commander, project lead\n"
				+ "Action: We split the export into one job per account.\nResult: Exports finished in 12 minutes.");
		assertThat(score(draft, "role").evidence()).isEmpty();
	}

	@Test
	void aStoryToldOnlyByWeIsAskedWhatYouDid() {
		Scorecard card = ENGINE.score(draft(STAR, "situation", CONTEXT, "action",
				"We split the export into one job per account. We moved the heavy queries to the reporting replica."));
		CriterionScore role = criterion(card, "role");
		assertThat(role.score()).isLessThanOrEqualTo(1);
		// plain words: advice is shown as text, so markdown emphasis would print its asterisks
		assertThat(role.advice()).anyMatch(a -> a.contains("say what you yourself did")).noneMatch(a -> a.contains("*"));
		assertThat(card.findings()).filteredOn(f -> f.rule().equals("no-actor"))
			.isNotEmpty()
			.allMatch(f -> f.message().contains("what you yourself did") && !f.message().contains("*"));
	}

	@Test
	void aCompoundScopeIsMarkedWhole() {
		CriterionScore role = score(draft(STAR, "task", "I led a six-person team on the export. The export belonged to a 40-engineer org."),
				"role");
		assertThat(role.evidence()).extracting(Evidence::text).contains("six-person team", "40-engineer org");
	}

	// Trade-offs

	@Test
	void aDecisionInEverydayWordsEarnsDecisionAndCost() {
		CriterionScore tradeoffs = score(draft(STAR, "action", "We could shard the database or add a read replica; "
				+ "sharding would have been the real fix but cost a quarter, so I went with the replica and lived "
				+ "with stale reads."), "tradeoffs");
		assertThat(tradeoffs.score()).isGreaterThanOrEqualTo(2);
		assertThat(tradeoffs.advice()).noneMatch(a -> a.contains("option you rejected"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "I had to decide whether to patch the legacy exporter or rebuild it on the job scheduler.",
			"The alternative was a nightly batch, which finance would only see the next morning.",
			"We considered a bigger database instance; I went with paging the query by account.",
			"We looked at moving the export to Spark. It would have needed a cluster nobody on the team knew how to run." })
	void decisionsAsPeoplePhraseThem(String sentence) {
		assertThat(score(draft(STAR, "action", sentence), "tradeoffs").score()).isGreaterThanOrEqualTo(1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "It meant giving up same-day exports for the smallest accounts.",
			"I accepted that the reports would lag the ledger by up to an hour.",
			"The price was a second scheduler to keep running on weekends.",
			"Speed came at the expense of a heavier load on the reporting replica.",
			"So I moved the call out of the lock and accepted slightly stale stock counts during the sale." })
	void aCostInAnyCommonWording(String sentence) {
		CriterionScore tradeoffs = score(draft(STAR, "action", sentence), "tradeoffs");
		assertThat(tradeoffs.advice()).noneMatch(a -> a.contains("price you accepted"));
	}

	@Test
	void tradeoffPhrasesWithoutContentEarnNothing() {
		assertThat(score(draft(STAR, "action", "Whether to, rather than, the alternative was, accepted that, "
				+ "at the expense of, went with."), "tradeoffs").score()).isZero();
	}

	// Lessons

	@Test
	void imperativesAndChangesInALessonsBlockAreLessons() {
		Draft draft = Draft.freeText(STAR, "Situation: " + CONTEXT + "\nAction: I paged the export query by account "
				+ "and ran it on the reporting replica.\nResult: Exports finished in 12 minutes, down from 3 hours.\n"
				+ "Lessons:\n- Test the export against the largest account before month end.\n"
				+ "- Added a month-end export drill to the release checklist.\n"
				+ "- It's now part of our template for every new report.");
		CriterionScore lessons = score(draft, "lessons");
		assertThat(lessons.score()).isEqualTo(4);
		assertThat(lessons.advice()).noneMatch(a -> a.contains("Close with a concrete lesson"));
	}

	@Test
	void aLessonsSectionOfSlogansEarnsNothingAndSaysWhy() {
		CriterionScore lessons = score(draft(STAR_L, "situation", CONTEXT, "action",
				"I paged the export query by account and ran it on the reporting replica.", "lessons",
				"Communication is key. Teamwork makes the dream work. Always be learning. Fail fast and iterate."),
				"lessons");
		assertThat(lessons.score()).isZero();
		assertThat(lessons.advice()).singleElement().asString().contains("tie them to it");
	}

	@Test
	void eventsInALessonsSectionAreNotLessons() {
		assertThat(score(draft(STAR_L, "situation", CONTEXT, "action",
				"I paged the export query by account and ran it on the reporting replica.", "lessons",
				"Finance thanked the team for the export. The reporting replica later moved to a bigger instance."),
				"lessons")
			.score()).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Since then I've added an export drill to every month-end checklist.",
			"We now gate each release on a month-end export run against the largest account.",
			"I turned the export drill into a checklist item for the billing squad.",
			"The export drill is part of our release template these days." })
	void changesInAnyWording(String sentence) {
		CriterionScore lessons = score(draft(STAR_L, "situation", CONTEXT, "lessons", sentence), "lessons");
		assertThat(lessons.score()).isGreaterThanOrEqualTo(1);
	}

	// Metrics

	@ParameterizedTest
	@ValueSource(strings = { "Export failures dropped from about 4% to under 0.5% of runs.",
			"Export failures went ~4% -> <0.5% of runs.", "Export failures went 4% → 0.5% of runs.",
			"Export failures fell 4% down to 0.5% of runs.", "Export failures are 0.5% of runs, down from about 4%.",
			"Export time went from roughly 3 hours to nearly 12 minutes." })
	void hedgedBaselineResultPairsInEveryForm(String sentence) {
		CriterionScore metrics = score(draft(STAR, "result", sentence), "metrics");
		assertThat(metrics.score()).as(sentence).isGreaterThanOrEqualTo(2);
		assertThat(metrics.advice()).noneMatch(a -> a.contains("baseline"));
	}

	@Test
	void validationMethodsAreNotShownAsMetrics() {
		CriterionScore metrics = score(draft(STAR, "result",
				"Export time went from 3 hours to 12 minutes, confirmed with load tests and the billing dashboards."),
				"metrics");
		assertThat(metrics.score()).isEqualTo(3);
		assertThat(metrics.evidence()).extracting(Evidence::text)
			.containsExactly("from 3 hours to 12 minutes")
			.doesNotContain("load tests", "dashboards");
	}

	@ParameterizedTest
	@ValueSource(strings = { "The gateway returned 502s to the export job for most of Q3 2023.",
			"We moved the export from Java 11 to 17 and from API version 2 to 3.",
			"Ticket 4821 tracked the HTTP 504 responses in sprint 14.",
			"In 2019 the export ran on 2 servers." })
	void statusCodesVersionsYearsQuartersAndIdsAreNotMetrics(String sentence) {
		CriterionScore metrics = score(draft(STAR, "result", sentence), "metrics");
		assertThat(metrics.evidence()).extracting(Evidence::text).allMatch(text -> text.equals("2 servers"));
		assertThat(metrics.score()).isLessThanOrEqualTo(1);
	}

}
