package dev.storysmith.question;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import dev.storysmith.account.WebSliceSecurity;
import dev.storysmith.rubric.RubricEngine;
import dev.storysmith.framework.FrameworkCatalog;
import dev.storysmith.system.MarkdownRenderer;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(QuestionController.class)
@Import({ MarkdownRenderer.class, WebSliceSecurity.class })
class QuestionControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	QuestionCatalog catalog;

	@MockitoBean
	FrameworkCatalog frameworks;

	/** The story module's editor advice (in every web slice) reads the speaking rate from the rubric. */
	@MockitoBean
	RubricEngine rubric;

	@BeforeEach
	void bank() {
		Map<CompetencyView, Long> counts = new LinkedHashMap<>();
		counts.put(QuestionFixtures.OWNERSHIP, 1L);
		counts.put(QuestionFixtures.MENTORING, 0L);
		given(catalog.countsByCompetency()).willReturn(counts);
		given(catalog.competencies()).willReturn(List.of(QuestionFixtures.OWNERSHIP));
		given(catalog.search(any())).willReturn(List.of(QuestionFixtures.outageQuestion().summary()));
		given(catalog.find("outage-you-owned")).willReturn(Optional.of(QuestionFixtures.outageQuestion()));
		given(catalog.find("outage-two-ways")).willReturn(Optional.of(QuestionFixtures.outageQuestionTwoWays()));
		given(catalog.find("nope")).willReturn(Optional.empty());
		given(frameworks.find("star")).willReturn(Optional.of(QuestionFixtures.STAR));
		given(frameworks.find("par")).willReturn(Optional.of(QuestionFixtures.PAR));
	}

	@Test
	void listsQuestionsWithCompetencyCountsAndDifficulty() throws Exception {
		mvc.perform(get("/questions"))
			.andExpect(status().isOk())
			.andExpect(view().name(QuestionController.LIST_VIEW))
			.andExpect(content().string(containsString("Tell me about an outage you owned")))
			.andExpect(content().string(containsString("Ownership (1)")))
			.andExpect(content().string(containsString("href=\"/questions?competency=ownership\">Ownership</a>")))
			.andExpect(content().string(containsString("Hard")));
	}

	@Test
	void linksEveryCompetencyThatHasQuestionsWithItsCount() throws Exception {
		mvc.perform(get("/questions"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Browse by competency")))
			.andExpect(content().string(element("a", "data-competency=\"ownership\"", "href=\"/questions\\?competency=ownership\"")))
			.andExpect(content().string(containsString("<span class=\"competency-count\" aria-hidden=\"true\">1</span>")))
			.andExpect(content().string(containsString("1 question</span>")))
			.andExpect(content().string(not(containsString("data-competency=\"mentoring\""))))
			.andExpect(content().string(element("a", "class=\"competency-link all active\"", "aria-current=\"true\"")))
			.andExpect(content().string(not(element("a", "data-competency=\"ownership\"", "aria-current"))));
	}

	@Test
	void marksTheCompetencyBeingBrowsed() throws Exception {
		mvc.perform(get("/questions").param("competency", "ownership"))
			.andExpect(status().isOk())
			.andExpect(content().string(element("a", "class=\"competency-link active\"", "aria-current=\"true\"", "data-competency=\"ownership\"")))
			.andExpect(content().string(not(element("a", "competency-link all", "aria-current"))));
	}

	@Test
	void passesTheFiltersFromTheUrlToTheCatalog() throws Exception {
		mvc.perform(get("/questions").param("competency", "ownership").param("difficulty", "hard").param("q", "outage"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Clear filters")));

		verify(catalog).search(new QuestionFilter("ownership", Difficulty.HARD, "outage"));
	}

	@Test
	void explainsAnOverlongSearchInsteadOfSearching() throws Exception {
		mvc.perform(get("/questions").param("q", "x".repeat(201)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("search", "q"))
			.andExpect(content().string(containsString("Search text can be at most 200 characters.")));

		verify(catalog, never()).search(any());
	}

	@Test
	void explainsAnUnknownDifficulty() throws Exception {
		mvc.perform(get("/questions").param("difficulty", "brutal"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Difficulty must be easy, medium or hard.")));
	}

	@Test
	void showsAQuestionWithItsSampleAnswerSectionBySection() throws Exception {
		mvc.perform(get("/questions/outage-you-owned"))
			.andExpect(status().isOk())
			.andExpect(view().name(QuestionController.DETAIL_VIEW))
			.andExpect(content().string(containsString("Who did you tell?")))
			.andExpect(content().string(containsString("<h4>Situation</h4>")))
			.andExpect(content().string(containsString("<strong>2 s</strong>")))
			.andExpect(content().string(containsString("Sample answer (STAR)")));
	}

	@Test
	void linksEachSampleAnswerAndLoadsTheTabScriptWhenThereAreSeveral() throws Exception {
		mvc.perform(get("/questions/outage-two-ways"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<a href=\"#answer-0\">STAR</a>")))
			.andExpect(content().string(containsString("<a href=\"#answer-1\">PAR</a>")))
			.andExpect(content().string(containsString("id=\"answer-1\"")))
			.andExpect(content().string(containsString("<script src=\"/js/answer-tabs.js\" defer></script>")));
	}

	@Test
	void leavesTheTabScriptOutForASingleAnswer() throws Exception {
		mvc.perform(get("/questions/outage-you-owned"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("answer-tabs"))));
	}

	@Test
	void escapesMarkupInBankText() throws Exception {
		mvc.perform(get("/questions/outage-you-owned"))
			.andExpect(content().string(not(containsString("<script>alert"))))
			.andExpect(content().string(containsString("&lt;script&gt;")));
	}

	@Test
	void answersAnUnknownQuestionWith404() throws Exception {
		mvc.perform(get("/questions/nope")).andExpect(status().isNotFound());
	}

	/** Matches a page with a {@code <tag ...>} start tag whose attributes hold every fragment (a regex), in any order. */
	private static org.hamcrest.Matcher<String> element(String tag, String... attributeFragments) {
		StringBuilder pattern = new StringBuilder("(?s).*<" + tag + "\\s");
		for (String fragment : attributeFragments) {
			pattern.append("(?=[^>]*").append(fragment).append(")");
		}
		return matchesPattern(pattern.append("[^>]*>.*").toString());
	}

}
