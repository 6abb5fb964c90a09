package dev.storysmith.story.export;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import dev.storysmith.story.StoryContent;
import dev.storysmith.story.StoryService;
import dev.storysmith.story.StoryView;
import dev.storysmith.system.TestAccounts;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The Markdown exports for API clients: HTTP Basic, problem JSON for an unknown or foreign story. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:export-web;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class ExportApiControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StoryService stories;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	long aliceId;

	RequestPostProcessor alice;

	RequestPostProcessor bob;

	@BeforeEach
	void users() {
		String a = TestAccounts.create(jdbc, encoder);
		aliceId = TestAccounts.id(jdbc, a);
		alice = httpBasic(a, TestAccounts.PASSWORD);
		bob = httpBasic(TestAccounts.create(jdbc, encoder), TestAccounts.PASSWORD);
	}

	@Test
	void exportsOneStoryAndAllStoriesAsMarkdown() throws Exception {
		StoryView story = stories.create(aliceId, new StoryContent("Cache stampede", "star",
				Map.of("action", "I added request coalescing."), "", Set.of(), Set.of("ownership")));

		mvc.perform(get("/api/stories/" + story.id() + "/export.md").with(alice))
			.andExpect(status().isOk())
			.andExpect(content().contentType("text/markdown;charset=UTF-8"))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"cache-stampede.md\""))
			.andExpect(content().string(startsWith("# Cache stampede\n\n- **Framework:** STAR\n- **Competencies:** Ownership\n")))
			.andExpect(content().string(containsString("## Action\n\nI added request coalescing.\n")));
		mvc.perform(get("/api/stories/export.md").with(alice))
			.andExpect(status().isOk())
			.andExpect(content().contentType("text/markdown;charset=UTF-8"))
			.andExpect(content().string(containsString("## Cache stampede\n")));
	}

	@Test
	void anotherUsersStoryIsAProblem404() throws Exception {
		StoryView story = stories.create(aliceId,
				new StoryContent("Alice only", "star", Map.of("action", "Mine."), "", Set.of(), Set.of()));

		mvc.perform(get("/api/stories/" + story.id() + "/export.md").with(bob))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("No story has the id '" + story.id() + "'."));
		mvc.perform(get("/api/stories/export.md").with(bob))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Alice only"))));
	}

	@Test
	void aClientAskingForMarkdownGetsItAndStillGetsAProblemFor404() throws Exception {
		StoryView story = stories.create(aliceId,
				new StoryContent("Asked for", "star", Map.of("action", "Mine."), "", Set.of(), Set.of()));

		mvc.perform(get("/api/stories/" + story.id() + "/export.md").with(alice).accept("text/markdown"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("text/markdown;charset=UTF-8"));
		mvc.perform(get("/api/stories/" + story.id() + "/export.md").with(bob).accept("text/markdown"))
			.andExpect(status().isNotFound());
	}

	@Test
	void needsCredentials() throws Exception {
		mvc.perform(get("/api/stories/export.md")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/stories/1/export.md")).andExpect(status().isUnauthorized());
	}

}
