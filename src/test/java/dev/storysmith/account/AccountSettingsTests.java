package dev.storysmith.account;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import dev.storysmith.framework.FrameworkCatalog;
import dev.storysmith.practice.PracticeService;
import dev.storysmith.story.StoryContent;
import dev.storysmith.story.StoryService;
import dev.storysmith.story.StoryView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Changing the password and deleting the account through the real filter chains: the current
 * password is required and throttled, other sessions and tokens survive unless the user signs
 * out everywhere, and a deleted account leaves no row behind in any module's table.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:account-settings;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class AccountSettingsTests {

	static final String PASSWORD = "violet lantern 42 river";

	static final String NEW_PASSWORD = "copper harbour 17 fjord";

	@Autowired
	MockMvc mvc;

	@Autowired
	Registration registration;

	@Autowired
	AccessTokens tokens;

	@Autowired
	UserAccountRepository accounts;

	@Autowired
	StoryService stories;

	@Autowired
	PracticeService practice;

	@Autowired
	FrameworkCatalog frameworks;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void changesThePasswordAndKeepsOtherSessionsAndTokensWorking() throws Exception {
		String name = newUser();
		String token = tokens.create(idOf(name), "laptop");
		MockHttpSession here = signIn(name, PASSWORD);
		MockHttpSession elsewhere = signIn(name, PASSWORD);

		mvc.perform(post("/account/password").session(here).with(csrf()).param("currentPassword", PASSWORD)
			.param("newPassword", NEW_PASSWORD).param("confirmPassword", NEW_PASSWORD))
			.andExpect(redirectedUrl("/account"));

		mvc.perform(get("/account").session(here)).andExpect(status().isOk());
		mvc.perform(get("/account").session(elsewhere)).andExpect(status().isOk());
		mvc.perform(get("/api/account").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isOk());
		mvc.perform(post("/login").with(csrf()).param("username", name).param("password", PASSWORD))
			.andExpect(redirectedUrl("/login?error"));
		signIn(name, NEW_PASSWORD);
	}

	@Test
	void signingOutEverywhereEndsOtherSessionsAndRevokesTokensButKeepsThisOne() throws Exception {
		String name = newUser();
		String token = tokens.create(idOf(name), "laptop");
		MockHttpSession here = signIn(name, PASSWORD);
		MockHttpSession elsewhere = signIn(name, PASSWORD);

		mvc.perform(post("/account/password").session(here).with(csrf()).param("currentPassword", PASSWORD)
			.param("newPassword", NEW_PASSWORD).param("confirmPassword", NEW_PASSWORD)
			.param("signOutEverywhere", "true"))
			.andExpect(redirectedUrl("/account"));

		mvc.perform(get("/account").session(here)).andExpect(status().isOk());
		mvc.perform(get("/account").session(elsewhere)).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/api/account").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isUnauthorized());
		assertThat(tokens.list(idOf(name))).isEmpty();
	}

	@Test
	void refusesAWrongCurrentPasswordAWeakNewOneAndAMismatchKeepingTheOldPassword() throws Exception {
		String name = newUser();
		MockHttpSession session = signIn(name, PASSWORD);
		String hash = accounts.findByUsername(name).orElseThrow().getPasswordHash();

		changePassword(session, "not my password at all", NEW_PASSWORD, NEW_PASSWORD)
			.andExpect(content().string(containsString("That is not your current password.")));
		changePassword(session, PASSWORD, "password123", "password123")
			.andExpect(content().string(containsString("leaked passwords")));
		changePassword(session, PASSWORD, "xx" + name + "xx", "xx" + name + "xx")
			.andExpect(content().string(containsString("must not contain your username")));
		changePassword(session, PASSWORD, NEW_PASSWORD, "something else entirely")
			.andExpect(content().string(containsString("The two passwords differ.")));
		changePassword(session, PASSWORD, NEW_PASSWORD, "x".repeat(65))
			.andExpect(content().string(containsString("A password has 10 to 64 characters.")));

		assertThat(accounts.findByUsername(name).orElseThrow().getPasswordHash()).isEqualTo(hash);
	}

	@Test
	void wrongPasswordsOnTheseFormsLockTheAccountLikeFailedSignIns() throws Exception {
		String name = newUser();
		MockHttpSession session = signIn(name, PASSWORD);
		for (int i = 0; i < LoginThrottle.LIMIT; i++) {
			mvc.perform(post("/account/delete").session(session).with(csrf()).param("password", "guess number " + i))
				.andExpect(status().isOk());
		}

		changePassword(session, PASSWORD, NEW_PASSWORD, NEW_PASSWORD)
			.andExpect(content().string(containsString("Too many failed sign-ins")));
		mvc.perform(post("/account/delete").session(session).with(csrf()).param("password", PASSWORD))
			.andExpect(content().string(containsString("Too many failed sign-ins")));
		mvc.perform(post("/login").with(csrf()).param("username", name).param("password", PASSWORD))
			.andExpect(redirectedUrl("/login?error"));
		assertThat(accounts.findByUsername(name)).isPresent();
	}

	@Test
	void formsWithoutTheirCsrfTokenAreRefused() throws Exception {
		String name = newUser();
		MockHttpSession session = signIn(name, PASSWORD);
		mvc.perform(post("/account/delete").session(session).param("password", PASSWORD))
			.andExpect(status().isForbidden());
		mvc.perform(post("/account/password").session(session).param("currentPassword", PASSWORD)
			.param("newPassword", NEW_PASSWORD).param("confirmPassword", NEW_PASSWORD))
			.andExpect(status().isForbidden());
		assertThat(accounts.findByUsername(name)).isPresent();
	}

	@Test
	void deletingTheAccountRemovesEveryRowItOwnedInEveryModule() throws Exception {
		String name = newUser();
		long id = idOf(name);
		String other = newUser();
		long otherId = idOf(other);
		createScoredStoryAndPracticeAttempt(id);
		createScoredStoryAndPracticeAttempt(otherId);
		String token = tokens.create(id, "laptop");
		MockHttpSession session = signIn(name, PASSWORD);
		MockHttpSession elsewhere = signIn(name, PASSWORD);
		mvc.perform(post("/login").with(csrf()).param("username", name).param("password", "a wrong guess"));
		List<Long> revisions = ids("select id from story_revision where owner_id = ?", id);
		List<Long> attempts = ids("select id from practice_attempt where owner_id = ?", id);
		Map<String, Integer> othersRows = rows(otherId);

		mvc.perform(post("/account/delete").session(session).with(csrf()).param("password", "a wrong guess"))
			.andExpect(content().string(containsString("That is not your current password.")));
		assertThat(rows(id)).allSatisfy((table, count) -> assertThat(count).as(table).isPositive());

		mvc.perform(post("/account/delete").session(session).with(csrf()).param("password", PASSWORD))
			.andExpect(redirectedUrl("/"));

		assertThat(rows(id)).allSatisfy((table, count) -> assertThat(count).as(table).isZero());
		assertThat(countIn("story_revision_score", "revision_id", revisions)).isZero();
		assertThat(countIn("practice_attempt_section", "attempt_id", attempts)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from login_attempt where username = ?", Integer.class, name))
			.isZero();
		assertThat(rows(otherId)).isEqualTo(othersRows);
		mvc.perform(get("/stories").session(elsewhere)).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/api/account").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isUnauthorized());
		mvc.perform(post("/login").with(csrf()).param("username", name).param("password", PASSWORD))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void theDeletionPageOffersTheBackupFirst() throws Exception {
		MockHttpSession session = signIn(newUser(), PASSWORD);
		mvc.perform(get("/account/delete").session(session))
			.andExpect(content().string(containsString("href=\"/stories/backup.json\"")));
		mvc.perform(get("/stories/backup.json").session(session))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, containsString("attachment")));
	}

	/** A story with a scored revision, and a handed-in practice attempt with its text and activity day. */
	private void createScoredStoryAndPracticeAttempt(long owner) {
		StoryView story = stories.create(owner, sampleContent());
		stories.saveRevision(owner, story.id(), story.version(), story.content());
		long attempt = practice.start(owner, Set.of(), 120).orElseThrow();
		String section = frameworks.find(practice.find(owner, attempt).orElseThrow().framework())
			.orElseThrow()
			.sectionIds()
			.get(0);
		practice.finish(owner, attempt, Map.of(section, "I rolled the release back and wrote down why."));
	}

	/** Rows each module keeps for this owner, by table; the child tables are counted through their parents. */
	private Map<String, Integer> rows(long owner) {
		Map<String, Integer> counts = new java.util.LinkedHashMap<>();
		for (String table : List.of("story", "story_revision", "practice_attempt", "practice_activity_day",
				"access_token")) {
			counts.put(table,
					jdbc.queryForObject("select count(*) from " + table + " where owner_id = ?", Integer.class, owner));
		}
		counts.put("story_revision_score", jdbc.queryForObject("select count(*) from story_revision_score s"
				+ " join story_revision r on r.id = s.revision_id where r.owner_id = ?", Integer.class, owner));
		counts.put("practice_attempt_section", jdbc.queryForObject("select count(*) from practice_attempt_section s"
				+ " join practice_attempt a on a.id = s.attempt_id where a.owner_id = ?", Integer.class, owner));
		counts.put("user_account",
				jdbc.queryForObject("select count(*) from user_account where id = ?", Integer.class, owner));
		return counts;
	}

	private List<Long> ids(String sql, long owner) {
		return jdbc.queryForList(sql, Long.class, owner);
	}

	private int countIn(String table, String column, List<Long> ids) {
		return ids.stream()
			.mapToInt(i -> jdbc.queryForObject("select count(*) from " + table + " where " + column + " = ?",
					Integer.class, i))
			.sum();
	}

	private org.springframework.test.web.servlet.ResultActions changePassword(MockHttpSession session, String current,
			String next, String confirm) throws Exception {
		return mvc
			.perform(post("/account/password").session(session).with(csrf()).param("currentPassword", current)
				.param("newPassword", next).param("confirmPassword", confirm))
			.andExpect(status().isOk());
	}

	private MockHttpSession signIn(String name, String password) throws Exception {
		MockHttpSession session = new MockHttpSession();
		MvcResult result = mvc
			.perform(post("/login").session(session).with(csrf()).param("username", name).param("password", password))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		return (MockHttpSession) result.getRequest().getSession();
	}

	private long idOf(String name) {
		return accounts.findByUsername(name).orElseThrow().getId();
	}

	private String newUser() {
		String name = "user" + UUID.randomUUID().toString().substring(0, 8);
		registration.register(name, PASSWORD);
		return name;
	}

	private static StoryContent sampleContent() {
		return new StoryContent("Cut checkout latency", "star", Map.of("situation", "Checkout was slow."), "", Set.of(),
				Set.of());
	}

}
