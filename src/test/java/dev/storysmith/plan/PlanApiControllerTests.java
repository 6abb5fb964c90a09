package dev.storysmith.plan;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.storysmith.system.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The POST /api/plan contract of issue 17, with the shipped bank. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:plan-api;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class PlanApiControllerTests {

	/** UTC+14 and UTC-11: 25 hours apart, so their dates always differ. */
	static final ZoneId KIRITIMATI = ZoneId.of("Pacific/Kiritimati");

	static final ZoneId PAGO_PAGO = ZoneId.of("Pacific/Pago_Pago");

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Test
	void anSrePostingPutsIncidentResponseInTheTopThreeWithItsSignals() throws Exception {
		JsonNode plan = plan(Map.of("posting", Postings.SRE));

		List<String> top = plan.get("competencies").valueStream().limit(3).map(c -> c.get("id").asString()).toList();
		assertThat(top).contains("incident-response");
		JsonNode incidents = plan.get("competencies").valueStream()
			.filter(c -> c.get("id").asString().equals("incident-response"))
			.findFirst()
			.orElseThrow();
		assertThat(incidents.get("name").asString()).isEqualTo("Incident response");
		assertThat(incidents.get("signals").valueStream().map(JsonNode::asString).toList()).contains("on-call",
				"postmortem", "SLO", "incident response");
		assertThat(plan.get("competencies").get(0).get("weight").asInt()).isEqualTo(100);
		assertThat(plan.get("questions").size()).isBetween(6, 10);
		assertThat(plan.get("questions").get(0).get("competencies").valueStream().map(JsonNode::asString).toList())
			.contains("incident-response");
		assertThat(plan.get("stories").size()).isEqualTo(plan.get("questions").size());
		assertThat(plan.get("stories").valueStream().allMatch(s -> s.get("storyId").isNull())).isTrue();
		assertThat(plan.get("days").isEmpty()).isTrue();
	}

	@Test
	void aMentoringPostingPutsMentoringFirst() throws Exception {
		JsonNode plan = plan(Map.of("posting", Postings.MENTORING));

		assertThat(plan.get("competencies").get(0).get("id").asString()).isEqualTo("mentoring-and-leadership");
		assertThat(plan.get("competencies").get(0).get("signals").valueStream().map(JsonNode::asString).toList())
			.contains("mentor", "grow engineers", "coach", "onboarding");
	}

	@Test
	void aStaffLevelMovesInfluenceUp() throws Exception {
		int plain = rank(plan(Map.of("posting", Postings.SRE)), "influence-without-authority");
		int staff = rank(plan(Map.of("posting", Postings.SRE, "level", "staff")), "influence-without-authority");

		assertThat(staff).isLessThan(plain);
	}

	@Test
	void aSignedInCallerGetsTheirStoryForAQuestion() throws Exception {
		String alice = TestAccounts.create(jdbc, encoder);
		String questionId = plan(Map.of("posting", Postings.SRE)).get("questions").get(0).get("id").asString();
		String story = """
				{"title": "The payments outage", "framework": "star-l",
				 "sections": {"situation": "Checkout failed for 40 minutes during an outage.",
				              "action": "I led the incident response, rolled back and wrote the postmortem."},
				 "questionIds": ["%s"], "competencies": ["incident-response"]}""".formatted(questionId);
		long storyId = json.readTree(mvc.perform(post("/api/stories").with(httpBasic(alice, TestAccounts.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(story)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();

		JsonNode plan = json.readTree(mvc.perform(request(Map.of("posting", Postings.SRE)).with(httpBasic(alice, TestAccounts.PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());

		JsonNode first = plan.get("stories").get(0);
		assertThat(first.get("questionId").asString()).isEqualTo(questionId);
		assertThat(first.get("storyId").asLong()).isEqualTo(storyId);
	}

	@Test
	void plansTheDaysInTheCallersTimeZone() throws Exception {
		LocalDate today = LocalDate.now(KIRITIMATI);
		JsonNode plan = json.readTree(mvc.perform(request(Map.of("posting", Postings.SRE, "interviewDate", today.plusDays(3).toString()))
			.cookie(new Cookie("tz", KIRITIMATI.getId()))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

		assertThat(plan.get("days").valueStream().map(d -> d.get("date").asString()).toList()).containsExactly(
				today.toString(), today.plusDays(1).toString(), today.plusDays(2).toString(), today.plusDays(3).toString());
		assertThat(plan.get("days").get(0).get("tasks").get(0).get("kind").asString()).isEqualTo("write");
		assertThat(plan.get("days").get(2).get("tasks").get(0).get("kind").asString()).isEqualTo("mock");
		assertThat(plan.get("days").get(3).get("tasks").get(0).get("kind").asString()).isEqualTo("light");
	}

	@Test
	void aDateThatIsTodayInOneZoneHasPassedInAZoneAhead() throws Exception {
		String todayInPagoPago = LocalDate.now(PAGO_PAGO).toString();
		Map<String, String> body = Map.of("posting", Postings.SRE, "interviewDate", todayInPagoPago);

		mvc.perform(request(body).cookie(new Cookie("tz", PAGO_PAGO.getId()))).andExpect(status().isOk());
		problem(request(body).cookie(new Cookie("tz", KIRITIMATI.getId())), 400, "interviewDate")
			.andExpect(jsonPath("$.detail", containsString("has passed")));
	}

	@Test
	void namesEveryRefusedFieldAtOnce() throws Exception {
		problem(request(Map.of("posting", " ", "interviewDate", "10/12/2026", "level", "wizard")), 400, "posting")
			.andExpect(jsonPath("$.errors[*].field").value(contains("posting", "interviewDate", "level")))
			.andExpect(jsonPath("$.errors[2].message", containsString("senior, staff")))
			.andExpect(jsonPath("$.detail", containsString("Paste the job posting")))
			.andExpect(jsonPath("$.detail", containsString("senior, staff")));
	}

	@Test
	void refusesBadInputWithAProblemNamingTheField() throws Exception {
		problem(request(Map.of("posting", "  ")), 400, "posting").andExpect(jsonPath("$.detail", containsString("Paste the job posting")));
		problem(request(Map.of("level", "senior")), 400, "posting");
		problem(request(Map.of("posting", "x".repeat(PlanInput.MAX_POSTING + 1))), 413, "posting")
			.andExpect(jsonPath("$.detail", containsString("the limit is 50,000")));
		problem(request(Map.of("posting", Postings.SRE, "interviewDate", "10/12/2026")), 400, "interviewDate");
		problem(request(Map.of("posting", Postings.SRE, "interviewDate", LocalDate.now(PAGO_PAGO).plusDays(90).toString())),
				400, "interviewDate").andExpect(jsonPath("$.detail", containsString("60 days")));
		problem(request(Map.of("posting", Postings.SRE, "level", "wizard")), 400, "level")
			.andExpect(jsonPath("$.detail", containsString("senior, staff")));
		problem(post("/api/plan").contentType(MediaType.APPLICATION_JSON), 400, "body");
		problem(post("/api/plan").contentType(MediaType.APPLICATION_JSON).content("{\"posting\": "), 400, "body");
		problem(post("/api/plan").contentType(MediaType.APPLICATION_JSON).content("[1, 2]"), 400, "body");
		problem(post("/api/plan").contentType(MediaType.APPLICATION_JSON).content("{\"posting\": [\"a\"]}"), 400, "body");
		problem(post("/api/plan").contentType(MediaType.APPLICATION_JSON).content("x".repeat(PlanApiController.MAX_BODY_BYTES + 1)),
				413, "posting");
	}

	private ResultActions problem(MockHttpServletRequestBuilder request, int status, String field) throws Exception {
		return mvc.perform(request)
			.andExpect(status().is(status))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.field").value(field));
	}

	private static int rank(JsonNode plan, String competency) {
		List<String> ids = plan.get("competencies").valueStream().map(c -> c.get("id").asString()).toList();
		return ids.contains(competency) ? ids.indexOf(competency) : Integer.MAX_VALUE;
	}

	private MockHttpServletRequestBuilder request(Map<String, String> body) throws Exception {
		return post("/api/plan").contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
	}

	private JsonNode plan(Map<String, String> body) throws Exception {
		return json.readTree(mvc.perform(request(body)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

}
