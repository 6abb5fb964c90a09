package dev.storysmith.story;

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
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.storysmith.system.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The /api/stories contract, for two users side by side. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:stories-web;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class StoryApiControllerTests {

	static final String BODY = """
			{"title": "Idempotent payments", "framework": "star-l",
			 "sections": {"situation": "Duplicate charges hit 0.4% of orders.",
			              "action": "I added idempotency keys instead of a distributed lock."},
			 "questionIds": ["proudest-project"], "competencies": ["ownership"]}""";

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
	void createsAStoryWithLocationIdVersionAndScore() throws Exception {
		MvcResult created = mvc.perform(post("/api/stories").with(alice).contentType(MediaType.APPLICATION_JSON).content(BODY))
			.andExpect(status().isCreated())
			.andExpect(header().string(HttpHeaders.LOCATION, containsString("/api/stories/")))
			.andExpect(jsonPath("$.id").isNumber())
			.andExpect(jsonPath("$.version").value(0))
			.andExpect(jsonPath("$.score.overall").isNumber())
			.andExpect(jsonPath("$.score.criteria.length()").value(7))
			.andReturn();
		long id = read(created).get("id").asLong();

		mvc.perform(get("/api/stories/" + id).with(alice))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sections.action").value("I added idempotency keys instead of a distributed lock."))
			.andExpect(jsonPath("$.questionIds[0]").value("proudest-project"));
	}

	@Test
	void listsOnlyTheCallersStoriesAndHidesOthersBehind404() throws Exception {
		long id = create(alice);

		mvc.perform(get("/api/stories").with(bob)).andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
		mvc.perform(get("/api/stories").with(alice)).andExpect(jsonPath("$[0].id").value(id));
		mvc.perform(get("/api/stories/" + id).with(bob))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(put("/api/stories/" + id).with(bob).contentType(MediaType.APPLICATION_JSON)
			.content(BODY.replaceFirst("\\{", "{\"version\": 0, "))).andExpect(status().isNotFound());
		mvc.perform(delete("/api/stories/" + id).with(bob)).andExpect(status().isNotFound());
		mvc.perform(get("/api/stories/" + id + "/revisions").with(bob)).andExpect(status().isNotFound());
		mvc.perform(get("/api/stories/" + id).with(alice)).andExpect(status().isOk());
	}

	@Test
	void updatesWithTheCurrentVersionAndRefusesAStaleOneWith409() throws Exception {
		long id = create(alice);
		String update = BODY.replaceFirst("\\{", "{\"version\": 0, ").replace("Idempotent payments", "Renamed");

		mvc.perform(put("/api/stories/" + id).with(alice).contentType(MediaType.APPLICATION_JSON).content(update))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.title").value("Renamed"));
		mvc.perform(put("/api/stories/" + id).with(alice).contentType(MediaType.APPLICATION_JSON)
			.content(update.replace("Renamed", "Lost update")))
			.andExpect(status().isConflict())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", containsString("saved somewhere else")));
		mvc.perform(get("/api/stories/" + id).with(alice)).andExpect(jsonPath("$.title").value("Renamed"));
	}

	@Test
	void deletesWith204AndListsRevisions() throws Exception {
		long id = create(alice);
		mvc.perform(get("/api/stories/" + id + "/revisions").with(alice))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(0));

		mvc.perform(delete("/api/stories/" + id).with(alice)).andExpect(status().isNoContent());
		mvc.perform(get("/api/stories/" + id).with(alice)).andExpect(status().isNotFound());
	}

	@Test
	void namesTheFieldOverALimit() throws Exception {
		String longTitle = BODY.replace("Idempotent payments", "t".repeat(201));
		mvc.perform(post("/api/stories").with(alice).contentType(MediaType.APPLICATION_JSON).content(longTitle))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("title"))
			.andExpect(jsonPath("$.errors[0].message").value("A title has at most 200 characters; this one has 201."));

		String longSection = BODY.replace("Duplicate charges hit 0.4% of orders.", "w".repeat(10_001));
		mvc.perform(post("/api/stories").with(alice).contentType(MediaType.APPLICATION_JSON).content(longSection))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("sections.situation"));

		mvc.perform(put("/api/stories/1").with(alice).contentType(MediaType.APPLICATION_JSON).content(BODY))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("version"));
	}

	@Test
	void answersMalformedJsonWithAProblemNotA500() throws Exception {
		mvc.perform(post("/api/stories").with(alice).contentType(MediaType.APPLICATION_JSON).content("{\"title\": "))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void answersANullLinkWithA400NamingTheField() throws Exception {
		String nullQuestion = BODY.replace("[\"proudest-project\"]", "[null]");
		mvc.perform(post("/api/stories").with(alice).contentType(MediaType.APPLICATION_JSON).content(nullQuestion))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("questionIds"))
			.andExpect(jsonPath("$.errors[0].message").value("The list has an empty entry (null)."));

		long id = create(alice);
		String nullCompetency = BODY.replaceFirst("\\{", "{\"version\": 0, ").replace("[\"ownership\"]", "[\"ownership\", null]");
		mvc.perform(put("/api/stories/" + id).with(alice).contentType(MediaType.APPLICATION_JSON).content(nullCompetency))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("competencies"));
	}

	@Test
	void answersANumberTooLargeForItsFieldWithA400NamingIt() throws Exception {
		long id = create(alice);
		String huge = BODY.replaceFirst("\\{", "{\"version\": 99999999999999999999999, ");
		mvc.perform(put("/api/stories/" + id).with(alice).contentType(MediaType.APPLICATION_JSON).content(huge))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.field").value("version"));
	}

	@Test
	void acceptsOnlyJson() throws Exception {
		mvc.perform(post("/api/stories").with(alice).contentType(MediaType.TEXT_PLAIN).content(BODY))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.field").value("Content-Type"));
		mvc.perform(get("/api/stories").with(alice)).andExpect(jsonPath("$.length()").value(0));
	}

	private long create(RequestPostProcessor user) throws Exception {
		return read(mvc.perform(post("/api/stories").with(user).contentType(MediaType.APPLICATION_JSON).content(BODY))
			.andExpect(status().isCreated())
			.andReturn()).get("id").asLong();
	}

	private JsonNode read(MvcResult result) throws Exception {
		return json.readTree(result.getResponse().getContentAsString());
	}

}
