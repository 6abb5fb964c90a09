package dev.storysmith.story.export;

import java.nio.charset.StandardCharsets;
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
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import dev.storysmith.account.AccountPrincipal;
import dev.storysmith.story.StoryContent;
import dev.storysmith.story.StoryService;
import dev.storysmith.story.StoryView;
import dev.storysmith.system.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Markdown downloads and the print page, signed in with a session; only ever the owner's stories. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:export-web;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class ExportControllerTests {

	static final String SCRIPT = "<script>alert('x')</script>";

	@Autowired
	MockMvc mvc;

	@Autowired
	StoryService stories;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	AccountPrincipal alice;

	AccountPrincipal bob;

	@BeforeEach
	void users() {
		alice = (AccountPrincipal) users.loadUserByUsername(TestAccounts.create(jdbc, encoder));
		bob = (AccountPrincipal) users.loadUserByUsername(TestAccounts.create(jdbc, encoder));
	}

	@Test
	void exportsOneStoryAsAMarkdownDownloadInSpeakingOrder() throws Exception {
		StoryView story = stories.create(alice.id(), new StoryContent("Idempotent payments: a retry story!", "star-l",
				Map.of("result", "Duplicates fell from 0.4% to 0%.", "situation", "Duplicate charges hit 0.4% of orders.",
						"action", "I added idempotency keys."),
				"", Set.of("proudest-project"), Set.of("ownership", "technical-judgment")));

		String markdown = mvc.perform(get("/stories/" + story.id() + "/export.md").with(user(alice)))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "text/markdown;charset=UTF-8"))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"idempotent-payments-a-retry-story.md\""))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(markdown).startsWith("# Idempotent payments: a retry story!\n\n- **Framework:** STAR+L\n");
		assertThat(markdown).contains("- **Competencies:** Ownership, Technical judgment\n")
			.contains("- **Questions:**\n  - Tell me about the project you are most proud of\n");
		assertThat(markdown).containsSubsequence("## Situation\n\nDuplicate charges hit 0.4% of orders.\n",
				"## Task\n\n_(not written yet)_\n", "## Action\n\nI added idempotency keys.\n",
				"## Result\n\nDuplicates fell from 0.4% to 0%.\n", "## Lessons\n");
		assertThat(markdown).doesNotContain("Unplaced notes");
	}

	@Test
	void addsUnplacedNotesAndKeepsMarkupAsPlainTextInADownload() throws Exception {
		StoryView story = stories.create(alice.id(), new StoryContent(SCRIPT, "star",
				Map.of("action", "I wrote " + SCRIPT), "Old lessons:\nMeasure first.", Set.of(), Set.of()));

		mvc.perform(get("/stories/" + story.id() + "/export.md").with(user(alice)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("text/markdown;charset=UTF-8"))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"script-alert-x-script.md\""))
			.andExpect(content().string(containsString("## Unplaced notes\n\nOld lessons:\nMeasure first.\n")))
			.andExpect(content().string(containsString("I wrote " + SCRIPT)));
	}

	@Test
	void anotherUsersStoryIsNotFoundOnEveryExport() throws Exception {
		StoryView story = stories.create(alice.id(),
				new StoryContent("Alice's secret", "star", Map.of("action", "Private."), "", Set.of(), Set.of()));

		mvc.perform(get("/stories/" + story.id() + "/export.md").with(user(bob))).andExpect(status().isNotFound());
		mvc.perform(get("/stories/999999/export.md").with(user(bob))).andExpect(status().isNotFound());
		mvc.perform(get("/stories/export.md").with(user(bob)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Alice's secret"))));
		mvc.perform(get("/stories/print").with(user(bob)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Alice&#39;s secret"))))
			.andExpect(content().string(containsString("You have no stories yet")));
	}

	@Test
	void exportsAllStoriesAsOneDocument() throws Exception {
		stories.create(alice.id(), new StoryContent("First story", "star", Map.of("action", "One."), "", Set.of(), Set.of()));
		stories.create(alice.id(), new StoryContent("Second story", "star-l", Map.of("action", "Two."), "", Set.of(), Set.of()));

		String markdown = mvc.perform(get("/stories/export.md").with(user(alice)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("text/markdown;charset=UTF-8"))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, containsString("attachment; filename=\"storysmith-stories-")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(markdown).startsWith("# My stories\n\nExported from Storysmith on ");
		assertThat(markdown).contains("· 2 stories\n");
		assertThat(markdown).containsSubsequence("## Second story\n", "### Action\n\nTwo.\n", "## First story\n",
				"### Action\n\nOne.\n");
	}

	@Test
	void printPageShowsEveryStoryInFullAndEscapesMarkup() throws Exception {
		stories.create(alice.id(), new StoryContent(SCRIPT, "star-l", Map.of("action", "I typed " + SCRIPT), "",
				Set.of("proudest-project"), Set.of("ownership")));
		stories.create(alice.id(), new StoryContent("Plain story", "star", Map.of("situation", "Calm."), "", Set.of(), Set.of()));

		mvc.perform(get("/stories/print").with(user(alice)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString(SCRIPT))))
			.andExpect(content().string(containsString("Tell me about the project you are most proud of")))
			.andExpect(content().string(containsString("<h3>Lessons</h3>")))
			.andExpect(content().string(containsString("Plain story")))
			.andExpect(content().string(containsString("class=\"print-actions\"")))
			.andExpect(content().string(containsString("/js/print.js")));
	}

	@Test
	void storyBankAndEditorLinkToTheExports() throws Exception {
		StoryView story = stories.create(alice.id(),
				new StoryContent("Linked", "star", Map.of("action", "I did it."), "", Set.of(), Set.of()));

		mvc.perform(get("/stories").with(user(alice)))
			.andExpect(content().string(containsString("href=\"/stories/print\"")))
			.andExpect(content().string(containsString("href=\"/stories/export.md\"")));
		mvc.perform(get("/stories/" + story.id()).with(user(alice)))
			.andExpect(content().string(containsString("href=\"/stories/" + story.id() + "/export.md\"")))
			.andExpect(content().string(containsString("Export as Markdown")));
	}

	@Test
	void pagesNeedSignIn() throws Exception {
		mvc.perform(get("/stories/print")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/stories/export.md").accept(MediaType.ALL)).andExpect(status().is3xxRedirection());
	}

}
