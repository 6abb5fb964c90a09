package dev.storysmith.practice;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import dev.storysmith.account.AccountPrincipal;
import dev.storysmith.story.StoryCommands;
import dev.storysmith.story.StoryContent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Saving and reading rehearsals through the real endpoints: validation, owner scope, history. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:rehearsal-web;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class RehearsalWebTests {

	static final Map<String, String> STORY = Map.of(
			"situation", "Checkout latency doubled during the spring sale. Customers abandoned carts.",
			"action", "I profiled the service and added a read-through cache.",
			"result", "Latency fell to 300 ms and abandoned carts dropped by a third.");

	@Autowired
	MockMvc mvc;

	@Autowired
	StoryCommands stories;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	AccountPrincipal me;

	long story;

	@BeforeEach
	void signUp() {
		me = account();
		story = stories.createWithRevision(me.id(),
				new StoryContent("Checkout latency", "star-l", STORY, "", Set.of(), Set.of())).id();
	}

	@Test
	void aSavedRehearsalKeepsItsNumbersAndTranscriptAndShowsWhatWasNotSaid() throws Exception {
		String location = save(me, body(story, "situation", "Action:\\nUm, basically I profiled the service and added a read-through cache."))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.url").value(startsWith("/rehearsals/")))
			.andReturn()
			.getResponse()
			.getHeader("Location");

		mvc.perform(get(location).with(user(me)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("about 150 words a minute (likely 130-170)")))
			.andExpect(content().string(containsString("Customers abandoned carts.")))
			.andExpect(content().string(containsString("Latency fell to 300 ms")))
			.andExpect(content().string(not(containsString("<dd>I profiled the service"))))
			.andExpect(content().string(containsString("class=\"scorecard\"")))
			// the transcript is asked about like any draft: what an interviewer would ask next
			.andExpect(content().string(containsString("class=\"follow-up\"")));
		mvc.perform(get("/rehearse").param("story", String.valueOf(story)).with(user(me)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(location)))
			.andExpect(content().string(containsString("Checkout latency doubled during the …")));
		mvc.perform(get("/progress").with(user(me)))
			.andExpect(content().string(containsString("Pace from 150 to 150 words a minute (estimated) and pauses over 2 s from 1 to 1")));
		assertThat(jdbc.queryForObject("select transcript from rehearsal where owner_id = ?", String.class, me.id()))
			.startsWith("Action:");
	}

	@Test
	void anotherUsersStoryOrRehearsalAnswers404() throws Exception {
		AccountPrincipal other = account();
		save(other, body(story, "situation", "")).andExpect(status().isNotFound())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")))
			.andExpect(jsonPath("$.errors[0].field").value("storyId"));
		String location = save(me, body(story, "situation", "")).andReturn().getResponse().getHeader("Location");
		mvc.perform(get(location).with(user(other))).andExpect(status().isNotFound());
		mvc.perform(get("/rehearse").param("story", String.valueOf(story)).with(user(other)))
			.andExpect(status().isNotFound());
		assertThat(jdbc.queryForObject("select count(*) from rehearsal where owner_id = ?", Integer.class, other.id()))
			.isZero();
	}

	@Test
	void deletingAStoryDeletesItsRehearsalsAndNoOtherStorys() throws Exception {
		long kept = stories.createWithRevision(me.id(),
				new StoryContent("Another story", "star-l", STORY, "", Set.of(), Set.of())).id();
		save(me, body(story, "situation", "I profiled the service.")).andExpect(status().isCreated());
		save(me, body(story, "situation", "")).andExpect(status().isCreated());
		save(me, body(kept, "situation", "")).andExpect(status().isCreated());

		mvc.perform(delete("/api/stories/" + story).with(user(me)).with(csrf())).andExpect(status().isNoContent());

		assertThat(jdbc.queryForObject("select count(*) from rehearsal where story_id = ?", Integer.class, story))
			.isZero();
		assertThat(jdbc.queryForObject("select count(*) from rehearsal where story_id = ?", Integer.class, kept))
			.isOne();
	}

	@Test
	void badNumbersAreRefusedWithAProblemNamingTheField() throws Exception {
		String tooLong = "x".repeat(RehearsalRequest.MAX_TRANSCRIPT + 1);
		save(me, body(story, "situation", tooLong)).andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")))
			.andExpect(jsonPath("$.errors[0].field").value("transcript"))
			.andExpect(jsonPath("$.detail").value(containsString("at most 20000 characters")));
		save(me, body(story, "not-a-section", "")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("sections"));
		save(me, body(story, "situation", "").replace("\"speakingMs\":100000", "\"speakingMs\":200000"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("Speaking time cannot be longer than the rehearsal."));
		save(me, body(story, "situation", "").replace("\"durationMs\":150000", "\"durationMs\":99999999"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("durationMs"));
		save(me, "{ not json").andExpect(status().isBadRequest());
		mvc.perform(post("/rehearsals").with(user(me)).contentType(MediaType.APPLICATION_JSON).content(body(story, "situation", "")))
			.andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject("select count(*) from rehearsal where owner_id = ?", Integer.class, me.id()))
			.isZero();
	}

	@Test
	void theStoryEditorOffersToRehearseAloud() throws Exception {
		mvc.perform(get("/stories/" + story).with(user(me)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/rehearse?story=" + story + "\"")));
	}

	@Test
	void withoutAStoryThePageOffersTheStoriesWithText() throws Exception {
		mvc.perform(get("/rehearse").with(user(me)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/rehearse?story=" + story)));
	}

	private ResultActions save(AccountPrincipal who, String json) throws Exception {
		return mvc.perform(post("/rehearsals").with(user(who)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
			.content(json));
	}

	/** 2.5 minutes with one pause, all of it on one card. */
	private static String body(long story, String section, String transcript) {
		return """
				{"storyId":%d,"durationMs":150000,"speakingMs":100000,"longestRunMs":90000,"syllables":560,
				 "wpm":150,"wpmLow":130,"wpmHigh":170,
				 "pauses":[{"atMs":60000,"lengthMs":2500,"section":"%s"}],
				 "sections":{"%s":150000},"transcript":"%s"}""".formatted(story, section, section, transcript);
	}

	private AccountPrincipal account() {
		String name = "r" + UUID.randomUUID().toString().substring(0, 8);
		jdbc.update("insert into user_account (username, password_hash, created_at) values (?, ?, ?)", name, "{noop}x",
				Timestamp.from(Instant.now()));
		return (AccountPrincipal) users.loadUserByUsername(name);
	}

}
