package dev.storysmith.practice;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import dev.storysmith.account.AccountDeleted;
import dev.storysmith.account.AccountPrincipal;
import dev.storysmith.plan.PlanQueries;
import dev.storysmith.story.StoryContent;
import dev.storysmith.story.StoryService;
import dev.storysmith.system.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Mock interviews through the real pages, without script: start, answer, summary, keep, scope. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:mock-web;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@Import(MockWebTests.FixedTime.class)
class MockWebTests {

	static final String ANSWER = "Situation: Our checkout p95 latency was 1.4 s at peak and 2% of orders failed.\n"
			+ "Task: I was the tech lead of four engineers and owned the fix.\n"
			+ "Action: I profiled the service and found nine database calls per request. I chose a read-through cache "
			+ "over a bigger database because it cost less, accepting stale prices, which I mitigated with a "
			+ "30-second expiry.\n"
			+ "Result: p95 fell from 1.4 s to 380 ms on our Grafana dashboard and failed orders dropped to 0.1%.";

	static final String SRE_POSTING = "Site Reliability Engineer. You will own on-call for our payment services, lead incident "
			+ "response and write blameless postmortems, define SLOs and error budgets with product teams, and mentor "
			+ "two junior engineers. You work with stakeholders across the company.";

	@Autowired
	MockMvc mvc;

	@Autowired
	MockService mocks;

	@Autowired
	PlanQueries plans;

	@Autowired
	StoryService stories;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	AccountPrincipal me;

	@BeforeEach
	void signUp() {
		me = newUser();
	}

	@Test
	void aWholeMockRunsWithoutScriptAndItsSummaryIsKept() throws Exception {
		String location = mvc.perform(post("/mock").with(as(me)).with(csrf())
			.param("competencies", "incident-response", "mentoring-and-leadership")
			.param("count", "4")
			.param("format", "free")
			.param("mode", "pick"))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.substring("/mock/".length()));
		mvc.perform(get(location).with(as(me))).andExpect(redirectedUrl("/mock/" + id + "/questions/1"));

		for (int n = 1; n <= 4; n++) {
			Instant opened = clock.instant();
			mvc.perform(get("/mock/" + id + "/questions/" + n).with(as(me)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Question " + n + " of 4")))
				.andExpect(content().string(containsString("Aim to finish by "
						+ opened.plusSeconds(180).toString().substring(11, 19) + " UTC")))
				.andExpect(content().string(containsString("id=\"read-aloud\" class=\"secondary\" hidden")))
				.andExpect(content().string(not(containsString("class=\"scorecard\""))));
			clock.advance(Duration.ofSeconds(100 + 40L * n));
			mvc.perform(post("/mock/" + id + "/questions/" + n).with(as(me)).with(csrf())
				.param("sections[free]", ANSWER))
				.andExpect(redirectedUrl("/mock/" + id));
		}

		MockService.Summary summary = mocks.summary(me.id(), id).orElseThrow();
		assertThat(summary.answers()).extracting(a -> a.answer().used())
			.containsExactly(Duration.ofSeconds(140), Duration.ofSeconds(180), Duration.ofSeconds(220),
					Duration.ofSeconds(260));
		assertThat(summary.answers()).extracting(MockService.ScoredAnswer::timing)
			.containsExactly(MockService.Timing.ON_TARGET, MockService.Timing.ON_TARGET, MockService.Timing.OVER,
					MockService.Timing.OVER);
		assertThat(summary.competencies()).isNotEmpty();
		String page = mvc.perform(get("/mock/" + id).with(as(me)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"scorecard-1\"")))
			.andExpect(content().string(containsString("id=\"scorecard-4\"")))
			.andExpect(content().string(containsString("2:20")))
			.andExpect(content().string(containsString("within 2 to 3 minutes")))
			.andExpect(content().string(containsString("over 3 minutes")))
			.andExpect(content().string(containsString("Weakest criterion across the mock: "
					+ summary.weakest().orElseThrow().label())))
			.andExpect(content().string(containsString("Mean score " + summary.mock().overall() + " over 4 answers.")))
			.andReturn().getResponse().getContentAsString();

		clock.advance(Duration.ofDays(3));
		assertThat(withoutTokens(mvc.perform(get("/mock/" + id).with(as(me))).andReturn().getResponse().getContentAsString()))
			.as("the summary reads the same later").isEqualTo(withoutTokens(page));
		mvc.perform(get("/progress").with(as(me)))
			.andExpect(content().string(containsString("id=\"mock-points\"")))
			.andExpect(content().string(containsString("href=\"/mock/" + id + "\"")))
			.andExpect(content().string(containsString("Mock interviews (mean)")));
		mvc.perform(get("/mock").with(as(me)))
			.andExpect(content().string(containsString("Summary (mean score " + summary.mock().overall() + ")")));
	}

	@Test
	void aSectionedMockShowsTheFrameworksBoxesAndAnAnswerGoesIntoAStoryOfThatFramework() throws Exception {
		long id = start(me, "star", 4);
		mvc.perform(get("/mock/" + id + "/questions/1").with(as(me)))
			.andExpect(content().string(containsString("name=\"sections[situation]\"")))
			.andExpect(content().string(containsString("name=\"sections[result]\"")));
		answerAll(me, id, 4);
		long story = stories.create(me.id(), new StoryContent("Mine", "star", Map.of("situation", "Old text."), "",
				Set.of(), Set.of())).id();

		mvc.perform(post("/mock/" + id + "/answers/2/story").with(as(me)).with(csrf()).param("target", String.valueOf(story)))
			.andExpect(redirectedUrl("/mock/" + id + "#answer-2"))
			.andExpect(flash().attribute("message", "mock.saved.existing"));
		assertThat(stories.find(me.id(), story).orElseThrow().sections()).containsEntry("situation", "We had an outage.");
		assertThat(stories.revisions(me.id(), story)).hasSize(2);

		mvc.perform(post("/mock/" + id + "/answers/3/story").with(as(me)).with(csrf()).param("target", "new"))
			.andExpect(flash().attribute("message", "mock.saved.new"));
		MockService.AnswerView third = mocks.find(me.id(), id).orElseThrow().answers().get(2);
		assertThat(third.storyId()).isNotNull();
		assertThat(stories.find(me.id(), third.storyId()).orElseThrow().questionIds()).containsExactly(third.questionId());
		assertThat(stories.find(me.id(), third.storyId()).orElseThrow().title()).isEqualTo(third.questionTitle());
		mvc.perform(get("/mock/" + id).with(as(me)))
			.andExpect(content().string(containsString("href=\"/stories/" + third.storyId() + "\"")));
	}

	@Test
	void aFreeAnswerWithoutLabelsBecomesANewStorysNotesButCannotReplaceAStory() throws Exception {
		long id = start(me, "free", 4);
		for (int n = 1; n <= 4; n++) {
			mvc.perform(get("/mock/" + id + "/questions/" + n).with(as(me)));
			mvc.perform(post("/mock/" + id + "/questions/" + n).with(as(me)).with(csrf())
				.param("sections[free]", "I restarted the cache and the errors stopped."));
		}
		MockService.AnswerView first = mocks.find(me.id(), id).orElseThrow().answers().get(0);
		long story = stories.create(me.id(), new StoryContent("Mine", first.framework(), Map.of(), "", Set.of(),
				Set.of())).id();

		mvc.perform(post("/mock/" + id + "/answers/1/story").with(as(me)).with(csrf()).param("target", String.valueOf(story)))
			.andExpect(flash().attribute("error", "mock.save.needsNew"));
		assertThat(stories.revisions(me.id(), story)).isEmpty();

		mvc.perform(post("/mock/" + id + "/answers/1/story").with(as(me)).with(csrf()).param("target", "new"));
		long created = mocks.find(me.id(), id).orElseThrow().answers().get(0).storyId();
		assertThat(stories.find(me.id(), created).orElseThrow().unplacedNotes())
			.isEqualTo("I restarted the cache and the errors stopped.");
	}

	@Test
	void refusedInputKeepsTheTextAndSaysWhyAndNothingIsRecorded() throws Exception {
		long id = start(me, "free", 4);
		mvc.perform(get("/mock/" + id + "/questions/1").with(as(me)));
		String tooLong = "I fixed it. ".repeat(900);

		mvc.perform(post("/mock/" + id + "/questions/1").with(as(me)).with(csrf()).param("sections[free]", tooLong))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("An answer box may hold at most 10000 characters")))
			.andExpect(content().string(containsString(tooLong.strip())));
		mvc.perform(post("/mock/" + id + "/questions/1").with(as(me)).with(csrf()).param("sections[free]", "   "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Write your answer before going on")));

		assertThat(mocks.find(me.id(), id).orElseThrow().answered()).isZero();
	}

	@Test
	void aBadStartSaysWhyAndKeepsTheChoices() throws Exception {
		mvc.perform(post("/mock").with(as(me)).with(csrf()).param("competencies", "ownership").param("count", "9")
			.param("format", "star").param("mode", "pick"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A mock has 4, 5 or 6 questions.")))
			.andExpect(content().string(containsString("value=\"ownership\" checked")))
			.andExpect(content().string(containsString("value=\"star\" selected")));
		mvc.perform(post("/mock").with(as(me)).with(csrf()).param("count", "5").param("format", "no-such-framework")
			.param("mode", "surprise"))
			.andExpect(content().string(containsString("Choose one free answer box or one of the frameworks listed.")));
		mvc.perform(post("/mock").with(as(me)).with(csrf()).param("count", "5").param("format", "free")
			.param("mode", "pick"))
			.andExpect(content().string(containsString("Tick at least one competency, or press Surprise me.")));
		mvc.perform(post("/mock").with(as(me)).with(csrf()).param("competencies", "not-a-competency")
			.param("count", "5").param("format", "free").param("mode", "pick"))
			.andExpect(content().string(containsString("One of the competencies is not in the bank")));
		mvc.perform(post("/mock").with(as(me)).with(csrf()).param("competencies", "x".repeat(81))
			.param("count", "5").param("format", "free").param("mode", "pick"))
			.andExpect(content().string(containsString("One of the competencies is not in the bank")));
		assertThat(mocks.list(me.id())).isEmpty();
	}

	@Test
	void goingBackOrSendingTwiceKeepsTheFirstAnswerAndAnAbandonedMockResumes() throws Exception {
		long id = start(me, "free", 5);
		mvc.perform(get("/mock/" + id + "/questions/1").with(as(me)));
		mvc.perform(post("/mock/" + id + "/questions/1").with(as(me)).with(csrf()).param("sections[free]", "First."));

		mvc.perform(post("/mock/" + id + "/questions/1").with(as(me)).with(csrf()).param("sections[free]", "Second."))
			.andExpect(redirectedUrl("/mock/" + id))
			.andExpect(flash().attribute("message", "mock.alreadyAnswered"));
		mvc.perform(get("/mock/" + id + "/questions/1").with(as(me))).andExpect(redirectedUrl("/mock/" + id));
		mvc.perform(get("/mock/" + id + "/questions/3").with(as(me))).andExpect(redirectedUrl("/mock/" + id));
		mvc.perform(post("/mock/" + id + "/questions/3").with(as(me)).with(csrf()).param("sections[free]", "Ahead."))
			.andExpect(redirectedUrl("/mock/" + id));

		MockService.MockView mock = mocks.find(me.id(), id).orElseThrow();
		assertThat(mock.answers().get(0).sections()).containsEntry("free", "First.");
		assertThat(mock.answered()).isEqualTo(1);
		mvc.perform(get("/mock").with(as(me)))
			.andExpect(content().string(containsString("Resume (1 of 5 answered)")));
		mvc.perform(get("/mock/" + id).with(as(me))).andExpect(redirectedUrl("/mock/" + id + "/questions/2"));
	}

	@Test
	void anotherUsersMockIsNotFoundAnywhere() throws Exception {
		long id = start(me, "free", 4);
		answerAll(me, id, 4);
		AccountPrincipal other = newUser();

		mvc.perform(get("/mock/" + id).with(as(other))).andExpect(status().isNotFound());
		mvc.perform(get("/mock/" + id + "/questions/1").with(as(other))).andExpect(status().isNotFound());
		mvc.perform(post("/mock/" + id + "/questions/1").with(as(other)).with(csrf()).param("sections[free]", "Mine now."))
			.andExpect(status().isNotFound());
		mvc.perform(post("/mock/" + id + "/answers/1/story").with(as(other)).with(csrf()).param("target", "new"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/mock").with(as(other))).andExpect(content().string(not(containsString("/mock/" + id + "\""))));
		assertThat(stories.list(other.id())).isEmpty();

		long othersStory = stories.create(other.id(), new StoryContent("Theirs", "star", Map.of(), "", Set.of(),
				Set.of())).id();
		mvc.perform(post("/mock/" + id + "/answers/1/story").with(as(me)).with(csrf())
			.param("target", String.valueOf(othersStory)))
			.andExpect(status().isNotFound());
		assertThat(stories.revisions(other.id(), othersStory)).isEmpty();
	}

	@Test
	void deletingTheAccountDeletesItsMocks() throws Exception {
		long id = start(me, "free", 4);
		answerAll(me, id, 4);
		long others = start(newUser(), "free", 4);

		transactions.executeWithoutResult(tx -> events.publishEvent(new AccountDeleted(me.id())));

		assertThat(jdbc.queryForObject("select count(*) from mock_interview where owner_id = ?", Integer.class, me.id()))
			.isZero();
		assertThat(jdbc.queryForObject("select count(*) from mock_answer where mock_id = ?", Integer.class, id)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from mock_answer where mock_id = ?", Integer.class, others))
			.isEqualTo(4);
	}

	@Test
	void aSavedPlansQuestionsComeFirstAndOnlyItsOwnerCanRunIt() throws Exception {
		String planUrl = mvc.perform(post("/plan").with(as(me)).with(csrf()).param("posting", SRE_POSTING))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		long plan = Long.parseLong(planUrl.substring("/plan/".length()));
		List<String> planned = plans.find(me.id(), plan).orElseThrow().questionIds();
		assertThat(planned).isNotEmpty();

		mvc.perform(get("/mock").param("plan", String.valueOf(plan)).with(as(me)))
			.andExpect(content().string(containsString("value=\"" + plan + "\" selected")));
		String location = mvc.perform(post("/mock").with(as(me)).with(csrf()).param("mode", "plan")
			.param("plan", String.valueOf(plan)).param("count", "4").param("format", "free"))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		MockService.MockView mock = mocks.find(me.id(), Long.parseLong(location.substring("/mock/".length())))
			.orElseThrow();

		assertThat(mock.planId()).isEqualTo(plan);
		assertThat(mock.answers()).hasSize(4);
		assertThat(mock.answers().stream().map(MockService.AnswerView::questionId).toList())
			.startsWith(planned.subList(0, Math.min(4, planned.size())).toArray(String[]::new));

		AccountPrincipal other = newUser();
		mvc.perform(get("/mock").param("plan", String.valueOf(plan)).with(as(other)))
			.andExpect(content().string(not(containsString("value=\"" + plan + "\""))));
		mvc.perform(post("/mock").with(as(other)).with(csrf()).param("mode", "plan")
			.param("plan", String.valueOf(plan)).param("count", "4").param("format", "free"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose one of your saved plans.")));
		assertThat(mocks.list(other.id())).isEmpty();
	}

	private long start(AccountPrincipal who, String format, int count) throws Exception {
		String location = mvc.perform(post("/mock").with(as(who)).with(csrf())
			.param("count", String.valueOf(count))
			.param("format", format)
			.param("mode", "surprise"))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring("/mock/".length()));
	}

	private void answerAll(AccountPrincipal who, long id, int count) throws Exception {
		for (int n = 1; n <= count; n++) {
			mvc.perform(get("/mock/" + id + "/questions/" + n).with(as(who)));
			ResultActions sent = mvc.perform(post("/mock/" + id + "/questions/" + n).with(as(who)).with(csrf())
				.param("sections[free]", ANSWER)
				.param("sections[situation]", "We had an outage.")
				.param("sections[action]", "I rolled back the release within ten minutes."));
			sent.andExpect(redirectedUrl("/mock/" + id));
		}
	}

	/** Each page carries a fresh CSRF token; everything else must match. */
	private static String withoutTokens(String page) {
		return page.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\"")
			.replaceAll("<meta name=\"_csrf\" content=\"[^\"]*\"", "<meta name=\"_csrf\"");
	}

	private AccountPrincipal newUser() {
		String name = "m" + UUID.randomUUID().toString().substring(0, 8);
		jdbc.update("insert into user_account (username, password_hash, created_at) values (?, ?, ?)", name, "{noop}x",
				Timestamp.from(Instant.now()));
		return (AccountPrincipal) users.loadUserByUsername(name);
	}

	private static RequestPostProcessor as(AccountPrincipal who) {
		return user(who);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class FixedTime {

		@Bean
		@Primary
		MutableClock mockTestClock() {
			return new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
		}

	}

}
