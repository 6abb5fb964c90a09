package dev.storysmith.story;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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

import dev.storysmith.account.AccountPrincipal;
import dev.storysmith.system.TestAccounts;

/** The finder's pages: the box on /stories, /stories/match for a text or a question, and the question page's link. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:stories-web;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class StoryMatchControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StoryService stories;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	UserDetailsService users;

	AccountPrincipal alice;

	@BeforeEach
	void users() {
		alice = (AccountPrincipal) users.loadUserByUsername(TestAccounts.create(jdbc, encoder));
	}

	@Test
	void theStoryBankHasTheBoxAndItsResultsLinkToTheEditorWithTheReasonsEscaped() throws Exception {
		long id = stories.create(alice.id(), new StoryContent("The <b>outage</b> night", "star-l",
				Map.of("action", "I rolled back and wrote the postmortem."), "", Set.of(), Set.of("incident-response"))).id();

		mvc.perform(get("/stories").with(user(alice)))
			.andExpect(content().string(containsString("action=\"/stories/match\"")))
			.andExpect(content().string(containsString("Which of my stories fits this question?")));
		mvc.perform(get("/stories/match").param("q", "Tell me about an outage.").with(user(alice)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/stories/" + id + "\">The &lt;b&gt;outage&lt;/b&gt; night</a>")))
			.andExpect(content().string(containsString("<li>mentions postmortem, outage</li>")))
			.andExpect(content().string(containsString("/100 fit")))
			.andExpect(content().string(containsString(">Tell me about an outage.</textarea>")));
	}

	@Test
	void withoutAMatchThePageSaysWhatToDo() throws Exception {
		mvc.perform(get("/stories/match").param("question", "led-a-major-incident").with(user(alice)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Walk me through a major production incident you led")))
			.andExpect(content().string(containsString("None of your stories fits this yet.")))
			.andExpect(content().string(containsString("href=\"/stories/new?question=led-a-major-incident\"")));
	}

	@Test
	void aRefusedTextStaysInTheBoxWithTheReason() throws Exception {
		String tooLong = "outage ".repeat(300);
		mvc.perform(get("/stories/match").param("q", tooLong).with(user(alice)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("this text has 2,100")))
			.andExpect(content().string(containsString(tooLong.strip())))
			.andExpect(content().string(not(containsString("None of your stories fits"))));
		mvc.perform(get("/stories/match").param("q", " ").with(user(alice)))
			.andExpect(content().string(containsString("Paste a question to compare your stories with.")));
		mvc.perform(get("/stories/match").with(user(alice)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("class=\"error\""))));
	}

	@Test
	void anUnknownQuestionIsNotFoundAndSignedOutVisitorsSignInFirst() throws Exception {
		mvc.perform(get("/stories/match").param("question", "no-such-question").with(user(alice)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/stories/match").param("question", "led-a-major-incident"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void everyQuestionPageLinksToTheFinderTheSameForEveryone() throws Exception {
		String link = "href=\"/stories/match?question=led-a-major-incident\">Which of my stories fits?</a>";
		mvc.perform(get("/questions/led-a-major-incident")).andExpect(content().string(containsString(link)));
		mvc.perform(get("/questions/led-a-major-incident").with(user(alice)))
			.andExpect(content().string(containsString(link)));
	}

}
