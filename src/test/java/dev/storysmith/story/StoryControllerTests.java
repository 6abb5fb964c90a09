package dev.storysmith.story;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import dev.storysmith.account.AccountPrincipal;

import dev.storysmith.system.ErrorPageAttributes;
import dev.storysmith.system.TestAccounts;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The story pages: bank, new story, editor saves, stale saves, limits and escaping. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:stories-web;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class StoryControllerTests {

	static final String SCRIPT = "<script>alert('x')</script>";

	static final String IMG = "<img src=x onerror=alert(1)>";

	@Autowired
	MockMvc mvc;

	@Autowired
	StoryService stories;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	UserDetailsService users;

	AccountPrincipal alice;

	AccountPrincipal bob;

	@BeforeEach
	void users() {
		alice = (AccountPrincipal) users.loadUserByUsername(TestAccounts.create(jdbc, encoder));
		bob = (AccountPrincipal) users.loadUserByUsername(TestAccounts.create(jdbc, encoder));
	}

	@Test
	void anEmptyStoryBankPointsToTheQuestions() throws Exception {
		mvc.perform(get("/stories").with(as(alice)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You have no stories yet.")))
			.andExpect(content().string(containsString("href=\"/questions\"")));
	}

	@Test
	void startsAStoryFromAQuestionWithItsFrameworkAndCompetencies() throws Exception {
		mvc.perform(get("/stories/new").param("question", "proudest-project").with(as(alice)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Tell me about the project you are most proud of\"")));

		String location = mvc.perform(post("/stories").with(as(alice)).with(csrf())
			.param("title", "Duplicate charges").param("framework", "star-l").param("question", "proudest-project"))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

		StoryView story = stories.find(alice.id(), id).orElseThrow();
		org.assertj.core.api.Assertions.assertThat(story.questionIds()).containsExactly("proudest-project");
		org.assertj.core.api.Assertions.assertThat(story.competencies()).contains("ownership");
		mvc.perform(get("/stories").param("competency", "ownership").with(as(alice)))
			.andExpect(content().string(containsString("Duplicate charges")));
	}

	@Test
	void showsOneBoxPerSectionWithItsPromptAndTheScorecard() throws Exception {
		long id = story(alice, Map.of("action", "I chose a cache over a bigger database."));

		mvc.perform(get("/stories/" + id).with(as(alice)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"sections[situation]\"")))
			.andExpect(content().string(containsString("name=\"sections[lessons]\"")))
			.andExpect(content().string(containsString("class=\"scorecard\"")))
			.andExpect(content().string(containsString("Compare with the sample answer")));
	}

	@Test
	void savesARevisionThroughThePlainForm() throws Exception {
		long id = story(alice, Map.of());

		mvc.perform(post("/stories/" + id).with(as(alice)).with(csrf()).param("title", "Saved").param("framework", "star-l")
			.param("version", "0").param("sections[action]", "I rewrote the retry loop.").param("action", "revision"))
			.andExpect(redirectedUrl("/stories/" + id))
			.andExpect(flash().attribute("message", "story.revision.saved"));

		mvc.perform(get("/stories/" + id).with(as(alice)))
			.andExpect(content().string(containsString("I rewrote the retry loop.")))
			.andExpect(content().string(containsString("Revision 1 · score")));
	}

	@Test
	void refusesAStaleSaveAndKeepsTheTypedText() throws Exception {
		long id = story(alice, Map.of());
		stories.update(alice.id(), id, 0, new StoryContent("Other tab", "star-l", Map.of(), "", Set.of(), Set.of()));

		mvc.perform(post("/stories/" + id).with(as(alice)).with(csrf()).param("title", "Mine").param("framework", "star-l")
			.param("version", "0").param("sections[action]", "My unsaved paragraph."))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("saved somewhere else")))
			.andExpect(content().string(containsString("My unsaved paragraph.")));
	}

	@Test
	void explainsAnOverlongSectionBesideItAndKeepsTheText() throws Exception {
		long id = story(alice, Map.of());
		String tooLong = "word ".repeat(2001);

		mvc.perform(post("/stories/" + id).with(as(alice)).with(csrf()).param("title", "Long").param("framework", "star-l")
			.param("version", "0").param("sections[result]", tooLong))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A section holds at most 10000 characters; this one has 10005.")))
			.andExpect(content().string(containsString(tooLong.substring(0, 200))));
	}

	@Test
	void autosaveAnswersJsonWithTheNewVersionOrWhyNot() throws Exception {
		long id = story(alice, Map.of());

		mvc.perform(post("/stories/" + id + "/autosave").with(as(alice)).with(csrf()).param("title", "Auto")
			.param("framework", "star-l").param("version", "0").param("sections[task]", "I owned it."))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.scorecard.overall").isNumber())
			.andExpect(jsonPath("$.scorecard.criteria").isNotEmpty())
			.andExpect(jsonPath("$.scorecard.words").value(3));
		mvc.perform(post("/stories/" + id + "/autosave").with(as(alice)).with(csrf()).param("title", "Auto")
			.param("framework", "star-l").param("version", "0"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.message", containsString("saved somewhere else")));
		mvc.perform(post("/stories/" + id + "/autosave").with(as(bob)).with(csrf()).param("title", "Bob")
			.param("framework", "star-l").param("version", "1"))
			.andExpect(status().isNotFound());
	}

	@Test
	void anotherUsersStoryIs404OnEveryPage() throws Exception {
		long id = story(alice, Map.of("action", "Alice's secret draft."));

		mvc.perform(get("/stories/" + id).with(as(bob))).andExpect(status().isNotFound());
		mvc.perform(post("/stories/" + id).with(as(bob)).with(csrf()).param("title", "x").param("framework", "star-l")
			.param("version", "0")).andExpect(status().isNotFound());
		mvc.perform(post("/stories/" + id + "/delete").with(as(bob)).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(get("/stories").with(as(bob))).andExpect(content().string(not(containsString("Alice"))));
	}

	@ParameterizedTest
	@ValueSource(strings = { SCRIPT, IMG })
	void escapesMarkupInEveryFieldItIsShownIn(String payload) throws Exception {
		long id = stories.create(alice.id(), new StoryContent("Title " + payload, "star-l",
				Map.of("situation", payload, "action", "I did it " + payload), payload, Set.of("proudest-project"),
				Set.of())).id();
		stories.saveRevision(alice.id(), id, 0, stories.find(alice.id(), id).orElseThrow().content());
		long revision = stories.revisions(alice.id(), id).get(0).id();

		for (String page : new String[] { "/stories", "/stories/" + id, "/stories/" + id + "/revisions/" + revision }) {
			mvc.perform(get(page).with(as(alice)))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString(payload))))
				.andExpect(content().string(containsString(payload.startsWith("<script") ? "&lt;script&gt;" : "&lt;img")));
		}
	}

	@Test
	void answersAFormFieldWithAnImpossibleIndexWith400NamingIt() throws Exception {
		long id = stories.create(alice.id(), new StoryContent("Mine", "star-l", Map.of(), "", Set.of(), Set.of())).id();

		mvc.perform(post("/stories/" + id).with(as(alice)).with(csrf()).param("title", "Mine").param("framework", "star-l")
			.param("version", "0").param("questionIds[5000]", "x").param("action", "revision"))
			.andExpect(status().isBadRequest())
			.andExpect(request().attribute(ErrorPageAttributes.DETAIL, containsString("'questionIds[5000]'")));
	}

	@Test
	void pagesThatShowTimesSurviveOneAtTheEdgeOfWhatJavaHolds() throws Exception {
		StoryContent content = new StoryContent("Old", "star-l", Map.of("action", "I kept it."), "", Set.of(), Set.of());
		StoryView created = stories.create(alice.id(), content);
		long id = stories.saveRevision(alice.id(), created.id(), created.version(), content).id();
		long revision = stories.revisions(alice.id(), id).get(0).id();
		java.time.Instant ancient = java.time.Instant.MIN;
		jdbc.update("update story set updated_at = ?, created_at = ? where id = ?", ancient, ancient, id);
		jdbc.update("update story_revision set created_at = ? where story_id = ?", ancient, id);

		for (String page : new String[] { "/stories", "/stories/" + id, "/stories/" + id + "/revisions/" + revision,
				"/progress" }) {
			mvc.perform(get(page).with(as(alice))).andExpect(status().isOk())
				.andExpect(content().string(containsString("</html>")));
		}
	}

	@Test
	void switchesFrameworkFromTheEditorAndShowsUnplacedNotes() throws Exception {
		long id = story(alice, Map.of("lessons", "I learned to load test first."));

		mvc.perform(post("/stories/" + id + "/framework").with(as(alice)).with(csrf()).param("title", "T")
			.param("framework", "star-l").param("version", "0").param("sections[lessons]", "I learned to load test first.")
			.param("target", "star"))
			.andExpect(redirectedUrl("/stories/" + id));

		mvc.perform(get("/stories/" + id).with(as(alice)))
			.andExpect(content().string(containsString("Unplaced notes")))
			.andExpect(content().string(containsString("I learned to load test first.")))
			.andExpect(content().string(not(containsString("name=\"sections[lessons]\""))));
	}

	@Test
	void withoutScriptTheEditorAsksForASaveAndPromisesNoAutosave() throws Exception {
		long id = story(alice, Map.of());

		mvc.perform(get("/stories/" + id).with(as(alice)))
			.andExpect(content().string(containsString(">Save to keep your changes.</p>")))
			.andExpect(content().string(containsString("data-idle=\"Changes are saved automatically as you type.\"")));
	}

	@Test
	void comparesWithTheSampleInTheStorysFrameworkOrSaysThereIsNone() throws Exception {
		long starL = story(alice, Map.of("action", "My own action paragraph."));
		long star = stories.create(alice.id(), new StoryContent("Plain", "star", Map.of("action", "Mine."), "",
				Set.of("proudest-project"), Set.of())).id();

		mvc.perform(get("/stories/" + starL).with(as(alice)))
			.andExpect(content().string(containsString("Compare with the sample answer")))
			.andExpect(content().string(containsString("<td class=\"pre\">My own action paragraph.</td>")));
		mvc.perform(get("/stories/" + star).with(as(alice)))
			.andExpect(content().string(not(containsString("Compare with the sample answer"))))
			.andExpect(content().string(containsString("has a sample answer in STAR,")));
	}

	@Test
	void draftMyAnswerOffersTheStoryAlreadyWrittenForTheQuestion() throws Exception {
		mvc.perform(get("/stories/new").param("question", "proudest-project").with(as(alice)))
			.andExpect(content().string(not(containsString("You already have a story for this question"))));
		long id = story(alice, Map.of());

		mvc.perform(get("/stories/new").param("question", "proudest-project").with(as(alice)))
			.andExpect(content().string(containsString("You already have a story for this question")))
			.andExpect(content().string(containsString("href=\"/stories/" + id + "\"")))
			.andExpect(content().string(containsString("Start writing")));
		mvc.perform(get("/stories/new").param("question", "proudest-project").with(as(bob)))
			.andExpect(content().string(not(containsString("You already have a story for this question"))));
	}

	@Test
	void aRetiredQuestionIsShownKeptAndNeverBlocksASave() throws Exception {
		long id = story(alice, Map.of());
		jdbc.update("update story_question set question_id = 'retired-question' where story_id = ?", id);

		mvc.perform(get("/stories/" + id).with(as(alice)))
			.andExpect(content().string(containsString("A retired question (retired-question)")))
			.andExpect(content().string(containsString("name=\"questionIds\" value=\"retired-question\"")));
		mvc.perform(post("/stories/" + id).with(as(alice)).with(csrf()).param("title", "Kept").param("framework", "star-l")
			.param("version", "0").param("questionIds", "retired-question").param("sections[action]", "Saved anyway."))
			.andExpect(redirectedUrl("/stories/" + id));
		StoryView saved = stories.find(alice.id(), id).orElseThrow();
		org.assertj.core.api.Assertions.assertThat(saved.sections()).containsEntry("action", "Saved anyway.");
		org.assertj.core.api.Assertions.assertThat(saved.questionIds()).containsExactly("retired-question");
	}

	@Test
	void aRefusedLinkIsExplainedBesideTheLinksWithTheTextKept() throws Exception {
		long id = story(alice, Map.of());

		mvc.perform(post("/stories/" + id).with(as(alice)).with(csrf()).param("title", "Kept").param("framework", "star-l")
			.param("version", "0").param("questionIds", "proudest-project", "no-such-question")
			.param("sections[action]", "Typed text."))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("no-such-question")))
			.andExpect(content().string(containsString("Typed text.")));
	}

	@Test
	void restoringSaysWhereTheTextBeforeWasKept() throws Exception {
		long id = story(alice, Map.of("action", "First."));
		stories.saveRevision(alice.id(), id, 0, stories.find(alice.id(), id).orElseThrow().content());
		stories.update(alice.id(), id, 1, new StoryContent("Story", "star-l", Map.of("action", "Autosaved."), "",
				Set.of("proudest-project"), Set.of()));
		long revision = stories.revisions(alice.id(), id).get(0).id();

		mvc.perform(post("/stories/" + id + "/revisions/" + revision + "/restore").with(as(alice)).with(csrf()))
			.andExpect(redirectedUrl("/stories/" + id))
			.andExpect(flash().attributeExists("restoredRevision"));
		mvc.perform(get("/stories/" + id).with(as(alice))
			.flashAttr("restoredRevision", new Restored(stories.find(alice.id(), id).orElseThrow(), 1, 2, true)))
			.andExpect(content().string(containsString("Revision 1 is back in the editor. The text you had before the restore is kept as revision 2.")));
	}

	private long story(AccountPrincipal owner, Map<String, String> sections) {
		return stories.create(owner.id(), new StoryContent("Story", "star-l", sections, "", Set.of("proudest-project"),
				Set.of("ownership"))).id();
	}

	private static RequestPostProcessor as(AccountPrincipal principal) {
		return user(principal);
	}

}
