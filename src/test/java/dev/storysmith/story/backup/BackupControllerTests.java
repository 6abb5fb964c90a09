package dev.storysmith.story.backup;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import dev.storysmith.account.AccountPrincipal;
import dev.storysmith.story.StoryContent;
import dev.storysmith.story.StoryService;
import dev.storysmith.system.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** /stories/backup for people in a browser: download, upload form with CSRF, outcome after a redirect. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:backup-page;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class BackupControllerTests {

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
	void thePageOffersTheDownloadAndAnUploadFormWithCsrf() throws Exception {
		stories.create(alice.id(), story("Payments"));

		mvc.perform(get("/stories/backup").with(user(alice)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/stories/backup.json\"")))
			.andExpect(content().string(containsString("(1 story)")))
			.andExpect(content().string(containsString("enctype=\"multipart/form-data\"")))
			.andExpect(content().string(containsString("name=\"_csrf\"")))
			.andExpect(content().string(containsString("up to 5 MB")));
		mvc.perform(get("/stories").with(user(bob)))
			.andExpect(content().string(containsString("href=\"/stories/backup\"")));
	}

	@Test
	void movesStoriesToAnotherAccountAndSkipsThemTheSecondTime() throws Exception {
		stories.create(alice.id(), story("Payments"));
		stories.create(alice.id(), story("Search"));
		byte[] backup = mvc.perform(get("/stories/backup.json").with(user(alice)))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, startsWith("attachment; filename=\"storysmith-backup-")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		upload(bob, backup).andExpect(flash().attributeExists("restored"));
		mvc.perform(get("/stories/backup").with(user(bob)).flashAttr("restored",
				new BackupService.RestoreReport(2, 0, java.util.List.of())))
			.andExpect(content().string(containsString("Restore finished: 2 stories added, none already here.")));
		assertThat(stories.list(bob.id())).extracting(s -> s.title()).containsExactlyInAnyOrder("Payments", "Search");

		ResultActions again = upload(bob, backup);
		BackupService.RestoreReport second = (BackupService.RestoreReport) again.andReturn()
			.getFlashMap()
			.get("restored");
		assertThat(second.created()).isZero();
		assertThat(second.skipped()).isEqualTo(2);
		assertThat(stories.list(bob.id())).hasSize(2);
	}

	@Test
	void aBrokenFileIsExplainedAndChangesNothing() throws Exception {
		stories.create(bob.id(), story("Bob's own"));
		String broken = "{\"format\": \"storysmith-backup\", \"version\": 1, \"stories\": [{\"title\": \"\", \"framework\": \"star\"}]}";

		upload(bob, broken.getBytes(StandardCharsets.UTF_8))
			.andExpect(flash().attribute("restoreTitle", "Invalid story in backup"))
			.andExpect(flash().attribute("restoreError", containsString("stories[0].title: Give the story a title.")));
		upload(bob, "not json".getBytes(StandardCharsets.UTF_8))
			.andExpect(flash().attribute("restoreError", containsString("not valid JSON")));
		upload(bob, new byte[0]).andExpect(flash().attribute("restoreError", containsString("Choose a backup file")));

		assertThat(stories.list(bob.id())).extracting(s -> s.title()).containsExactly("Bob's own");
		mvc.perform(get("/stories/backup").with(user(bob)).flashAttr("restoreTitle", "Invalid story in backup")
			.flashAttr("restoreError", "<script>alert(1)</script>"))
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")));
	}

	@Test
	void refusesAnUploadWithoutCsrfToken() throws Exception {
		mvc.perform(multipart("/stories/restore").file(file("{}".getBytes(StandardCharsets.UTF_8))).with(user(bob)))
			.andExpect(status().isForbidden());
		assertThat(stories.list(bob.id())).isEmpty();
	}

	private ResultActions upload(AccountPrincipal who, byte[] content) throws Exception {
		return mvc.perform(multipart("/stories/restore").file(file(content)).with(user(who)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/stories/backup"));
	}

	private static MockMultipartFile file(byte[] content) {
		return new MockMultipartFile("file", "backup.json", "application/json", content);
	}

	private static StoryContent story(String title) {
		return new StoryContent(title, "star", Map.of("action", "I did " + title + "."), "", Set.of(), Set.of());
	}

}
