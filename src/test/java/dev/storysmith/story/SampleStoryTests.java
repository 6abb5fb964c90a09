package dev.storysmith.story;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import dev.storysmith.account.AccountPrincipal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The first-visit path on an empty story bank, and the sample story a new user opens and deletes. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:sample-story;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class SampleStoryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StoryService stories;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	@Test
	void anEmptyStoryBankWalksThroughThreeStepsAndOffersASample() throws Exception {
		mvc.perform(get("/stories").with(user(newUser())))
			.andExpect(content().string(containsString("Your first story in three steps")))
			.andExpect(content().string(containsString("id=\"open-sample\"")));
		mvc.perform(get("/"))
			.andExpect(content().string(containsString("Your first story in three steps")))
			.andExpect(content().string(not(containsString("id=\"open-sample\""))));
	}

	@Test
	void theSampleIsAMarkedScoredStoryWithCompetencyNamesThatTheUserCanDelete() throws Exception {
		AccountPrincipal me = newUser();
		String location = mvc.perform(post("/stories/sample").with(user(me)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		StoryView sample = stories.find(me.id(), id).orElseThrow();

		assertThat(sample.title()).startsWith("Sample:");
		assertThat(sample.competencies()).contains("ownership");
		assertThat(stories.score(sample.content()).overall()).isGreaterThanOrEqualTo(60);
		mvc.perform(get("/stories").with(user(me)))
			.andExpect(content().string(containsString("Sample: the nightly export nobody owned")))
			.andExpect(content().string(containsString(">Cross-team collaboration<")))
			.andExpect(content().string(not(containsString(">cross-team-collaboration<"))));

		mvc.perform(post("/stories/" + id + "/delete").with(user(me)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(stories.list(me.id())).isEmpty();
	}

	private AccountPrincipal newUser() {
		String name = "s" + UUID.randomUUID().toString().substring(0, 8);
		jdbc.update("insert into user_account (username, password_hash, created_at) values (?, ?, ?)", name, "{noop}x",
				Timestamp.from(Instant.now()));
		return (AccountPrincipal) users.loadUserByUsername(name);
	}

}
