package dev.storysmith.story;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:story-service;DB_CLOSE_DELAY=-1",
		"storysmith.stories.max-per-user=3" })
class StoryServiceTests {

	@Autowired
	StoryService stories;

	@Autowired
	JdbcTemplate jdbc;

	long alice;

	long bob;

	@BeforeEach
	void users() {
		alice = user();
		bob = user();
	}

	@Test
	void keepsEachUsersStoriesToThemselves() {
		StoryView mine = stories.create(alice, content("Payments retry storm", Map.of("action", "I added jitter.")));

		assertThat(stories.find(alice, mine.id())).isPresent();
		assertThat(stories.find(bob, mine.id())).isEmpty();
		assertThat(stories.list(bob)).isEmpty();
		assertThat(stories.delete(bob, mine.id())).isFalse();
		assertThatThrownBy(() -> stories.update(bob, mine.id(), mine.version(), content("Taken", Map.of())))
			.isInstanceOf(StoryExceptions.NotFound.class);
		assertThat(stories.find(alice, mine.id()).orElseThrow().title()).isEqualTo("Payments retry storm");
	}

	@Test
	void refusesASaveBasedOnAnOlderVersionAndKeepsTheNewerText() {
		StoryView created = stories.create(alice, content("Cache", Map.of("action", "first")));
		StoryView fromTabOne = stories.update(alice, created.id(), created.version(), content("Cache", Map.of("action", "tab one")));

		assertThatThrownBy(() -> stories.update(alice, created.id(), created.version(),
				content("Cache", Map.of("action", "tab two")))).isInstanceOf(StoryExceptions.Stale.class);
		assertThat(stories.find(alice, created.id()).orElseThrow().sections()).containsEntry("action", "tab one");
		assertThat(fromTabOne.version()).isGreaterThan(created.version());
	}

	@Test
	void keepsScoredRevisionsAndRestoresAnEarlierOne() {
		StoryView created = stories.create(alice, content("Search", Map.of("action", "I rebuilt the index.")));
		StoryView first = stories.saveRevision(alice, created.id(), created.version(),
				content("Search", Map.of("action", "I rebuilt the index.")));
		StoryView second = stories.saveRevision(alice, created.id(), first.version(),
				content("Search", Map.of("action", "Rewritten completely.")));

		assertThat(stories.revisions(alice, created.id())).extracting(RevisionView::number).containsExactly(2, 1);
		assertThat(stories.revisions(alice, created.id()).get(0).criteria()).containsKeys("metrics", "role",
				"tradeoffs", "lessons", "structure", "specificity", "length");
		long firstRevision = stories.revisions(alice, created.id()).get(1).id();

		Restored restored = stories.restore(alice, created.id(), firstRevision);

		assertThat(restored.story().sections()).containsEntry("action", "I rebuilt the index.");
		assertThat(restored.story().version()).isGreaterThan(second.version());
		assertThat(restored.keptNow()).as("the text before was revision 2 already").isFalse();
		assertThat(restored.kept()).isEqualTo(2);
		assertThat(stories.revisions(alice, created.id())).hasSize(2);
		assertThat(stories.revisions(bob, created.id())).isEmpty();
		assertThatThrownBy(() -> stories.restore(bob, created.id(), firstRevision))
			.isInstanceOf(StoryExceptions.NotFound.class);
	}

	@Test
	void restoringFirstKeepsTheAutosavedTextAsARevision() {
		StoryView created = stories.create(alice, content("Search", Map.of("action", "I rebuilt the index.")));
		StoryView first = stories.saveRevision(alice, created.id(), created.version(), created.content());
		StoryView autosaved = stories.update(alice, created.id(), first.version(),
				content("Search", Map.of("action", "Typed after the revision, only autosaved.")));
		long revisionOne = stories.revisions(alice, created.id()).get(0).id();

		Restored restored = stories.restore(alice, created.id(), revisionOne);

		assertThat(restored.keptNow()).isTrue();
		assertThat(restored.restored()).isEqualTo(1);
		assertThat(restored.kept()).isEqualTo(2);
		assertThat(restored.story().sections()).containsEntry("action", "I rebuilt the index.");
		long kept = stories.revisions(alice, created.id()).get(0).id();
		assertThat(stories.revisionContent(alice, created.id(), kept).orElseThrow().sections())
			.containsEntry("action", "Typed after the revision, only autosaved.");
		assertThat(restored.story().version()).isGreaterThan(autosaved.version());
	}

	@Test
	void aSwitchToAnotherFrameworkAndBackRestoresEverySection() {
		Map<String, String> sections = new LinkedHashMap<>();
		sections.put("situation", "Checkout failed at peak.");
		sections.put("task", "I owned the fix.");
		sections.put("action", "I added idempotency keys.\n\nThen I replayed the failed orders.");
		sections.put("result", "Failed orders fell from 2% to 0.1%.");
		sections.put("lessons", "I learned to test retries.");
		StoryView created = stories.create(alice, new StoryContent("Checkout", "star-l", sections,
				"A loose thought with no label.", Set.of(), Set.of()));

		StoryView playbook = stories.switchFramework(alice, created.id(), created.version(), created.content(),
				"incident-playbook");
		assertThat(playbook.sections().values()).allMatch(String::isEmpty);
		assertThat(playbook.unplacedNotes()).contains("Situation:\nCheckout failed at peak.")
			.contains("A loose thought with no label.");

		StoryView back = stories.switchFramework(alice, created.id(), playbook.version(), playbook.content(), "star-l");

		assertThat(back.sections()).isEqualTo(sections);
		assertThat(back.unplacedNotes()).isEqualTo("A loose thought with no label.");
		assertThat(back.lastOverall()).isEqualTo(created.lastOverall());
	}

	@Test
	void aLinkToARetiredQuestionIsKeptAndNeverBlocksASave() {
		StoryView created = stories.create(alice, content("Linked", Map.of("action", "First.")));
		jdbc.update("update story_question set question_id = 'retired-question' where story_id = ?", created.id());
		StoryView linked = stories.find(alice, created.id()).orElseThrow();

		StoryView saved = stories.update(alice, created.id(), linked.version(),
				new StoryContent("Linked", "star-l", Map.of("action", "Second."), "", linked.questionIds(), Set.of()));

		assertThat(saved.questionIds()).containsExactly("retired-question");
		assertThat(saved.sections()).containsEntry("action", "Second.");
		assertThatThrownBy(() -> stories.update(alice, created.id(), saved.version(), new StoryContent("Linked",
				"star-l", Map.of(), "", Set.of("retired-question", "never-existed"), Set.of())))
			.isInstanceOfSatisfying(StoryExceptions.Invalid.class, ex -> assertThat(ex.problems())
				.extracting(StoryProblem::arguments).containsExactly(java.util.List.of("never-existed")));
	}

	@Test
	void findsTheStoriesThatAnswerAQuestion() {
		StoryView linked = stories.create(alice, content("Linked", Map.of()));
		stories.create(alice, new StoryContent("Other", "star-l", Map.of(), "", Set.of(), Set.of()));

		assertThat(stories.answering(alice, "proudest-project")).extracting(StoryView::id).containsExactly(linked.id());
		assertThat(stories.answering(bob, "proudest-project")).isEmpty();
	}

	@Test
	void opensTheEditorWithRevisionSummariesOnly() {
		StoryView created = stories.create(alice, content("Search", Map.of("action", "I rebuilt the index.")));
		stories.saveRevision(alice, created.id(), created.version(), created.content());

		EditorDraft draft = stories.openEditor(alice, created.id()).orElseThrow();

		assertThat(draft.revisions()).extracting(RevisionSummary::number).containsExactly(1);
		assertThat(draft.scorecard().overall()).isEqualTo(draft.story().lastOverall());
		assertThat(stories.openEditor(bob, created.id())).isEmpty();
	}

	@Test
	void switchingFrameworkKeepsEveryWord() {
		Map<String, String> sections = new LinkedHashMap<>();
		sections.put("situation", "Checkout failed at peak.");
		sections.put("action", "I added idempotency keys.");
		sections.put("lessons", "I learned to test retries; now every client has a retry test.");
		StoryView created = stories.create(alice, content("Checkout", sections));

		StoryView star = stories.switchFramework(alice, created.id(), created.version(), created.content(), "star");

		assertThat(star.framework()).isEqualTo("star");
		assertThat(star.sections()).containsEntry("situation", "Checkout failed at peak.")
			.containsEntry("action", "I added idempotency keys.")
			.doesNotContainKey("lessons");
		assertThat(star.unplacedNotes()).contains("Lessons:").contains("now every client has a retry test.");

		StoryView back = stories.switchFramework(alice, created.id(), star.version(), star.content(), "star-l");
		assertThat(back.sections()).containsEntry("lessons",
				"I learned to test retries; now every client has a retry test.");
		assertThat(back.unplacedNotes()).isEmpty();
	}

	@Test
	void namesTheFieldThatBreaksALimit() {
		assertThatThrownBy(() -> stories.create(alice, content("x".repeat(201), Map.of())))
			.isInstanceOfSatisfying(StoryExceptions.Invalid.class,
					ex -> assertThat(ex.problems()).extracting(StoryProblem::field).containsExactly("title"));
		assertThatThrownBy(() -> stories.create(alice, content("Long", Map.of("action", "w".repeat(10_001)))))
			.isInstanceOfSatisfying(StoryExceptions.Invalid.class,
					ex -> assertThat(ex.problems()).extracting(StoryProblem::field).containsExactly("sections.action"));
		assertThatThrownBy(() -> stories.create(alice, content("Odd", Map.of("epilogue", "text"))))
			.isInstanceOfSatisfying(StoryExceptions.Invalid.class,
					ex -> assertThat(ex.problems()).extracting(StoryProblem::code).containsExactly("story.section.unknown"));
		assertThatThrownBy(() -> stories.create(alice, new StoryContent("Linked", "star-l", Map.of(), "",
				Set.of("no-such-question"), Set.of("telepathy"))))
			.isInstanceOfSatisfying(StoryExceptions.Invalid.class, ex -> assertThat(ex.problems())
				.extracting(StoryProblem::field).containsExactly("questionIds", "competencies"));
	}

	@Test
	void capsTheNumberOfStoriesAUserKeeps() {
		for (int i = 0; i < 3; i++) {
			stories.create(alice, content("Story " + i, Map.of()));
		}

		assertThatThrownBy(() -> stories.create(alice, content("One too many", Map.of())))
			.isInstanceOfSatisfying(StoryExceptions.Invalid.class,
					ex -> assertThat(ex.problems()).extracting(StoryProblem::field).containsExactly("stories"));
		assertThat(stories.create(bob, content("Bob's first", Map.of()))).isNotNull();
	}

	@Test
	void storesBrowserLineEndsAsPlainNewlines() {
		StoryView created = stories.create(alice, content("Lines", Map.of("action", "one\r\ntwo\rthree")));

		assertThat(created.sections()).containsEntry("action", "one\ntwo\nthree");
	}

	private static StoryContent content(String title, Map<String, String> sections) {
		return new StoryContent(title, "star-l", sections, "", Set.of("proudest-project"), Set.of("ownership"));
	}

	private long user() {
		String name = "u" + UUID.randomUUID().toString().substring(0, 8);
		jdbc.update("insert into user_account (username, password_hash, created_at) values (?, ?, ?)", name, "{noop}x",
				java.sql.Timestamp.from(Instant.now()));
		return jdbc.queryForObject("select id from user_account where username = ?", Long.class, name);
	}

}
