package dev.storysmith.story;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import dev.storysmith.rubric.RubricCriterion;
import dev.storysmith.rubric.RubricEngine;
import dev.storysmith.system.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:story-archive;DB_CLOSE_DELAY=-1")
class StoryArchiveTests {

	static final Instant CREATED = Instant.parse("2025-03-01T09:15:00Z");

	static final Instant UPDATED = Instant.parse("2025-04-02T17:45:30Z");

	@Autowired
	StoryArchive archive;

	@Autowired
	StoryService stories;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	long alice;

	long bob;

	@BeforeEach
	void users() {
		alice = TestAccounts.id(jdbc, TestAccounts.create(jdbc, encoder));
		bob = TestAccounts.id(jdbc, TestAccounts.create(jdbc, encoder));
	}

	@Test
	void exportsEachStoryWithLinksAndItsRevisionsInNumberOrder() {
		StoryContent content = content("Search", Map.of("action", "I rebuilt the index."));
		StoryView created = stories.create(alice, content);
		StoryView first = stories.saveRevision(alice, created.id(), created.version(), content);
		stories.saveRevision(alice, created.id(), first.version(), content("Search", Map.of("action", "Rewritten.")));

		List<StoryRecord> exported = archive.export(alice);

		assertThat(exported).hasSize(1);
		StoryRecord record = exported.get(0);
		assertThat(record.content().questionIds()).containsExactly("proudest-project");
		assertThat(record.content().competencies()).containsExactly("ownership");
		assertThat(record.revisions()).extracting(RevisionRecord::number).containsExactly(1, 2);
		assertThat(record.revisions().get(1).sections()).containsEntry("action", "Rewritten.");
		assertThat(record.revisions().get(0).criteria()).containsOnlyKeys(
				RubricEngine.withDefaultRules().criteria().stream().map(RubricCriterion::id).toList());
		assertThat(archive.export(bob)).isEmpty();
	}

	@Test
	void importsAStoryWithItsTimestampsAndTheRevisionsNumbersTimesAndScores() {
		RevisionRecord revision = new RevisionRecord(7, Instant.parse("2025-03-15T10:00:00Z"), "Search (old)", "star",
				Map.of("situation", "Slow search."), "", 63, Map.of("metrics", 3, "role", 2, "length", 4));
		DrillRecord drill = new DrillRecord("metrics", "How did you measure it?", "Query p95 from 2 s to 300 ms.", 3,
				"result", true, Instant.parse("2025-03-16T08:00:00Z"));
		StoryRecord record = new StoryRecord(content("Search", Map.of("action", "I rebuilt the index.")), CREATED,
				UPDATED, List.of(revision), List.of(drill));

		long id = archive.importStory(bob, record);

		StoryView stored = stories.find(bob, id).orElseThrow();
		assertThat(stored.createdAt()).isEqualTo(CREATED);
		assertThat(stored.updatedAt()).isEqualTo(UPDATED);
		assertThat(stored.lastOverall()).isNotNull();
		RevisionView view = stories.revisions(bob, id).get(0);
		assertThat(view.number()).isEqualTo(7);
		assertThat(view.createdAt()).isEqualTo(Instant.parse("2025-03-15T10:00:00Z"));
		assertThat(view.overall()).isEqualTo(63);
		assertThat(view.criteria()).containsEntry("metrics", 3).containsEntry("role", 2).containsEntry("tradeoffs", 0);
		assertThat(archive.export(bob).get(0).revisions()).containsExactly(new RevisionRecord(7,
				Instant.parse("2025-03-15T10:00:00Z"), "Search (old)", "star", Map.of("situation", "Slow search."), "",
				63, Map.of("metrics", 3, "role", 2, "tradeoffs", 0, "lessons", 0, "structure", 0, "specificity", 0,
						"length", 4)));
		assertThat(archive.export(bob).get(0).drills()).containsExactly(drill);
		assertThat(stories.list(alice)).isEmpty();
	}

	@Test
	void namesEveryBrokenFieldOfAStoryAndItsRevisions() {
		RevisionRecord broken = new RevisionRecord(0, null, "", "star-l", Map.of("epilogue", "x"), "", 101,
				Map.of("charisma", 2, "metrics", 9));
		RevisionRecord twice = new RevisionRecord(1, null, "ok", "star-l", Map.of(), "", 50, Map.of());
		StoryRecord record = new StoryRecord(new StoryContent("t".repeat(201), "star-l", Map.of(), "", Set.of("no-such"),
				Set.of()), null, null, List.of(broken, twice, twice),
				Arrays.asList(new DrillRecord("charisma", " ", "x".repeat(1001), 1, "epilogue", false, null),
						new DrillRecord("metrics", "Why?", "Because.", 5, "result", false, null), null));

		assertThat(archive.check(record)).extracting(StoryProblem::field)
			.containsExactlyInAnyOrder("title", "questionIds", "revisions[0].title", "revisions[0].sections.epilogue",
					"revisions[0].number", "revisions[0].overall", "revisions[0].criteria.charisma",
					"revisions[0].criteria.metrics", "revisions[2].number", "drills[0].criterion", "drills[0].question",
					"drills[0].answer", "drills[0].sectionId", "drills[1].score", "drills[2]");
		assertThatThrownBy(() -> archive.importStory(alice, record)).isInstanceOf(IllegalArgumentException.class);
		assertThat(stories.list(alice)).isEmpty();
	}

	@Test
	void refusesMoreRevisionsThanOneStoryMayBring() {
		List<RevisionRecord> revisions = java.util.stream.IntStream.rangeClosed(1, StoryArchive.MAX_REVISIONS + 1)
			.mapToObj(n -> new RevisionRecord(n, null, "Draft", "star", Map.of(), "", 10, Map.of()))
			.toList();
		StoryRecord record = new StoryRecord(content("Busy", Map.of()), null, null, revisions, List.of());

		assertThat(archive.check(record)).extracting(StoryProblem::field).containsExactly("revisions");
		assertThat(archive.check(new StoryRecord(record.content(), null, null, revisions.subList(0, 3), null))).isEmpty();
	}

	private static StoryContent content(String title, Map<String, String> sections) {
		return new StoryContent(title, "star-l", sections, "", Set.of("proudest-project"), Set.of("ownership"));
	}

}
