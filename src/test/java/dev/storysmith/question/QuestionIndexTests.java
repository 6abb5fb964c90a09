package dev.storysmith.question;

import java.text.ParseException;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuestionIndexTests {

	static final QuestionIndex.Entry OUTAGE = new QuestionIndex.Entry("outage", "Tell me about an outage you owned",
			"Walk me through the incident from the first page to the postmortem.", List.of("ownership"), "Ownership",
			"Calm triage; who was told and when.", Difficulty.HARD);

	static final QuestionIndex.Entry ON_CALL = new QuestionIndex.Entry("on-call", "A hard week on call",
			"What did you change after a rough on-call rotation?", List.of("ownership"), "Ownership",
			"Fewer alerts afterwards.", Difficulty.MEDIUM);

	static final QuestionIndex.Entry MANAGER = new QuestionIndex.Entry("manager", "You and your boss saw it differently",
			"Tell me about a time your manager and you did not agree on a plan.", List.of("communication"),
			"Communication", "Disagreement handled with data, not heat.", Difficulty.MEDIUM);

	static final QuestionIndex.Entry TIMELINE = new QuestionIndex.Entry("timeline", "A project that slipped",
			"The timeline you promised slipped. What did you do?", List.of("delivery"), "Delivery",
			"Who heard first; the new date.", Difficulty.EASY);

	static QuestionIndex index() throws ParseException {
		return QuestionIndex.build(List.of(OUTAGE, ON_CALL, MANAGER, TIMELINE), TextAnalysis.of(QuestionFixtures.SYNONYMS));
	}

	@Test
	void findsTheWordsPeopleTypeThroughStemsAndSynonyms() throws ParseException {
		QuestionIndex index = index();

		assertThat(ids(index, "outage")).containsExactly("outage");
		assertThat(ids(index, "Outages")).containsExactly("outage");
		assertThat(ids(index, "incidents")).containsExactly("outage");
		assertThat(ids(index, "oncall")).containsExactly("on-call");
		assertThat(ids(index, "pager")).containsExactly("on-call");
		assertThat(ids(index, "disagreed with my manager")).containsExactly("manager");
		assertThat(ids(index, "missed deadline")).containsExactly("timeline");
	}

	@Test
	void needsEveryWordSoASearchNarrowsTheList() throws ParseException {
		assertThat(ids(index(), "outage timeline")).isEmpty();
	}

	@Test
	void ranksATitleMatchAboveAMentionInTheNotes() throws ParseException {
		QuestionIndex.Entry mention = new QuestionIndex.Entry("mention", "Shipping under pressure", "Tell me more.",
				List.of("delivery"), "Delivery", "Mentions an outage once, among many other things to listen for.",
				Difficulty.EASY);
		QuestionIndex index = QuestionIndex.build(List.of(mention, OUTAGE), TextAnalysis.of(""));

		assertThat(ids(index, "outage")).containsExactly("outage", "mention");
	}

	@Test
	void combinesTheSearchWithCompetencyAndDifficulty() throws ParseException {
		QuestionIndex index = index();

		assertThat(index.search("ownership", "ownership", Difficulty.MEDIUM).ids()).containsExactly("on-call");
		assertThat(index.search("outage", "delivery", null).ids()).isEmpty();
	}

	@Test
	void treatsQuerySyntaxAndOddCharactersAsPlainWords() throws ParseException {
		QuestionIndex index = index();

		for (String odd : List.of("outage AND (NOT", "\"unclosed", "*:*", "title:outage~2^9", "🔥 outage", "\\/[]{}!?", "",
				"   ", "the of and", "x".repeat(10_000), "outage ".repeat(2_000))) {
			assertThat(index.search(odd, null, null).ids()).as(odd.length() > 40 ? odd.substring(0, 40) : odd)
				.isSubsetOf("outage");
			assertThat(index.nearMatches(odd, 5)).hasSizeLessThanOrEqualTo(5);
		}
		assertThat(ids(index, "(outage*) -")).containsExactly("outage");
	}

	@Test
	void suggestsNearMatchesForTyposAndPartialMatches() throws ParseException {
		QuestionIndex index = index();

		assertThat(ids(index, "outgae")).isEmpty();
		assertThat(index.nearMatches("outgae", 5)).containsExactly("outage");
		assertThat(index.nearMatches("outage timeline", 5)).contains("outage", "timeline");
	}

	@Test
	void correctsATypoTowardsASynonymTheBankOnlyHasUnderAnotherWord() throws ParseException {
		QuestionIndex.Entry incidentOnly = new QuestionIndex.Entry("incident", "A production incident you led",
				"Walk me through it.", List.of("ownership"), "Ownership", "Calm triage.", Difficulty.HARD);
		QuestionIndex index = QuestionIndex.build(List.of(incidentOnly, TIMELINE), TextAnalysis.of(QuestionFixtures.SYNONYMS));

		assertThat(index.search("outagr", null, null).ids()).isEmpty();
		assertThat(index.nearMatches("outagr", 5)).containsExactly("incident");
		assertThat(index.nearMatches("otuage", 5)).containsExactly("incident");
	}

	@Test
	void countsASwapOfNeighboursAsOneEdit() {
		assertThat(QuestionIndex.editDistance("outga", "outag", 2)).isEqualTo(1);
		assertThat(QuestionIndex.editDistance("deadlni", "deadlin", 2)).isEqualTo(1);
		assertThat(QuestionIndex.editDistance("mentor", "manager", 1)).isEqualTo(2);
		assertThat(QuestionIndex.editDistance("same", "same", 1)).isZero();
	}

	@Test
	void marksMatchedWordsAndSynonymsAndEscapesTheRest() throws ParseException {
		QuestionIndex index = index();
		Optional<org.apache.lucene.search.Query> query = index.search("incidents", null, null).query();

		assertThat(index.highlight(query, QuestionIndex.Marked.TITLE, "An outage & a <b>fix</b>"))
			.isEqualTo("An <mark>outage</mark> &amp; a &lt;b&gt;fix&lt;&#x2F;b&gt;");
		assertThat(index.highlight(Optional.empty(), QuestionIndex.Marked.TITLE, "<i>plain</i>"))
			.isEqualTo("&lt;i&gt;plain&lt;&#x2F;i&gt;");
	}

	@Test
	void refusesABrokenSynonymList() {
		assertThatThrownBy(() -> TextAnalysis.of("outage => , =>")).isInstanceOf(ParseException.class);
	}

	private static List<String> ids(QuestionIndex index, String text) {
		return index.search(text, null, null).ids();
	}

}
