package dev.storysmith.practice;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import dev.storysmith.account.AccountPreferences;
import dev.storysmith.account.AccountPrincipal;
import dev.storysmith.story.StoryContent;
import dev.storysmith.story.StoryService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Practice rounds, progress, coverage and low-anxiety mode through the real pages. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:practice-web;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class PracticeWebTests {

	static final Map<String, String> STRONG = Map.of(
			"situation", "Our checkout p95 latency was 1.4 s at peak and 2% of orders failed.",
			"task", "I was the tech lead of four engineers and owned the fix.",
			"action", "I profiled the service and found nine database calls per request. I chose a read-through "
					+ "cache over a bigger database because it cost less, accepting stale prices, which I mitigated "
					+ "with a 30-second expiry.",
			"result", "p95 fell from 1.4 s to 380 ms on our Grafana dashboard and failed orders dropped to 0.1%.",
			"lessons", "I learned to measure before optimising; since then I always add a load test to the plan.");

	@Autowired
	MockMvc mvc;

	@Autowired
	PracticeService practice;

	@Autowired
	StoryService stories;

	@Autowired
	AccountPreferences preferences;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	AccountPrincipal me;

	@BeforeEach
	void signUp() {
		String name = "p" + UUID.randomUUID().toString().substring(0, 8);
		jdbc.update("insert into user_account (username, password_hash, created_at) values (?, ?, ?)", name, "{noop}x",
				Timestamp.from(Instant.now()));
		me = (AccountPrincipal) users.loadUserByUsername(name);
	}

	@Test
	void aRoundStartsOnAQuestionOfTheChosenCompetencyAndKeepsTheAnswerAsAnAttemptNotAStory() throws Exception {
		long id = startRound();
		PracticeService.PracticeRound round = practice.find(me.id(), id).orElseThrow();

		mvc.perform(get("/practice/" + id).with(as()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"countdown\"")))
			.andExpect(content().string(containsString("data-deadline=\"" + round.deadline() + "\"")));

		mvc.perform(post("/practice/" + id).with(as()).with(csrf())
			.param("sections[" + firstSection(round) + "]", "I paged the database team within five minutes."))
			.andExpect(status().is3xxRedirection());

		PracticeService.PracticeRound done = practice.find(me.id(), id).orElseThrow();
		assertThat(done.finished()).isTrue();
		assertThat(done.overall()).isNotNull();
		assertThat(done.storyId()).isNull();
		assertThat(stories.list(me.id())).isEmpty();
		mvc.perform(get("/practice/" + id).with(as()))
			.andExpect(content().string(containsString("class=\"scorecard\"")))
			.andExpect(content().string(containsString("id=\"save-new\"")))
			.andExpect(content().string(containsString("I paged the database team within five minutes.")));
	}

	@Test
	void saveAsNewStoryMakesOneStoryLinkedToTheQuestion() throws Exception {
		long id = startRound();
		PracticeService.PracticeRound round = practice.find(me.id(), id).orElseThrow();
		practice.finish(me.id(), id, Map.of(firstSection(round), "I paged the database team within five minutes."));

		String location = mvc.perform(post("/practice/" + id + "/story").with(as()).with(csrf()).param("target", "new"))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();

		long story = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		assertThat(stories.find(me.id(), story).orElseThrow().questionIds()).containsExactly(round.questionId());
		assertThat(stories.find(me.id(), story).orElseThrow().sections())
			.containsEntry(firstSection(round), "I paged the database team within five minutes.");
		assertThat(stories.revisions(me.id(), story)).hasSize(1);
		assertThat(practice.find(me.id(), id).orElseThrow().storyId()).isEqualTo(story);
	}

	@Test
	void addToStoryKeepsTheStorysEarlierTextAsARevision() throws Exception {
		long id = startRound();
		PracticeService.PracticeRound round = practice.find(me.id(), id).orElseThrow();
		long story = stories.create(me.id(), new StoryContent("Mine", round.framework(),
				Map.of(firstSection(round), "Old text."), "", Set.of(), Set.of())).id();
		practice.finish(me.id(), id, Map.of(firstSection(round), "New text from practice."));

		mvc.perform(post("/practice/" + id + "/story").with(as()).with(csrf()).param("target", String.valueOf(story)))
			.andExpect(status().is3xxRedirection());

		assertThat(stories.find(me.id(), story).orElseThrow().sections())
			.containsEntry(firstSection(round), "New text from practice.");
		assertThat(stories.revisions(me.id(), story)).hasSize(2);
		assertThat(stories.revisionContent(me.id(), story, stories.revisions(me.id(), story).get(1).id())
			.orElseThrow()
			.sections()).containsEntry(firstSection(round), "Old text.");
	}

	@Test
	void anOversizedAnswerIsRefusedBesideTheTextNotLost() throws Exception {
		long id = startRound();
		PracticeService.PracticeRound round = practice.find(me.id(), id).orElseThrow();
		String typed = "I acted. " + "x".repeat(10_001);

		mvc.perform(post("/practice/" + id).with(as()).with(csrf()).param("sections[" + firstSection(round) + "]", typed))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("at most 10000 characters")))
			.andExpect(content().string(containsString(typed)));
		assertThat(practice.find(me.id(), id).orElseThrow().finished()).isFalse();
	}

	private long startRound() throws Exception {
		String location = mvc.perform(post("/practice").with(as()).with(csrf()).param("competencies", "incident-response")
			.param("minutes", "3").param("mode", "pick"))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	@Test
	void prefersAQuestionNotPractisedRecently() {
		long first = practice.start(me.id(), Set.of("conflict-resolution"), 180).orElseThrow();
		String firstQuestion = practice.find(me.id(), first).orElseThrow().questionId();

		long second = practice.start(me.id(), Set.of("conflict-resolution"), 180).orElseThrow();

		assertThat(practice.find(me.id(), second).orElseThrow().questionId()).isNotEqualTo(firstQuestion);
	}

	@Test
	void anotherUsersRoundIs404() throws Exception {
		long id = practice.start(me.id(), Set.of(), 180).orElseThrow();
		String other = "o" + UUID.randomUUID().toString().substring(0, 8);
		jdbc.update("insert into user_account (username, password_hash, created_at) values (?, ?, ?)", other, "{noop}x",
				Timestamp.from(Instant.now()));

		mvc.perform(get("/practice/" + id).with(user(users.loadUserByUsername(other)))).andExpect(status().isNotFound());
	}

	@Test
	void progressDrawsScoresAsSvgWithATableAndNamesTheWeakestCriterion() throws Exception {
		long id = stories.create(me.id(), new StoryContent("Cache story", "star-l", STRONG, "", Set.of(), Set.of("ownership"))).id();
		stories.saveRevision(me.id(), id, 0, stories.find(me.id(), id).orElseThrow().content());

		mvc.perform(get("/progress").with(as()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<svg")))
			.andExpect(content().string(containsString("<title id=\"overall-chart-title\"")))
			.andExpect(content().string(containsString("<desc")))
			.andExpect(content().string(containsString("<table class=\"data-table\"")))
			.andExpect(content().string(containsString("is holding you back")));
	}

	@Test
	void neverNamesLessonsAsHoldingBackAStarStoryThatHasNoLessonsSection() throws Exception {
		Map<String, String> star = new HashMap<>(STRONG);
		star.remove("lessons");
		long id = stories.create(me.id(), new StoryContent("Cache story", "star", star, "", Set.of(), Set.of("ownership"))).id();
		stories.saveRevision(me.id(), id, 0, stories.find(me.id(), id).orElseThrow().content());

		mvc.perform(get("/progress").with(as()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is holding you back")))
			.andExpect(content().string(not(containsString("Lessons is holding you back"))));
	}

	@Test
	void coverageMarksGapsAndSuggestsAQuestion() throws Exception {
		stories.create(me.id(), new StoryContent("Cache story", "star-l", STRONG, "", Set.of(), Set.of("ownership")));

		mvc.perform(get("/coverage").with(as()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("8 to 12")))
			.andExpect(content().string(containsString("gap-row")))
			.andExpect(content().string(containsString("href=\"/stories/new?question=")));
	}

	@Test
	void lowAnxietyModeShowsNoScoreAnywhere() throws Exception {
		long id = stories.create(me.id(), new StoryContent("Calm story", "star-l", STRONG, "", Set.of(), Set.of("ownership"))).id();
		stories.saveRevision(me.id(), id, 0, stories.find(me.id(), id).orElseThrow().content());
		long round = practice.start(me.id(), Set.of(), 180).orElseThrow();
		mvc.perform(post("/practice/" + round).with(as()).with(csrf()).param("sections[x]", ""));
		preferences.setLowAnxiety(me.id(), true);
		long revision = stories.revisions(me.id(), id).get(0).id();

		for (String page : new String[] { "/stories", "/stories/" + id, "/stories/" + id + "/revisions/" + revision,
				"/practice", "/practice/" + round, "/progress", "/coverage", "/score" }) {
			mvc.perform(get(page).with(as()))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("overall-number"))))
				.andExpect(content().string(not(containsString("criterion-score"))))
				.andExpect(content().string(not(containsString("<meter"))))
				.andExpect(content().string(not(containsString("score-cell"))))
				.andExpect(content().string(not(containsString("<svg"))))
				.andExpect(content().string(not(matchesRegex("(?s).*\\(score \\d+\\).*"))))
				.andExpect(content().string(not(containsString("· score"))));
		}
		mvc.perform(get("/stories/" + id).with(as())).andExpect(content().string(containsString("Scores are hidden")));
	}

	private static String firstSection(PracticeService.PracticeRound round) {
		return switch (round.framework()) {
			case "incident-playbook" -> "triage";
			case "star", "star-l", "star-r" -> "situation";
			default -> "problem";
		};
	}

	private RequestPostProcessor as() {
		return user(me);
	}

}
