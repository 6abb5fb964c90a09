package dev.storysmith.question;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import dev.storysmith.account.WebSliceSecurity;
import dev.storysmith.rubric.RubricEngine;
import dev.storysmith.framework.FrameworkCatalog;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(QuestionController.class)
@Import({ QuestionCatalog.class, WebSliceSecurity.class })
class QuestionControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	BankSnapshots snapshots;

	@MockitoBean
	FrameworkCatalog frameworks;

	/** The story module's editor advice (in every web slice) reads the speaking rate from the rubric. */
	@MockitoBean
	RubricEngine rubric;

	private static final AtomicLong VERSIONS = new AtomicLong(100);

	private long version;

	@BeforeEach
	void bank() {
		given(frameworks.find("star")).willReturn(Optional.of(QuestionFixtures.STAR));
		given(frameworks.find("par")).willReturn(Optional.of(QuestionFixtures.PAR));
		bankOf(QuestionFixtures.outageQuestion(), QuestionFixtures.outageQuestionTwoWays());
	}

	/**
	 * Every bank a test sets up gets a version of its own, as an import would give it: pages
	 * rendered for anonymous visitors are kept per version, in a filter the tests share.
	 */
	private void bankOf(QuestionDetail... questions) {
		version = VERSIONS.incrementAndGet();
		BankSnapshot snapshot = QuestionFixtures.snapshot(version, List.of(questions), frameworks);
		given(snapshots.current()).willReturn(snapshot);
	}

	@Test
	void listsTitlePromptLineCompetenciesAndDifficulty() throws Exception {
		mvc.perform(get("/questions"))
			.andExpect(status().isOk())
			.andExpect(view().name(QuestionController.LIST_VIEW))
			.andExpect(content().string(containsString("Tell me about an outage you owned")))
			.andExpect(content().string(containsString("<p class=\"prompt-line\">Tell me about an outage.</p>")))
			.andExpect(content().string(containsString("Ownership (2)")))
			.andExpect(content().string(containsString("Hard (2)")))
			.andExpect(content().string(containsString("href=\"/questions?competency=ownership\">Ownership</a>")))
			.andExpect(content().string(containsString("2 questions")))
			.andExpect(content().string(not(containsString("Calm triage"))));
	}

	@Test
	void linksEveryCompetencyThatHasQuestionsWithItsCount() throws Exception {
		mvc.perform(get("/questions"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Browse by competency")))
			.andExpect(content().string(element("a", "data-competency=\"ownership\"", "href=\"/questions\\?competency=ownership\"")))
			.andExpect(content().string(containsString("<span class=\"competency-count\" aria-hidden=\"true\">2</span>")))
			.andExpect(content().string(containsString("2 questions</span>")))
			.andExpect(content().string(not(containsString("data-competency=\"mentoring\""))))
			.andExpect(content().string(element("a", "class=\"competency-link all active\"", "aria-current=\"true\"")))
			.andExpect(content().string(not(element("a", "data-competency=\"ownership\"", "aria-current"))));
	}

	@Test
	void showsTheCountsOfTheBankInMemoryAfterItChanges() throws Exception {
		mvc.perform(get("/questions")).andExpect(content().string(containsString("Ownership (2)")));

		bankOf(QuestionFixtures.outageQuestion(), QuestionFixtures.mentoringQuestion());

		mvc.perform(get("/questions"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ownership (1)")))
			.andExpect(content().string(containsString("Mentoring (1)")))
			.andExpect(content().string(containsString("Easy (1)")))
			.andExpect(content().string(containsString("Hard (1)")))
			.andExpect(content().string(element("a", "data-competency=\"mentoring\"", "href=\"/questions\\?competency=mentoring\"")))
			.andExpect(content().string(containsString("<span class=\"visually-hidden\">1 question</span>")))
			.andExpect(content().string(not(containsString("Ownership (2)"))));
	}

	@Test
	void marksTheCompetencyBeingBrowsed() throws Exception {
		mvc.perform(get("/questions").param("competency", "ownership"))
			.andExpect(status().isOk())
			.andExpect(content().string(element("a", "class=\"competency-link active\"", "aria-current=\"true\"", "data-competency=\"ownership\"")))
			.andExpect(content().string(not(element("a", "competency-link all", "aria-current"))));
	}

	@Test
	void combinesFiltersWithTheSearchAndMarksTheMatchedWords() throws Exception {
		bankOf(QuestionFixtures.outageQuestion(), QuestionFixtures.mentoringQuestion());

		mvc.perform(get("/questions").param("competency", "ownership").param("difficulty", "hard").param("q", "outages"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Clear filters")))
			.andExpect(content().string(containsString("1 question")))
			.andExpect(content().string(containsString("Tell me about an <mark>outage</mark> you owned")))
			.andExpect(content().string(not(containsString("junior engineer"))));
		mvc.perform(get("/questions").param("difficulty", "easy").param("q", "outage"))
			.andExpect(content().string(containsString("No question matches these filters.")));
	}

	@Test
	void suggestsNearMatchesWhenASearchFindsNothing() throws Exception {
		bankOf(QuestionFixtures.outageQuestion(), QuestionFixtures.mentoringQuestion());

		mvc.perform(get("/questions").param("q", "outgae postmortems"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No question matches these filters.")))
			.andExpect(content().string(containsString("Closest questions to your search:")))
			.andExpect(content().string(containsString("href=\"/questions/outage-you-owned\"")));
	}

	@Test
	void pagesALongListKeepingFiltersAndQueryInTheLinks() throws Exception {
		bankOf(QuestionFixtures.numbered(45).toArray(QuestionDetail[]::new));

		mvc.perform(get("/questions").param("q", "numbered").param("competency", "ownership"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("45 questions")))
			.andExpect(content().string(containsString("page 1 of 3")))
			.andExpect(content().string(containsString("<mark>Numbered</mark> question 20")))
			.andExpect(content().string(not(containsString("question 21"))))
			.andExpect(content().string(containsString("href=\"/questions?q=numbered&amp;competency=ownership&amp;page=2\"")));
		mvc.perform(get("/questions").param("page", "3"))
			.andExpect(content().string(containsString("Numbered question 45")))
			.andExpect(content().string(not(containsString("Numbered question 40<"))))
			.andExpect(content().string(containsString("href=\"/questions?page=2\"")));
		mvc.perform(get("/questions").param("page", "junk"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Numbered question 01")));
	}

	@Test
	void answersOddSearchTextWithResultsOrAMessageNeverAnError() throws Exception {
		for (String odd : List.of("outage AND (NOT", "\"unclosed", "*:*", "title:outage~2^9", "🔥🚒 outage", "\\/[]{}!?")) {
			mvc.perform(get("/questions").param("q", odd)).andExpect(status().isOk());
		}
		mvc.perform(get("/questions").param("q", "outage ".repeat(1430)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Search text can be at most 200 characters.")));
	}

	@Test
	void explainsAnOverlongSearchInsteadOfSearching() throws Exception {
		mvc.perform(get("/questions").param("q", "x".repeat(201)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("search", "q"))
			.andExpect(content().string(containsString("Search text can be at most 200 characters.")))
			.andExpect(content().string(not(containsString("Tell me about an outage you owned</a>"))));
	}

	@Test
	void explainsAnUnknownDifficulty() throws Exception {
		mvc.perform(get("/questions").param("difficulty", "brutal"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Difficulty must be easy, medium or hard.")));
	}

	@Test
	void answersARepeatedViewOfAnUnchangedBankWith304() throws Exception {
		for (String url : List.of("/questions?q=outage", "/questions/outage-you-owned")) {
			String etag = mvc.perform(get(url))
				.andExpect(status().isOk())
				.andExpect(header().string("Cache-Control", "private, no-cache"))
				.andReturn()
				.getResponse()
				.getHeader("ETag");
			assertThat(etag).startsWith("W/\"bank-" + version + "-");
			mvc.perform(get(url).header("If-None-Match", etag))
				.andExpect(status().isNotModified())
				.andExpect(content().string(""));

			BankSnapshot newer = QuestionFixtures.snapshot(VERSIONS.incrementAndGet(),
					List.of(QuestionFixtures.outageQuestion()), frameworks);
			given(snapshots.current()).willReturn(newer);
			mvc.perform(get(url).header("If-None-Match", etag)).andExpect(status().isOk());
			bank();
		}
	}

	@Test
	@WithMockUser("alice")
	void givesEachSignedInVisitorTheirOwnEtag() throws Exception {
		String anonymous = "W/\"bank-" + version + "-anonymous\"";
		mvc.perform(get("/questions").header("If-None-Match", anonymous))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", not(anonymous)));
	}

	@Test
	void showsASignedInVisitorTheirOwnLayoutAfterAnAnonymousViewWasKept() throws Exception {
		mvc.perform(get("/questions")).andExpect(content().string(not(containsString("Sign out"))));
		mvc.perform(get("/questions")).andExpect(content().string(not(containsString("Sign out"))));

		mvc.perform(get("/questions").with(user("alice")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("title=\"alice\"")))
			.andExpect(content().string(containsString("Sign out")));
	}

	@Test
	void showsAnAnonymousVisitorTheLinksToSignInAndNoToken() throws Exception {
		mvc.perform(get("/questions"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/login\">Sign in</a>")))
			.andExpect(content().string(containsString("href=\"/register\">Create account</a>")))
			.andExpect(content().string(not(containsString("My stories"))))
			.andExpect(content().string(not(containsString("Sign out"))))
			.andExpect(content().string(not(containsString("Bank import"))))
			.andExpect(content().string(not(containsString("name=\"_csrf\""))));
	}

	@Test
	@WithMockUser("alice")
	void showsASignedInVisitorTheirLinksAndTheTokenForScripts() throws Exception {
		mvc.perform(get("/questions"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/stories\">My stories</a>")))
			.andExpect(content().string(containsString("href=\"/coverage\">Coverage</a>")))
			.andExpect(content().string(containsString("title=\"alice\">Account</a>")))
			.andExpect(content().string(containsString("Sign out</button>")))
			.andExpect(content().string(containsString("<meta name=\"_csrf\" content=\"")))
			.andExpect(content().string(containsString("<meta name=\"_csrf_header\" content=\"X-CSRF-TOKEN\">")))
			.andExpect(content().string(not(containsString(">Sign in</a>"))))
			.andExpect(content().string(not(containsString("Bank import"))));
	}

	@Test
	@WithMockUser(username = "root", roles = { "USER", "ADMIN" })
	void showsAnAdminTheBankImportLink() throws Exception {
		mvc.perform(get("/questions"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/admin/import\">Bank import</a>")))
			.andExpect(content().string(containsString("My stories")));
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
			.andExpect(content().string(matchesPattern("(?s).*<script src=\"/js/answer-tabs-[0-9a-f]{32}\\.js\" defer></script>.*")));
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
