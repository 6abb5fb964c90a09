package dev.storysmith.story.backup;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.storysmith.account.AccountLocks;
import dev.storysmith.framework.FrameworkCatalog;
import dev.storysmith.story.DrillRecord;
import dev.storysmith.story.RevisionRecord;
import dev.storysmith.story.StoryArchive;
import dev.storysmith.story.StoryContent;
import dev.storysmith.story.StoryProblem;
import dev.storysmith.story.StoryRecord;

/**
 * Backup and restore of a whole account's stories. A restore is all or nothing: every story
 * is checked and the story limit counted before the first row is written, and everything
 * runs in one transaction, so a refused backup leaves the account exactly as it was.
 *
 * <p>A story in the backup that the account already has (same title, framework and section
 * texts) is skipped, so restoring the same file twice adds nothing the second time. Each
 * existing story matches at most one story of the backup, so two identical stories in a
 * backup restore as two.
 */
@Service
class BackupService {

	private final StoryArchive archive;

	private final FrameworkCatalog frameworks;

	private final AccountLocks accountLocks;

	private final Clock clock;

	BackupService(StoryArchive archive, FrameworkCatalog frameworks, AccountLocks accountLocks, Clock clock) {
		this.accountLocks = accountLocks;
		this.archive = archive;
		this.frameworks = frameworks;
		this.clock = clock;
	}

	/** What restoring did, story by story, in the order of the backup. */
	record RestoreReport(int created, int skipped, List<Outcome> stories) {
	}

	/** {@code result} is "created" (with the new id) or "skipped" (already in the account). */
	record Outcome(int index, String title, String result, Long id) {
	}

	@Transactional(readOnly = true)
	BackupDocument backup(long owner) {
		List<BackupDocument.BackupStory> stories = archive.export(owner).stream().map(this::toBackup).toList();
		return new BackupDocument(BackupDocument.FORMAT, BackupDocument.VERSION, clock.instant(), stories);
	}

	@Transactional
	RestoreReport restore(long owner, BackupDocument document) {
		List<StoryRecord> records = document.stories().stream().map(BackupService::toRecord).toList();
		// Two restores into one account (a double-clicked upload) run one after the other.
		if (!accountLocks.lock(owner)) {
			throw BackupProblem.of(HttpStatus.CONFLICT, "backup.problem.busy", "stories", "backup.restore.busy");
		}
		// The limit first: it is cheap, and it bounds the checking work a huge backup can cause.
		Map<Identity, Integer> existing = new HashMap<>();
		archive.export(owner).forEach(r -> existing.merge(Identity.of(r.content()), 1, Integer::sum));
		List<Integer> toCreate = new ArrayList<>();
		for (int i = 0; i < records.size(); i++) {
			Identity identity = Identity.of(records.get(i).content());
			if (existing.getOrDefault(identity, 0) > 0) {
				existing.merge(identity, -1, Integer::sum);
			}
			else {
				toCreate.add(i);
			}
		}
		long have = archive.count(owner);
		if (have + toCreate.size() > archive.maxPerUser()) {
			throw BackupProblem.of(HttpStatus.BAD_REQUEST, "backup.problem.limit", "stories", "backup.stories.limit",
					toCreate.size(), have, archive.maxPerUser());
		}
		refuseBrokenStories(records);

		List<Outcome> outcomes = new ArrayList<>();
		for (int i = 0; i < records.size(); i++) {
			StoryRecord record = records.get(i);
			if (toCreate.contains(i)) {
				outcomes.add(new Outcome(i, record.content().title(), "created", archive.importStory(owner, record)));
			}
			else {
				outcomes.add(new Outcome(i, record.content().title(), "skipped", null));
			}
		}
		return new RestoreReport(toCreate.size(), records.size() - toCreate.size(), outcomes);
	}

	private void refuseBrokenStories(List<StoryRecord> records) {
		List<BackupProblem.FieldError> errors = new ArrayList<>();
		for (int i = 0; i < records.size(); i++) {
			for (StoryProblem problem : archive.check(records.get(i))) {
				errors.add(new BackupProblem.FieldError(i, "stories[" + i + "]." + problem.field(), problem.code(),
						problem.arguments()));
			}
		}
		if (!errors.isEmpty()) {
			BackupProblem.FieldError first = errors.get(0);
			throw new BackupProblem(HttpStatus.BAD_REQUEST, "backup.problem.invalid", first.field(),
					"backup.stories.invalid", List.of(errors.size(), first.story()), errors);
		}
	}

	/**
	 * What makes two stories the same story: title, framework and the text of each section.
	 * Links and notes are left out, so a story re-linked after a backup is still recognised.
	 */
	record Identity(String title, String framework, Map<String, String> sections) {

		static Identity of(StoryContent content) {
			Map<String, String> written = new HashMap<>();
			content.sections().forEach((id, text) -> {
				if (!text.isEmpty()) {
					written.put(id, text);
				}
			});
			return new Identity(content.title(), content.framework(), written);
		}

	}

	private BackupDocument.BackupStory toBackup(StoryRecord record) {
		StoryContent content = record.content();
		List<BackupDocument.BackupRevision> revisions = record.revisions()
			.stream()
			.map(r -> new BackupDocument.BackupRevision(r.number(), r.createdAt(), r.title(), r.framework(),
					ordered(r.framework(), r.sections()), r.unplacedNotes(), r.overall(), r.criteria()))
			.toList();
		List<BackupDocument.BackupDrill> drills = record.drills()
			.stream()
			.map(d -> new BackupDocument.BackupDrill(d.criterion(), d.question(), d.answer(), d.score(), d.sectionId(),
					d.added(), d.answeredAt()))
			.toList();
		return new BackupDocument.BackupStory(content.title(), content.framework(),
				ordered(content.framework(), content.sections()), content.unplacedNotes(),
				sorted(content.questionIds()), sorted(content.competencies()), record.createdAt(),
				record.updatedAt(), revisions, drills);
	}

	/** Links in a stable order: the database keeps them as a set, so two backups of the same stories match. */
	private static List<String> sorted(java.util.Set<String> ids) {
		return ids.stream().sorted().toList();
	}

	/** Written sections in the framework's speaking order, so the file reads like the story. */
	private Map<String, String> ordered(String framework, Map<String, String> sections) {
		Map<String, String> ordered = new LinkedHashMap<>(frameworks.find(framework)
			.map(f -> f.inSpeakingOrderKeepingOthers(sections))
			.orElse(sections));
		ordered.values().removeIf(text -> text == null || text.isEmpty());
		return ordered;
	}

	private static StoryRecord toRecord(BackupDocument.BackupStory story) {
		StoryContent content = new StoryContent(story.title(), story.framework(), story.sections(),
				story.unplacedNotes(), story.questionIds() == null ? null : new LinkedHashSet<>(story.questionIds()),
				story.competencies() == null ? null : new LinkedHashSet<>(story.competencies()));
		List<RevisionRecord> revisions = story.revisions() == null ? List.of()
				: story.revisions()
					.stream()
					.map(r -> r == null ? new RevisionRecord(0, null, null, null, null, null, 0, null)
							: new RevisionRecord(r.number(), r.createdAt(), r.title(), r.framework(), r.sections(),
									r.unplacedNotes(), r.overall(), r.criteria()))
					.toList();
		List<DrillRecord> drills = story.drills() == null ? List.of()
				: story.drills()
					.stream()
					.map(d -> d == null ? null
							: new DrillRecord(d.criterion(), d.question(), d.answer(), d.score(), d.sectionId(), d.added(),
									d.answeredAt()))
					.toList();
		return new StoryRecord(content, story.createdAt(), story.updatedAt(), revisions, drills);
	}

}
