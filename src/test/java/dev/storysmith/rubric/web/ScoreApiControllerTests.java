package dev.storysmith.rubric.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The /api/score contract: public, no CSRF, a scorecard or a problem naming what is wrong, never a 500. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:score-api;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class ScoreApiControllerTests {

	@Autowired
	MockMvc mvc;

	@Test
	void scoresSectionsWithoutSignInOrCsrfAndSetsNoCookie() throws Exception {
		mvc.perform(json("""
				{"framework": "star-l", "sections": {
				  "situation": "Checkout p95 was 1.4 s.", "action": "I chose a cache over a bigger database.",
				  "result": "p95 fell from 1.4 s to 380 ms on our dashboard."}}"""))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("Set-Cookie"))
			.andExpect(jsonPath("$.framework").value("star-l"))
			.andExpect(jsonPath("$.overall").isNumber())
			.andExpect(jsonPath("$.sections[0].id").value("situation"))
			.andExpect(jsonPath("$.criteria[*].id").value(org.hamcrest.Matchers.contains("metrics", "role", "tradeoffs",
					"lessons", "structure", "specificity", "length")))
			.andExpect(jsonPath("$.criteria[0].evidence[0].section").exists());
	}

	@Test
	void answersFollowUpsAimedAtTheGapsQuotingTheDraft() throws Exception {
		mvc.perform(json("""
				{"framework": "star-l", "sections": {"action": "We rewrote the checkout queries and it got a lot faster."}}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.overall").isNumber())
			.andExpect(jsonPath("$.followUps.length()").value(5))
			.andExpect(jsonPath("$.followUps[0].criterion").value("metrics"))
			.andExpect(jsonPath("$.followUps[0].question").value("You said it \"a lot faster\": from what, to what?"))
			.andExpect(jsonPath("$.followUps[0].reason").isString())
			.andExpect(jsonPath("$.followUps[?(@.criterion == 'question')]").isEmpty());
	}

	@Test
	void mixesInTheBankFollowUpsOfTheQuestionSent() throws Exception {
		mvc.perform(json("""
				{"questionId": "acted-on-critical-feedback", "text": "We fixed things and it went well."}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.followUps.length()").value(5))
			.andExpect(jsonPath("$.followUps[?(@.criterion == 'question')].question").value(org.hamcrest.Matchers.contains(
					"What was your first reaction when you heard it?",
					"Did you agree with all of the feedback? Which part did you push back on?")));
	}

	@Test
	void scoresFreeTextWithStarLAsTheDefaultFramework() throws Exception {
		mvc.perform(json("{\"text\": \"I worked hard and things improved a lot.\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.framework").value("star-l"))
			.andExpect(jsonPath("$.words").value(8));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"malformed JSON|{\"text\": |body|not valid JSON",
			"empty body||body|The body is empty",
			"wrong type|{\"sections\": \"not an object\"}|body|not valid JSON",
			"neither text nor sections|{\"framework\": \"star\"}|text|either 'text'",
			"both text and sections|{\"text\": \"a\", \"sections\": {}}|text|either 'text'",
			"unknown framework|{\"framework\": \"soar\", \"text\": \"a\"}|framework|Unknown framework 'soar'",
			"unknown section|{\"framework\": \"star\", \"sections\": {\"lessons\": \"a\"}}|sections.lessons|Unknown section 'lessons'",
			"JSON array|[1, 2]|body|not valid JSON",
			"unknown question|{\"text\": \"a\", \"questionId\": \"no-such-question\"}|questionId|Unknown question 'no-such-question'" })
	void answersBadInputWith400NamingTheField(String label, String body, String field, String detail) throws Exception {
		mvc.perform(post("/api/score").contentType(MediaType.APPLICATION_JSON).content(body == null ? "" : body))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.field").value(field))
			.andExpect(jsonPath("$.detail", containsString(detail)));
	}

	@Test
	void refusesASectionOverTenThousandCharacters() throws Exception {
		mvc.perform(json("{\"framework\": \"star\", \"sections\": {\"action\": \"" + "a".repeat(10_001) + "\"}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("sections.action"))
			.andExpect(jsonPath("$.detail", containsString("the limit is 10000 per section")));
	}

	@Test
	void refusesABodyOver64KilobytesWith413() throws Exception {
		mvc.perform(json("{\"text\": \"" + "word ".repeat(14_000) + "\"}"))
			.andExpect(status().isContentTooLarge())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", containsString("64 KB")));
	}

	@Test
	void acceptsOnlyJson() throws Exception {
		mvc.perform(post("/api/score").contentType(MediaType.TEXT_PLAIN).content("{\"text\": \"I did it.\"}"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", containsString("Content-Type: application/json")));
	}

	@Test
	void survivesExoticUnicode() throws Exception {
		mvc.perform(json("{\"text\": \"\\u0000 \\ud83d\\ude80 \\u202e\\u05e9\\u05dc\\u05d5\\u05dd e\\u0301 \\ud800\"}"))
			.andExpect(status().isOk());
	}

	private static org.springframework.test.web.servlet.RequestBuilder json(String body) {
		return post("/api/score").contentType(MediaType.APPLICATION_JSON).content(body);
	}

}
