package dev.storysmith.story;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import dev.storysmith.account.AccountPrincipal;
import dev.storysmith.rubric.RubricEngine;
import dev.storysmith.system.TestAccounts;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/** The editor shows spoken time at the rubric's rate, taken from the rules file, not typed into the page. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:stories-web;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class SpeakingRateAdviceTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StoryService stories;

	@Autowired
	RubricEngine rubric;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	UserDetailsService users;

	@Test
	void theEditorCarriesTheRubricsSpeakingRateAndCountsWithIt() throws Exception {
		AccountPrincipal me = (AccountPrincipal) users.loadUserByUsername(TestAccounts.create(jdbc, encoder));
		String words = "word ".repeat(rubric.wordsPerMinute()).strip();
		long id = stories.create(me.id(), new StoryContent("Rate", "star", Map.of("action", words), "", Set.of(),
				Set.of())).id();

		mvc.perform(get("/stories/" + id).with(user(me)))
			.andExpect(content().string(containsString("data-words-per-minute=\"" + rubric.wordsPerMinute() + "\"")))
			.andExpect(content().string(containsString(rubric.wordsPerMinute() + " words · about 60 s")));
	}

}
