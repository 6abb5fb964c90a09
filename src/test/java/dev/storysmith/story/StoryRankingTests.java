package dev.storysmith.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.storysmith.question.TextAnalysis;

class StoryRankingTests {

	static final Map<String, String> COMPETENCIES = Map.of("incident-response", "Incident response", "mentoring",
			"Mentoring", "conflict", "Conflict resolution");

	static final Map<String, String> QUESTIONS = Map.of("outage-you-owned", "Tell me about an outage you owned");

	static final StoryView OUTAGE = story(1, "The checkout outage",
			"Checkout went down for 40 minutes after a bad deploy. I was on call, rolled back the release and ran the postmortem.",
			Set.of(), Set.of("incident-response"));

	static final StoryView MENTORING = story(2, "Growing a junior engineer",
			"I mentored a new engineer through her first project; she shipped the search page alone.", Set.of(),
			Set.of("mentoring"));

	static final StoryView CONFLICT = story(3, "Disagreeing on the schema",
			"A senior colleague and I disagreed about the database schema; we wrote down both options and tested them.",
			Set.of(), Set.of("conflict"));

	static final StoryRanking.Probe OUTAGE_QUESTION = new StoryRanking.Probe(
			"Tell me about an outage you owned. What happened and how did you restore service? "
					+ "Listen for calm triage, a rollback or fix, and a postmortem that changed something.",
			"outage-you-owned", Set.of("incident-response"));

	@Test
	void theOutageStoryRanksFirstForAnOutageQuestionAndStoriesSharingNothingAreLeftOut() throws Exception {
		List<StoryMatch> matches = ranking().rank(List.of(MENTORING, CONFLICT, OUTAGE), OUTAGE_QUESTION, 5);

		assertThat(matches).extracting(StoryMatch::id).containsExactly(1L);
		assertThat(matches.get(0).score()).isBetween(StoryRanking.MIN_SCORE, 100);
		assertThat(matches.get(0).why()).containsExactly("shares Incident response", "mentions outage, postmortem");
	}

	@Test
	void synonymsMatchAStoryThatUsesOtherWords() throws Exception {
		StoryView incident = story(4, "A Friday incident", "Payments failed for an hour; I coordinated the fix.", Set.of(),
				Set.of());

		List<StoryMatch> matches = ranking().rank(List.of(incident, MENTORING), StoryRanking.Probe.text("an outage"), 5);

		assertThat(matches).extracting(StoryMatch::id).containsExactly(4L);
		assertThat(matches.get(0).why()).containsExactly("mentions incident");
	}

	@Test
	void aStoryWrittenForTheQuestionSaysSo() throws Exception {
		StoryView linked = story(5, "Checkout again", "Short notes.", Set.of("outage-you-owned"), Set.of("incident-response"));

		List<StoryMatch> matches = ranking().rank(List.of(OUTAGE, linked), OUTAGE_QUESTION, 5);

		assertThat(matches).extracting(StoryMatch::id).containsExactly(5L, 1L);
		assertThat(matches.get(0).why()).startsWith("written for this question", "shares Incident response");
	}

	@Test
	void wordsMostTextsShareAreNotGivenAsReasons() throws Exception {
		List<String> bank = List.of("What did you do first?", "Who did you tell first?", "A time you failed.",
				"A hard call.", "What did you learn?");
		StoryView story = story(6, "Rollback first", "I rolled back first, then wrote the postmortem.", Set.of(), Set.of());

		StoryRanking.Probe probe = StoryRanking.Probe.text("What did you do first after the rollback? Was there a postmortem?");

		assertThat(ranking(bank).rank(List.of(story), probe, 5).get(0).why()).containsExactly("mentions Rollback, postmortem");
		assertThat(ranking().rank(List.of(story), probe, 5).get(0).why())
			.containsExactly("mentions Rollback, first, postmortem");
	}

	@Test
	void theScoreIsTheShareOfTheProbesOwnWeightAndRepeatingTheProbeScoresFull() throws Exception {
		StoryView echo = story(7, "An outage", "An outage.", Set.of(), Set.of());

		assertThat(ranking().rank(List.of(echo, MENTORING), StoryRanking.Probe.text("An outage."), 5))
			.extracting(StoryMatch::score)
			.containsExactly(100);
		assertThat(ranking().rank(List.of(MENTORING), StoryRanking.Probe.text("Tell me about an outage."), 5)).isEmpty();
	}

	static StoryRanking ranking() throws Exception {
		return ranking(List.of());
	}

	static StoryRanking ranking(List<String> background) throws Exception {
		TextAnalysis analysis = TextAnalysis.of(Files.readString(Path.of("questions", "synonyms.txt")));
		return new StoryRanking(analysis, COMPETENCIES, QUESTIONS::get, StoryRanking.Background.of(analysis, background),
				StoryRankingTests::say);
	}

	static String say(String key, Object... args) {
		return switch (key) {
			case "finder.why.linked" -> "written for this question";
			case "finder.why.shares" -> "shares " + args[0];
			case "finder.why.mentions" -> "mentions " + args[0];
			default -> throw new IllegalArgumentException(key);
		};
	}

	static StoryView story(long id, String title, String text, Set<String> questions, Set<String> competencies) {
		Map<String, String> sections = new LinkedHashMap<>();
		sections.put("situation", text);
		return new StoryView(id, 0, title, "star", sections, "", questions, competencies, null, Instant.EPOCH,
				Instant.EPOCH);
	}

}
