package dev.storysmith.story.backup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.storysmith.account.AccountLocks;
import dev.storysmith.story.StoryContent;
import dev.storysmith.story.StoryService;
import dev.storysmith.story.StoryView;
import dev.storysmith.system.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:backup-service;DB_CLOSE_DELAY=-1",
		"storysmith.stories.max-per-user=4" })
class BackupServiceTests {

	@Autowired
	BackupService backups;

	@Autowired
	StoryService stories;

	@Autowired
	AccountLocks accountLocks;

	@Autowired
	PlatformTransactionManager transactions;

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
	void aBackupRestoredIntoAFreshAccountBacksUpToTheSameStories() {
		threeStoriesOfAlice();
		BackupDocument original = backups.backup(alice);

		BackupService.RestoreReport report = backups.restore(bob, original);

		assertThat(report.created()).isEqualTo(3);
		assertThat(report.skipped()).isZero();
		assertThat(backups.backup(bob).stories()).isEqualTo(original.stories());
		assertThat(original.stories()).extracting(BackupDocument.BackupStory::title)
			.containsExactly("Payments retry storm", "Search rebuild", "Moved to STAR");
		assertThat(original.stories().get(1).revisions()).extracting(BackupDocument.BackupRevision::number)
			.containsExactly(1, 2);
		assertThat(original.stories().get(2).unplacedNotes()).contains("Lessons:");
		assertThat(original.stories().get(1).drills()).extracting(BackupDocument.BackupDrill::criterion,
				BackupDocument.BackupDrill::added).containsExactly(tuple("metrics", true), tuple("tradeoffs", false));
		assertThat(backups.backup(alice).stories()).isEqualTo(original.stories());
	}

	@Test
	void restoringTheSameBackupTwiceCreatesNothingTheSecondTime() {
		threeStoriesOfAlice();
		BackupDocument original = backups.backup(alice);
		backups.restore(bob, original);
		List<StoryView> afterFirst = stories.list(bob);

		BackupService.RestoreReport second = backups.restore(bob, original);

		assertThat(second.created()).isZero();
		assertThat(second.skipped()).isEqualTo(3);
		assertThat(second.stories()).extracting(BackupService.Outcome::result).containsOnly("skipped");
		assertThat(stories.list(bob)).isEqualTo(afterFirst);
		assertThat(backups.restore(alice, original).created()).isZero();
	}

	@Test
	void twoRestoresOfOneBackupAtOnceCreateEachStoryOnce() throws Exception {
		threeStoriesOfAlice();
		BackupDocument original = backups.backup(alice);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Object>> results = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				results.add(pool.submit(() -> {
					start.await();
					try {
						return backups.restore(bob, original);
					}
					catch (RuntimeException ex) {
						return ex;
					}
				}));
			}
			start.countDown();
			for (Future<Object> result : results) {
				Object outcome = result.get(30, TimeUnit.SECONDS);
				if (!(outcome instanceof BackupService.RestoreReport)) {
					assertThat(outcome).isInstanceOfSatisfying(BackupProblem.class,
							problem -> assertThat(problem.status()).isEqualTo(HttpStatus.CONFLICT));
				}
			}
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(stories.list(bob)).hasSize(3);
	}

	@Test
	void aRestoreThatCannotGetTheAccountLockIsRefusedAsBusyAndStoresNothing() throws Exception {
		threeStoriesOfAlice();
		BackupDocument original = backups.backup(alice);
		ExecutorService pool = Executors.newSingleThreadExecutor();
		try {
			Object outcome = new TransactionTemplate(transactions).execute(status -> {
				assertThat(accountLocks.lock(bob)).isTrue();
				Future<Object> other = pool.submit(() -> {
					try {
						return backups.restore(bob, original);
					}
					catch (RuntimeException ex) {
						return ex;
					}
				});
				try {
					return other.get(30, TimeUnit.SECONDS);
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			});

			assertThat(outcome).isInstanceOfSatisfying(BackupProblem.class, problem -> {
				assertThat(problem.status()).isEqualTo(HttpStatus.CONFLICT);
				assertThat(problem.code()).isEqualTo("backup.restore.busy");
			});
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(stories.list(bob)).isEmpty();
	}

	@Test
	void twoIdenticalStoriesInOneBackupRestoreAsTwo() {
		StoryContent same = content("Twins", Map.of("action", "I did the same thing twice."));
		stories.create(alice, same);
		stories.create(alice, same);

		assertThat(backups.restore(bob, backups.backup(alice)).created()).isEqualTo(2);
		assertThat(backups.restore(bob, backups.backup(alice)).created()).isZero();
		assertThat(stories.list(bob)).hasSize(2);
	}

	@Test
	void oneInvalidStoryAmongValidOnesRefusesTheWholeBackup() {
		threeStoriesOfAlice();
		List<BackupDocument.BackupStory> list = new ArrayList<>(backups.backup(alice).stories());
		list.add(1, new BackupDocument.BackupStory("New but broken", "star-l", Map.of("epilogue", "no such section"),
				"", List.of(), List.of(), null, null, List.of(), null));
		List<BackupDocument.BackupStory> before = backups.backup(bob).stories();

		assertThatThrownBy(() -> backups.restore(bob, document(list))).isInstanceOfSatisfying(BackupProblem.class,
				problem -> {
					assertThat(problem.field()).isEqualTo("stories[1].sections.epilogue");
					assertThat(problem.errors()).extracting(BackupProblem.FieldError::story).containsExactly(1);
				});
		assertThat(backups.backup(bob).stories()).isEqualTo(before);
	}

	@Test
	void moreStoriesThanTheLimitAllowsAreRefusedButSkippedOnesDoNotCount() {
		threeStoriesOfAlice();
		BackupDocument original = backups.backup(alice);
		stories.create(bob, content("Bob 1", Map.of("action", "One.")));
		stories.create(bob, content("Bob 2", Map.of("action", "Two.")));
		List<BackupDocument.BackupStory> before = backups.backup(bob).stories();

		assertThatThrownBy(() -> backups.restore(bob, original)).isInstanceOfSatisfying(BackupProblem.class,
				problem -> {
					assertThat(problem.field()).isEqualTo("stories");
					assertThat(problem.arguments()).containsExactly(3, 2L, 4);
				});
		assertThat(backups.backup(bob).stories()).isEqualTo(before);

		assertThat(backups.restore(alice, original).skipped()).isEqualTo(3);
	}

	@Test
	void aBackupWithMoreStoriesThanAnyAccountMayKeepIsRefusedBeforeCheckingThem() {
		List<BackupDocument.BackupStory> many = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			many.add(new BackupDocument.BackupStory("", "no-such-framework", Map.of(), "", List.of(), List.of(), null,
					null, List.of(), List.of()));
		}

		assertThatThrownBy(() -> backups.restore(bob, document(many))).isInstanceOfSatisfying(BackupProblem.class,
				problem -> assertThat(problem.field()).isEqualTo("stories"));
		assertThat(stories.list(bob)).isEmpty();
	}

	@Test
	void aRevisionWithScoresOutOfRangeIsRefused() {
		BackupDocument.BackupRevision revision = new BackupDocument.BackupRevision(1,
				Instant.parse("2025-01-01T00:00:00Z"), "Old", "star-l", Map.of(), "", 180, Map.of("metrics", 2));
		BackupDocument document = document(List.of(new BackupDocument.BackupStory("Scored", "star-l",
				Map.of("action", "I did it."), "", List.of(), List.of(), null, null, List.of(revision), null)));

		assertThatThrownBy(() -> backups.restore(bob, document)).isInstanceOfSatisfying(BackupProblem.class,
				problem -> assertThat(problem.field()).isEqualTo("stories[0].revisions[0].overall"));
		assertThat(stories.list(bob)).isEmpty();
	}

	private void threeStoriesOfAlice() {
		stories.create(alice, new StoryContent("Payments retry storm", "star-l",
				Map.of("situation", "Retries doubled our load.", "action", "I added jitter and a budget."), "",
				Set.of("proudest-project"), Set.of("ownership", "technical-judgment")));
		StoryView search = stories.create(alice, content("Search rebuild", Map.of("action", "I rebuilt the index.")));
		StoryView first = stories.saveRevision(alice, search.id(), search.version(),
				content("Search rebuild", Map.of("action", "I rebuilt the index.")));
		stories.saveRevision(alice, search.id(), first.version(),
				content("Search rebuild", Map.of("action", "I rebuilt the index in two weeks.", "result", "p95 halved.")));
		drillAnswer(search.id(), "metrics", "What did p95 go from and to?", "From 2 s to 900 ms.", 3, "result", true);
		drillAnswer(search.id(), "tradeoffs", "What did you not do?", "I kept the old analyzer.", 1, "action", false);
		StoryView moved = stories.create(alice,
				content("Moved to STAR", Map.of("action", "I led it.", "lessons", "Measure first.")));
		stories.switchFramework(alice, moved.id(), moved.version(),
				content("Moved to STAR", Map.of("action", "I led it.", "lessons", "Measure first.")), "star");
	}

	private void drillAnswer(long story, String criterion, String question, String answer, int score, String section,
			boolean added) {
		jdbc.update("insert into story_drill_answer (story_id, owner_id, criterion, question, answer, score, max_score,"
				+ " section_id, added, answered_at) values (?, ?, ?, ?, ?, ?, 4, ?, ?, ?)", story, alice, criterion, question,
				answer, score, section, added, java.sql.Timestamp.from(Instant.parse("2026-11-30T09:00:00Z")));
	}

	private static BackupDocument document(List<BackupDocument.BackupStory> stories) {
		return new BackupDocument(BackupDocument.FORMAT, BackupDocument.VERSION, Instant.now(), stories);
	}

	private static StoryContent content(String title, Map<String, String> sections) {
		return new StoryContent(title, "star-l", sections, "", Set.of(), Set.of("ownership"));
	}

}
