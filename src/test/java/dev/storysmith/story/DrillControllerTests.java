package dev.storysmith.story;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import dev.storysmith.account.AccountPreferences;
import dev.storysmith.account.AccountPrincipal;
import dev.storysmith.system.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The follow-up drill without script: a plain form per follow-up, answers scored and kept, added with one click. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:drill-web;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class DrillControllerTests {

	static final String ANSWER = "p95 went from 1.4 s to 420 ms, measured on our Grafana dashboard over two weeks.";

	@Autowired
	MockMvc mvc;

	@Autowired
	StoryService stories;

	@Autowired
	AccountPreferences preferences;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	AccountPrincipal alice;

	AccountPrincipal bob;

	long story;

	@BeforeEach
	void storyWithAVagueClaim() {
		alice = (AccountPrincipal) users.loadUserByUsername(TestAccounts.create(jdbc, encoder));
		bob = (AccountPrincipal) users.loadUserByUsername(TestAccounts.create(jdbc, encoder));
		story = stories.create(alice.id(), new StoryContent("Checkout", "star-l",
				Map.of("action", "We rewrote the checkout queries and it got a lot faster.", "result", "Customers were happy."),
				"", Set.of(), Set.of())).id();
	}

	@Test
	void everyFollowUpHasItsOwnFormAndAnAnswerIsScoredOnWhatItProbes() throws Exception {
		String page = mvc.perform(get("/stories/" + story + "/drill").with(user(alice)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("You said it &quot;a lot faster&quot;: from what, to what?", "drill.js");
		assertThat(page.split("class=\"drill-form\"", -1).length - 1).isBetween(3, 5);
		assertThat(page.split("name=\"index\"", -1).length - 1).isEqualTo(page.split("class=\"drill-form\"", -1).length - 1);

		mvc.perform(post("/stories/" + story + "/drill").with(user(alice)).with(csrf()).param("index", "0").param("answer", ANSWER))
			.andExpect(status().is3xxRedirection());

		Map<String, Object> kept = jdbc.queryForMap("SELECT criterion, score, section_id FROM story_drill_answer WHERE story_id = ?", story);
		assertThat(kept.get("CRITERION")).isEqualTo("metrics");
		assertThat((Integer) kept.get("SCORE")).isGreaterThanOrEqualTo(3);
		assertThat(kept.get("SECTION_ID")).isEqualTo("result");
		mvc.perform(get("/stories/" + story + "/drill").with(user(alice)))
			.andExpect(content().string(containsString(ANSWER)))
			.andExpect(content().string(containsString("class=\"drill-score\"")))
			.andExpect(content().string(containsString("Add to Result")));
	}

	@Test
	void oneClickAddsTheAnswerToItsSectionOnce() throws Exception {
		mvc.perform(post("/stories/" + story + "/drill").with(user(alice)).with(csrf()).param("index", "0").param("answer", ANSWER));
		long answer = jdbc.queryForObject("SELECT id FROM story_drill_answer WHERE story_id = ?", Long.class, story);

		mvc.perform(post("/stories/" + story + "/drill/answers/" + answer + "/add").with(user(alice)).with(csrf()))
			.andExpect(redirectedUrl("/stories/" + story + "/drill#answer-" + answer));
		mvc.perform(post("/stories/" + story + "/drill/answers/" + answer + "/add").with(user(alice)).with(csrf()));

		assertThat(stories.find(alice.id(), story).orElseThrow().sections().get("result"))
			.isEqualTo("Customers were happy.\n\n" + ANSWER);
		mvc.perform(get("/stories/" + story + "/drill").with(user(alice)))
			.andExpect(content().string(containsString("Added to Result.")));
	}

	@Test
	void aBlankOrOverlongAnswerIsRefusedWithAMessageAndTheTextKept() throws Exception {
		mvc.perform(post("/stories/" + story + "/drill").with(user(alice)).with(csrf()).param("index", "1").param("answer", "  "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Write an answer before sending it.")));
		String tooLong = "x".repeat(1001);
		mvc.perform(post("/stories/" + story + "/drill").with(user(alice)).with(csrf()).param("index", "1").param("answer", tooLong))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Keep the answer under 1000 characters")))
			.andExpect(content().string(containsString(tooLong)));
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM story_drill_answer WHERE story_id = ?", Long.class, story)).isZero();
	}

	@Test
	void lowAnxietyModeHidesDrillScoresButKeepsTheFollowUps() throws Exception {
		mvc.perform(post("/stories/" + story + "/drill").with(user(alice)).with(csrf()).param("index", "0").param("answer", ANSWER));
		preferences.setLowAnxiety(alice.id(), true);

		mvc.perform(get("/stories/" + story + "/drill").with(user(alice)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("drill-question")))
			.andExpect(content().string(containsString(ANSWER)))
			.andExpect(content().string(not(containsString("drill-score"))));
	}

	@Test
	void anotherUsersStoryIs404() throws Exception {
		mvc.perform(post("/stories/" + story + "/drill").with(user(alice)).with(csrf()).param("index", "0").param("answer", ANSWER));
		long answer = jdbc.queryForObject("SELECT id FROM story_drill_answer WHERE story_id = ?", Long.class, story);

		mvc.perform(get("/stories/" + story + "/drill").with(user(bob))).andExpect(status().isNotFound());
		mvc.perform(post("/stories/" + story + "/drill").with(user(bob)).with(csrf()).param("index", "0").param("answer", ANSWER))
			.andExpect(status().isNotFound());
		mvc.perform(post("/stories/" + story + "/drill/answers/" + answer + "/add").with(user(bob)).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(stories.find(alice.id(), story).orElseThrow().sections().get("result")).isEqualTo("Customers were happy.");
	}

}
