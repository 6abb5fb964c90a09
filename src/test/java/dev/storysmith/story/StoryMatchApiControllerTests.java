package dev.storysmith.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.storysmith.system.TestAccounts;

/** The /api/stories/match contract, against the shipped bank, for two users side by side. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:stories-web;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class StoryMatchApiControllerTests {

	static final String OUTAGE = """
			{"title": "The certificate outage", "framework": "star-l",
			 "sections": {"situation": "A bad certificate rotation broke TLS for 14 sites at 2 a.m.; I was on call.",
			              "action": "I rolled back the bundle on one site first, then everywhere, and ran the blameless postmortem."},
			 "competencies": ["incident-response"]}""";

	static final String MENTORING = """
			{"title": "Growing a junior engineer", "framework": "star-l",
			 "sections": {"situation": "A new graduate joined my team.",
			              "action": "I paired with her weekly and let her own the search page."},
			 "competencies": ["mentoring-and-leadership"]}""";

	static final String CONFLICT = """
			{"title": "The schema argument", "framework": "star-l",
			 "sections": {"situation": "A senior colleague and I disagreed about the database schema.",
			              "action": "We wrote down both options, benchmarked them and chose together."},
			 "competencies": ["conflict-resolution"]}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	JsonMapper json;

	RequestPostProcessor alice;

	RequestPostProcessor bob;

	@BeforeEach
	void users() {
		alice = httpBasic(TestAccounts.create(jdbc, encoder), TestAccounts.PASSWORD);
		bob = httpBasic(TestAccounts.create(jdbc, encoder), TestAccounts.PASSWORD);
	}

	@Test
	void theOutageStoryComesFirstForTheBanksIncidentQuestionWithItsReasons() throws Exception {
		create(alice, MENTORING);
		long outage = create(alice, OUTAGE);
		create(alice, CONFLICT);

		JsonNode matches = read(mvc.perform(get("/api/stories/match").param("question", "led-a-major-incident").with(alice))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$[0].id").value(outage))
			.andExpect(jsonPath("$[0].title").value("The certificate outage"))
			.andExpect(jsonPath("$[0].why").value(hasItem("shares Incident response"))));

		assertThat(matches.get(0).get("score").asInt()).isBetween(1, 100);
		assertThat(matches.get(0).get("why").get(1).asString()).startsWith("mentions ").contains("postmortem");
		assertThat(ids(matches)).doesNotContain(idOf(alice, "Growing a junior engineer"));
	}

	@Test
	void aPastedQuestionFindsTheStoryThroughTheBanksSynonyms() throws Exception {
		create(alice, MENTORING);
		long outage = create(alice, OUTAGE);
		create(alice, CONFLICT);

		mvc.perform(get("/api/stories/match").param("q", "Tell me about a production incident you handled.").with(alice))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].id").value(outage))
			.andExpect(jsonPath("$[0].why[0]").value("mentions postmortem, outage"));
	}

	@Test
	void anotherUsersStoriesNeverAppear() throws Exception {
		long bobs = create(bob, OUTAGE);
		long alices = create(alice, MENTORING);

		mvc.perform(get("/api/stories/match").param("q", "an outage you handled").with(alice))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(0));
		mvc.perform(get("/api/stories/match").param("question", "led-a-major-incident").with(alice))
			.andExpect(jsonPath("$.length()").value(0));
		mvc.perform(get("/api/stories/match").param("q", "an outage you handled").with(bob))
			.andExpect(jsonPath("$[0].id").value(bobs))
			.andExpect(jsonPath("$.length()").value(1));
		mvc.perform(get("/api/stories/match").param("q", "mentoring a junior engineer").with(alice))
			.andExpect(jsonPath("$[0].id").value(alices));
	}

	@Test
	void refusesAMissingBlankOrTooLongTextNamingQ() throws Exception {
		expectProblem(mvc.perform(get("/api/stories/match").with(alice)), 400, "q", "Paste a question");
		expectProblem(mvc.perform(get("/api/stories/match").param("q", "   ").with(alice)), 400, "q", "Paste a question");
		expectProblem(mvc.perform(get("/api/stories/match").param("q", "w".repeat(2001)).with(alice)), 400, "q",
				"under 2,000 characters; this text has 2,001");
		expectProblem(mvc.perform(get("/api/stories/match").param("q", "outage").param("question", "led-a-major-incident")
			.with(alice)), 400, "question", "not both");
		mvc.perform(get("/api/stories/match").param("q", "w".repeat(2000)).with(alice)).andExpect(status().isOk());
	}

	@Test
	void anUnknownQuestionIs404AndSigningInIsRequired() throws Exception {
		mvc.perform(get("/api/stories/match").param("question", "no-such-question").with(alice))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("no-such-question")));
		mvc.perform(get("/api/stories/match").param("q", "an outage")).andExpect(status().isUnauthorized());
	}

	private void expectProblem(ResultActions result, int status, String field, String detail) throws Exception {
		result.andExpect(status().is(status))
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.field").value(field))
			.andExpect(jsonPath("$.detail").value(containsString(detail)));
	}

	private long create(RequestPostProcessor user, String body) throws Exception {
		return read(mvc.perform(post("/api/stories").with(user).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())).get("id").asLong();
	}

	private long idOf(RequestPostProcessor user, String title) throws Exception {
		for (JsonNode story : read(mvc.perform(get("/api/stories").with(user)))) {
			if (story.get("title").asString().equals(title)) {
				return story.get("id").asLong();
			}
		}
		throw new AssertionError("no story titled " + title);
	}

	private JsonNode read(ResultActions result) throws Exception {
		return json.readTree(result.andReturn().getResponse().getContentAsString());
	}

	private static List<Long> ids(JsonNode matches) {
		List<Long> ids = new ArrayList<>();
		matches.forEach(m -> ids.add(m.get("id").asLong()));
		return ids;
	}

}
