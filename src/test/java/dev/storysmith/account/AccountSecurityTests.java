package dev.storysmith.account;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every access rule, CSRF, headers, sign-in, lockout and tokens, through the real filter chains. */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:account-security;DB_CLOSE_DELAY=-1",
		"storysmith.admins=root-admin" })
@AutoConfigureMockMvc
class AccountSecurityTests {

	static final String PASSWORD = "violet lantern 42 river";

	@Autowired
	MockMvc mvc;

	@Autowired
	Registration registration;

	@Autowired
	AccessTokens tokens;

	@Autowired
	UserAccountRepository accounts;

	@ParameterizedTest
	@ValueSource(strings = { "/", "/questions", "/questions/proudest-project", "/plan", "/login", "/register",
			"/actuator/health", "/css/storysmith.css", "/api/questions", "/api/frameworks", "/api/competencies" })
	void publicRoutesAreOpenToAnonymousVisitors(String path) throws Exception {
		mvc.perform(get(path)).andExpect(status().isOk());
	}

	@ParameterizedTest
	@ValueSource(strings = { "/stories", "/stories/1", "/stories/new", "/practice", "/progress", "/coverage",
			"/account" })
	void privatePagesSendAnonymousVisitorsToSignIn(String path) throws Exception {
		mvc.perform(get(path)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
	}

	@ParameterizedTest
	@CsvSource({ "GET,/api/stories", "GET,/api/stories/1", "POST,/api/stories", "GET,/api/backup",
			"POST,/api/restore", "GET,/api/account" })
	void privateApisAnswer401ProblemsWithoutASession(String method, String path) throws Exception {
		MvcResult result = mvc.perform(method.equals("GET") ? get(path) : post(path))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(header().doesNotExist(HttpHeaders.LOCATION))
			.andReturn();
		assertThat(result.getRequest().getSession(false)).isNull();
	}

	@Test
	void scoringNeedsNoSignInAndNoCsrfToken() throws Exception {
		int status = mvc.perform(post("/api/score").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).isNotIn(401, 403);
	}

	@Test
	void adminPagesNeedTheAdminRole() throws Exception {
		String user = newUser();

		mvc.perform(get("/admin/import").with(userSession(user))).andExpect(status().isForbidden());
		if (!registration.isTaken("root-admin")) {
			registration.register("root-admin", PASSWORD);
		}
		mvc.perform(get("/admin/import").with(userSession("root-admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Question bank import")));
	}

	@Test
	void operationsEndpointsNeedTheAdminRoleButHealthIsPublic() throws Exception {
		String user = newUser();
		if (!registration.isTaken("root-admin")) {
			registration.register("root-admin", PASSWORD);
		}
		for (String path : new String[] { "/actuator/prometheus", "/actuator/metrics", "/actuator/info" }) {
			mvc.perform(get(path)).andExpect(status().isUnauthorized());
			mvc.perform(get(path).with(httpBasic(user, PASSWORD))).andExpect(status().isForbidden());
			mvc.perform(get(path).with(httpBasic("root-admin", PASSWORD))).andExpect(status().isOk());
		}
		mvc.perform(post("/api/score").contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"I cut p95 from 1.4 s to 380 ms.\"}"))
			.andExpect(status().isOk());
		mvc.perform(get("/actuator/prometheus").with(userSession("root-admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("http_server_requests_seconds")))
			.andExpect(content().string(containsString("storysmith_score_seconds_count{")));
		mvc.perform(get("/actuator/health").with(httpBasic("root-admin", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.components.db.status").value("UP"))
			.andExpect(jsonPath("$.components.questionBank.status").value("UP"));
		mvc.perform(get("/actuator/health").with(httpBasic(user, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components").doesNotExist());
	}

	@Test
	void refusesAFormPostedWithoutItsCsrfToken() throws Exception {
		mvc.perform(post("/register").param("username", "nocsrf").param("password", PASSWORD)
			.param("confirmPassword", PASSWORD)).andExpect(status().isForbidden());
		mvc.perform(post("/login").param("username", "nocsrf").param("password", PASSWORD))
			.andExpect(status().isForbidden());
		assertThat(registration.isTaken("nocsrf")).isFalse();
	}

	@Test
	void sendsSecurityHeadersOnPagesAndApi() throws Exception {
		for (String path : new String[] { "/questions", "/api/questions" }) {
			mvc.perform(get(path))
				.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
				.andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
				.andExpect(header().string("X-Content-Type-Options", "nosniff"))
				.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
		}
	}

	@Test
	void registeringSignsYouInOnANewSessionIdAndTakesYouToYourStories() throws Exception {
		String name = "reader" + suffix();
		MockHttpSession session = new MockHttpSession();
		mvc.perform(get("/register").session(session)).andExpect(status().isOk());
		String before = session.getId();
		MvcResult registered = mvc
			.perform(post("/register").session(session).with(csrf()).param("username", name)
				.param("password", PASSWORD).param("confirmPassword", PASSWORD))
			.andExpect(redirectedUrl("/stories"))
			.andReturn();

		MockHttpSession after = (MockHttpSession) registered.getRequest().getSession();
		assertThat(after.getId()).isNotEqualTo(before);
		mvc.perform(get("/account").session(after)).andExpect(status().isOk());
		assertThat(accounts.findByUsername(name).orElseThrow().getPasswordHash()).startsWith("{bcrypt}");
	}

	@Test
	void theSignInPageSaysWhyAndSigningInOrRegisteringReturnsToTheDraft() throws Exception {
		String name = newUser();
		MockHttpSession session = new MockHttpSession();
		mvc.perform(get("/stories/new?question=proudest-project").session(session))
			.andExpect(redirectedUrl("/login"));
		mvc.perform(get("/login").session(session))
			.andExpect(content().string(containsString("Sign in to save your draft.")));
		String before = session.getId();
		MvcResult login = mvc
			.perform(post("/login").session(session).with(csrf()).param("username", name).param("password", PASSWORD))
			.andReturn();
		assertThat(login.getResponse().getRedirectedUrl()).contains("/stories/new?question=proudest-project");
		assertThat(login.getRequest().getSession().getId()).isNotEqualTo(before);

		MockHttpSession newcomer = new MockHttpSession();
		mvc.perform(get("/stories/new?question=proudest-project").session(newcomer));
		mvc.perform(get("/register").session(newcomer))
			.andExpect(content().string(containsString("Sign in to save your draft.")));
		MvcResult registered = mvc
			.perform(post("/register").session(newcomer).with(csrf()).param("username", "new" + suffix())
				.param("password", PASSWORD).param("confirmPassword", PASSWORD))
			.andReturn();
		assertThat(registered.getResponse().getRedirectedUrl()).contains("/stories/new?question=proudest-project");
		mvc.perform(get("/stories/new").session((MockHttpSession) registered.getRequest().getSession())
			.param("question", "proudest-project")).andExpect(status().isOk());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"ab|" + PASSWORD + "|" + PASSWORD + "|A username has 3 to 40 characters.",
			"bad name!|" + PASSWORD + "|" + PASSWORD + "|Use only letters, digits, dots, dashes and underscores.",
			"shortpass|short|short|A password has 10 to 64 characters.",
			"commonpass|password123|password123|That password is on every list of leaked passwords.",
			"samename|xsamenamex1|xsamenamex1|The password must not contain your username.",
			"repeats|aaaaaaaaaaaa|aaaaaaaaaaaa|That password repeats too few characters.",
			"mismatch|" + PASSWORD + "|another phrase entirely|The two passwords differ." })
	void explainsWhyARegistrationIsRefused(String username, String password, String confirm, String message)
			throws Exception {
		mvc.perform(post("/register").with(csrf()).param("username", username).param("password", password)
			.param("confirmPassword", confirm))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(message)))
			.andExpect(content().string(not(containsString("value=\"" + password + "\""))));
		assertThat(registration.isTaken(username)).isFalse();
	}

	@Test
	void refusesATakenUsernameWhateverItsCase() throws Exception {
		String name = newUser();
		mvc.perform(post("/register").with(csrf()).param("username", name.toUpperCase()).param("password", PASSWORD)
			.param("confirmPassword", PASSWORD))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("That username is taken.")));
	}

	@Test
	void locksAUsernameAfterFiveFailedSignInsOnFormAndBasicAlike() throws Exception {
		String name = newUser();
		for (int i = 0; i < 5; i++) {
			mvc.perform(post("/login").with(csrf()).param("username", name).param("password", "wrong password " + i))
				.andExpect(redirectedUrl("/login?error"));
		}

		MockHttpSession session = new MockHttpSession();
		mvc.perform(post("/login").session(session).with(csrf()).param("username", name).param("password", PASSWORD))
			.andExpect(redirectedUrl("/login?error"));
		mvc.perform(get("/login").session(session).param("error", ""))
			.andExpect(content().string(containsString("Too many failed sign-ins for this username")));

		mvc.perform(get("/api/account").with(httpBasic(name, PASSWORD)))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(header().exists(HttpHeaders.RETRY_AFTER))
			.andExpect(jsonPath("$.detail", containsString("Too many failed sign-ins")));
	}

	@Test
	void aWrongPasswordSaysSoWithoutSayingWhichPartWasWrong() throws Exception {
		MockHttpSession session = new MockHttpSession();
		mvc.perform(post("/login").session(session).with(csrf()).param("username", "nobody-" + suffix())
			.param("password", PASSWORD));
		mvc.perform(get("/login").session(session).param("error", ""))
			.andExpect(content().string(containsString("That username and password do not match.")));
	}

	@Test
	void signsApiRequestsInWithBasicOrAPersonalAccessTokenStatelessly() throws Exception {
		String name = newUser();
		long id = accounts.findByUsername(name).orElseThrow().getId();
		String token = tokens.create(id, "script");

		mvc.perform(get("/api/account").with(httpBasic(name, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value(name))
			.andExpect(header().doesNotExist("Set-Cookie"));
		MvcResult viaToken = mvc.perform(get("/api/account").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id))
			.andReturn();
		assertThat(viaToken.getRequest().getSession(false)).isNull();

		tokens.revoke(id, tokens.list(id).get(0).id());
		mvc.perform(get("/api/account").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void createsAndRevokesTokensOnTheAccountPageAndShowsTheSecretOnce() throws Exception {
		String name = newUser();
		MvcResult created = mvc.perform(post("/account/tokens").with(userSession(name)).with(csrf()).param("name", "ci job"))
			.andExpect(redirectedUrl("/account"))
			.andReturn();
		String secret = (String) created.getFlashMap().get("newToken");
		assertThat(secret).startsWith(AccessTokens.PREFIX);

		mvc.perform(get("/account").with(userSession(name)))
			.andExpect(content().string(containsString("ci job")))
			.andExpect(content().string(not(containsString(secret))));

		mvc.perform(post("/account/tokens").with(userSession(name)).with(csrf()).param("name", "x".repeat(61)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A token name has at most 60 characters.")));
	}

	@Test
	void anotherUsersTokenAnswers404NotForbidden() throws Exception {
		String alice = newUser();
		String bob = newUser();
		long aliceId = accounts.findByUsername(alice).orElseThrow().getId();
		tokens.create(aliceId, "alice only");
		long tokenId = tokens.list(aliceId).get(0).id();

		mvc.perform(post("/account/tokens/" + tokenId + "/revoke").with(userSession(bob)).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(tokens.list(aliceId)).hasSize(1);
	}

	private String newUser() {
		String name = "user" + suffix();
		registration.register(name, PASSWORD);
		return name;
	}

	private static String suffix() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor userSession(String username) {
		return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
			.user(usersService.loadUserByUsername(username));
	}

	@Autowired
	AccountUserDetailsService usersService;

}
