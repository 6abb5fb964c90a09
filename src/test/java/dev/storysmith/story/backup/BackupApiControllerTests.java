package dev.storysmith.story.backup;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import dev.storysmith.story.StoryContent;
import dev.storysmith.story.StoryService;
import dev.storysmith.story.StoryView;
import dev.storysmith.system.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** GET /api/backup and POST /api/restore through HTTP: the round trip, dedupe, and every refusal changing nothing. */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:backup-web;DB_CLOSE_DELAY=-1",
		"storysmith.stories.max-per-user=5" })
@AutoConfigureMockMvc
class BackupApiControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StoryService stories;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	JsonMapper json;

	long aliceId;

	RequestPostProcessor alice;

	RequestPostProcessor bob;

	@BeforeEach
	void users() {
		String a = TestAccounts.create(jdbc, encoder);
		String b = TestAccounts.create(jdbc, encoder);
		aliceId = TestAccounts.id(jdbc, a);
		alice = httpBasic(a, TestAccounts.PASSWORD);
		bob = httpBasic(b, TestAccounts.PASSWORD);
	}

	@Test
	void backsUpEveryStoryWithRevisionsAndLinksAsVersionedJson() throws Exception {
		threeStoriesOfAlice();

		mvc.perform(get("/api/backup").with(alice))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
					startsWith("attachment; filename=\"storysmith-backup-")))
			.andExpect(jsonPath("$.format").value("storysmith-backup"))
			.andExpect(jsonPath("$.version").value(BackupDocument.VERSION))
			.andExpect(jsonPath("$.exportedAt").isString())
			.andExpect(jsonPath("$.stories.length()").value(3))
			.andExpect(jsonPath("$.stories[0].title").value("Payments retry storm"))
			.andExpect(jsonPath("$.stories[0].questionIds[0]").value("proudest-project"))
			.andExpect(jsonPath("$.stories[0].competencies[0]").value("ownership"))
			.andExpect(jsonPath("$.stories[0].sections.situation").value("Retries doubled our load."))
			.andExpect(jsonPath("$.stories[0].id").doesNotExist())
			.andExpect(jsonPath("$.stories[1].revisions[1].number").value(2))
			.andExpect(jsonPath("$.stories[1].revisions[1].overall").isNumber())
			.andExpect(jsonPath("$.stories[1].revisions[1].criteria.metrics").isNumber());
	}

	@Test
	void aBackupRestoredIntoAnotherAccountBacksUpToTheSameContent() throws Exception {
		threeStoriesOfAlice();
		String backup = backup(alice);

		mvc.perform(post("/api/restore").with(bob).contentType(MediaType.APPLICATION_JSON).content(backup))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(3))
			.andExpect(jsonPath("$.skipped").value(0))
			.andExpect(jsonPath("$.stories[0].result").value("created"))
			.andExpect(jsonPath("$.stories[0].id").isNumber());

		assertThat(json.readTree(backup(bob)).get("stories")).isEqualTo(json.readTree(backup).get("stories"));
	}

	@Test
	void restoringTheSameBackupTwiceDuplicatesNothing() throws Exception {
		threeStoriesOfAlice();
		String backup = backup(alice);
		mvc.perform(post("/api/restore").with(bob).contentType(MediaType.APPLICATION_JSON).content(backup))
			.andExpect(jsonPath("$.created").value(3));
		String afterFirst = stories(bob);

		mvc.perform(post("/api/restore").with(bob).contentType(MediaType.APPLICATION_JSON).content(backup))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.skipped").value(3))
			.andExpect(jsonPath("$.stories[2].result").value("skipped"));

		assertThat(stories(bob)).isEqualTo(afterFirst);
		mvc.perform(get("/api/stories").with(bob)).andExpect(jsonPath("$.length()").value(3));
	}

	@Test
	void refusesMalformedJsonAndChangesNothing() throws Exception {
		refused(bob, "{\"format\": \"storysmith-backup\", \"version\": 1, \"stories\": [", 400, "body")
			.andExpect(jsonPath("$.title").value("Malformed backup"))
			.andExpect(jsonPath("$.detail", containsString("not valid JSON (line 1")));
	}

	@Test
	void namesTheFieldOfAValueWithTheWrongType() throws Exception {
		refused(bob, """
				{"format": "storysmith-backup", "version": 1,
				 "stories": [{"title": "x", "framework": "star", "createdAt": "yesterday"}]}""", 400,
				"stories[0].createdAt")
			.andExpect(jsonPath("$.detail").value(
					"The value at stories[0].createdAt has the wrong type or is not a field of a story. Nothing was restored."))
			.andExpect(jsonPath("$.errors[0].story").value(0));
	}

	@Test
	void refusesAnotherFormat() throws Exception {
		refused(bob, "{\"format\": \"something-else\", \"version\": 1, \"stories\": []}", 400, "format")
			.andExpect(jsonPath("$.detail", containsString("not a Storysmith backup")));
	}

	@Test
	void refusesANewerVersion() throws Exception {
		threeStoriesOfAlice();
		String newer = backup(alice).replace("\"version\":" + BackupDocument.VERSION, "\"version\":99");
		assertThat(newer).contains("\"version\":99");

		refused(bob, newer, 400, "version").andExpect(jsonPath("$.title").value("Unsupported backup version"))
			.andExpect(jsonPath("$.detail", containsString("version 99")));
	}

	@Test
	void refusesABodyOverTheDefaultLimitOf5MB() throws Exception {
		byte[] padding = new byte[5 * 1024 * 1024];
		Arrays.fill(padding, (byte) ' ');
		String body = "{\"format\": \"storysmith-backup\", \"version\": 1, \"stories\": []}"
				+ new String(padding, StandardCharsets.US_ASCII);

		refused(bob, body, 413, "body").andExpect(jsonPath("$.limitBytes").value(5 * 1024 * 1024))
			.andExpect(jsonPath("$.detail", containsString("the limit of 5 MB")))
			.andExpect(jsonPath("$.title").value("Backup too large"));
	}

	@Test
	void oneInvalidStoryAmongValidOnesRefusesAllOfThemNamingIndexAndField() throws Exception {
		threeStoriesOfAlice();
		ObjectNode document = (ObjectNode) json.readTree(backup(alice));
		((ObjectNode) document.get("stories").get(1)).put("title", "t".repeat(201));
		((ObjectNode) document.get("stories").get(2).get("sections")).put("epilogue", "no such section");

		refused(bob, json.writeValueAsString(document), 400, "stories[1].title")
			.andExpect(jsonPath("$.title").value("Invalid story in backup"))
			.andExpect(jsonPath("$.detail", containsString("2 problems")))
			.andExpect(jsonPath("$.detail", containsString("at most 200 characters")))
			.andExpect(jsonPath("$.errors[0].story").value(1))
			.andExpect(jsonPath("$.errors[0].field").value("stories[1].title"))
			.andExpect(jsonPath("$.errors[1].field").value("stories[2].sections.epilogue"))
			.andExpect(jsonPath("$.errors[1].message").value("Section 'epilogue' is not part of STAR."));
	}

	@Test
	void refusesAnUnknownQuestionOrCompetency() throws Exception {
		threeStoriesOfAlice();
		ObjectNode document = (ObjectNode) json.readTree(backup(alice));
		((ArrayNode) document.get("stories").get(0).get("competencies")).add("charisma");

		refused(bob, json.writeValueAsString(document), 400, "stories[0].competencies")
			.andExpect(jsonPath("$.errors[0].message").value("Unknown competency 'charisma'."));
	}

	@Test
	void refusesMoreStoriesThanTheAccountMayKeep() throws Exception {
		threeStoriesOfAlice();
		String backup = backup(alice);
		for (int i = 1; i <= 2; i++) {
			mvc.perform(post("/api/stories").with(bob).contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\": \"Bob " + i + "\", \"framework\": \"star\"}")).andExpect(status().isCreated());
		}

		refused(bob, backup, 400, "stories").andExpect(jsonPath("$.title").value("Too many stories"))
			.andExpect(jsonPath("$.detail", containsString("add 3 stories to the 3 you have, more than the 5")));
	}

	@Test
	void refusesARestoreThatIsNotJsonSoNoFormOnAnotherSiteCanPostOne() throws Exception {
		threeStoriesOfAlice();
		String before = stories(bob);

		mvc.perform(post("/api/restore").with(bob).contentType(MediaType.TEXT_PLAIN).content(backup(alice)))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", containsString("application/json")));
		assertThat(stories(bob)).isEqualTo(before);
	}

	@Test
	void refusesANullLinkNamingTheField() throws Exception {
		threeStoriesOfAlice();
		ObjectNode document = (ObjectNode) json.readTree(backup(alice));
		((ArrayNode) document.get("stories").get(2).get("questionIds")).addNull();
		((ArrayNode) document.get("stories").get(2).get("competencies")).addNull();

		refused(bob, json.writeValueAsString(document), 400, "stories[2].questionIds")
			.andExpect(jsonPath("$.errors[0].message").value("The list has an empty entry (null)."))
			.andExpect(jsonPath("$.errors[1].field").value("stories[2].competencies"));
	}

	@Test
	void refusesAVersionBeyondAnyNumber() throws Exception {
		refused(bob, "{\"format\": \"storysmith-backup\", \"version\": 99999999999999999999999, \"stories\": []}", 400,
				"version").andExpect(jsonPath("$.detail", containsString("version 99999999999999999999999")));
	}

	@Test
	void refusesATimeOutsideTheYearsAStoryCanHave() throws Exception {
		threeStoriesOfAlice();
		ObjectNode document = (ObjectNode) json.readTree(backup(alice));
		((ObjectNode) document.get("stories").get(0)).put("updatedAt", "-1000000000-01-01T00:00:00Z");
		((ObjectNode) document.get("stories").get(1).get("revisions").get(0)).put("createdAt",
				"+1000000000-12-31T23:59:59Z");

		refused(bob, json.writeValueAsString(document), 400, "stories[0].updatedAt")
			.andExpect(jsonPath("$.errors[0].message")
				.value("The time -1000000000-01-01T00:00:00Z is outside the years 1970 to 9999."))
			.andExpect(jsonPath("$.errors[1].field").value("stories[1].revisions[0].createdAt"));
	}

	@Test
	void needsSignInForBothEndpoints() throws Exception {
		mvc.perform(get("/api/backup")).andExpect(status().isUnauthorized());
		mvc.perform(post("/api/restore").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnauthorized());
	}

	/** Posts a broken backup and checks the problem, and that the account is exactly as before. */
	private ResultActions refused(RequestPostProcessor user, String body, int status, String field) throws Exception {
		mvc.perform(post("/api/stories").with(user).contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"Already here\", \"framework\": \"star-l\", \"sections\": {\"action\": \"I kept it.\"}}"));
		String before = stories(user);
		ResultActions result = mvc
			.perform(post("/api/restore").with(user).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().is(status))
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.field").value(field))
			.andExpect(jsonPath("$.detail", containsString("othing was restored")));
		assertThat(stories(user)).isEqualTo(before);
		return result;
	}

	/** The account's stories as a backup shows them: content, links, timestamps and revisions. */
	private String stories(RequestPostProcessor user) throws Exception {
		JsonNode backup = json.readTree(backup(user));
		return json.writeValueAsString(backup.get("stories"));
	}

	private String backup(RequestPostProcessor user) throws Exception {
		return mvc.perform(get("/api/backup").with(user))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private void threeStoriesOfAlice() {
		stories.create(aliceId, new StoryContent("Payments retry storm", "star-l",
				Map.of("situation", "Retries doubled our load.", "action", "I added jitter and a retry budget."), "",
				Set.of("proudest-project"), Set.of("ownership")));
		StoryContent search = new StoryContent("Search rebuild", "star-l", Map.of("action", "I rebuilt the index."), "",
				Set.of(), Set.of("technical-judgment"));
		StoryView created = stories.create(aliceId, search);
		StoryView first = stories.saveRevision(aliceId, created.id(), created.version(), search);
		stories.saveRevision(aliceId, created.id(), first.version(), new StoryContent("Search rebuild", "star-l",
				Map.of("action", "I rebuilt the index in two weeks.", "result", "p95 halved."), "", Set.of(),
				Set.of("technical-judgment")));
		stories.create(aliceId, new StoryContent("Über-fast cache ✓", "star", Map.of("action", "Ich habe gecacht."),
				"Notes with \"quotes\" and <tags>.", Set.of(), Set.of()));
	}

}
