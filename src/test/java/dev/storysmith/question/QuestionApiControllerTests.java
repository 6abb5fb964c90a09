package dev.storysmith.question;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import dev.storysmith.account.WebSliceSecurity;
import dev.storysmith.rubric.RubricEngine;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(QuestionApiController.class)
@Import(WebSliceSecurity.class)
class QuestionApiControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	QuestionCatalog catalog;

	/** The story module's editor advice (in every web slice) reads the speaking rate from the rubric. */
	@MockitoBean
	RubricEngine rubric;

	@Test
	void listsSummariesWithLowerCaseDifficulty() throws Exception {
		given(catalog.search(any())).willReturn(List.of(QuestionFixtures.outageQuestion().summary()));

		mvc.perform(get("/api/questions").param("competency", "ownership").param("q", "outage"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value("outage-you-owned"))
			.andExpect(jsonPath("$[0].difficulty").value("hard"))
			.andExpect(jsonPath("$[0].competencies[0]").value("ownership"))
			.andExpect(jsonPath("$[0].frameworks[0]").value("star"))
			.andExpect(jsonPath("$[0].prompt").doesNotExist());
		verify(catalog).search(new QuestionFilter("ownership", null, "outage"));
	}

	@Test
	void returnsAWholeQuestionWithSampleAnswersBySectionId() throws Exception {
		given(catalog.find("outage-you-owned")).willReturn(Optional.of(QuestionFixtures.outageQuestion()));

		mvc.perform(get("/api/questions/outage-you-owned"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.prompt").value("Tell me about an outage."))
			.andExpect(jsonPath("$.followUps.length()").value(2))
			.andExpect(jsonPath("$.pitfalls[0]").value("Blame."))
			.andExpect(jsonPath("$.sampleAnswers[0].framework").value("star"))
			.andExpect(jsonPath("$.sampleAnswers[0].sections.result").value("p95 fell to 300 ms."));
	}

	@Test
	void answersAnUnknownIdWithAProblemDetail() throws Exception {
		given(catalog.find("nope")).willReturn(Optional.empty());

		mvc.perform(get("/api/questions/nope"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("No question has the id 'nope'."));
	}

	@Test
	void namesEachInvalidFilter() throws Exception {
		mvc.perform(get("/api/questions").param("difficulty", "brutal").param("q", "x".repeat(500)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[?(@.field == 'difficulty')].message").value("Difficulty must be easy, medium or hard."))
			.andExpect(jsonPath("$.errors[?(@.field == 'q')].message").value("Search text can be at most 200 characters."))
			.andExpect(jsonPath("$.detail", containsString("difficulty")));
	}

	@Test
	void listsCompetenciesWithQuestionCounts() throws Exception {
		Map<CompetencyView, Long> counts = new LinkedHashMap<>();
		counts.put(QuestionFixtures.OWNERSHIP, 4L);
		given(catalog.countsByCompetency()).willReturn(counts);

		mvc.perform(get("/api/competencies"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value("ownership"))
			.andExpect(jsonPath("$[0].questions").value(4));
	}

}
