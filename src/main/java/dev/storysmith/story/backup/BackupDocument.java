package dev.storysmith.story.backup;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The backup file, version {@value #VERSION}: every story of an account with its links and
 * revisions. Ids of rows are left out on purpose, so the file can be restored into any
 * account; questions and competencies are referred to by their bank ids.
 */
record BackupDocument(String format, int version, Instant exportedAt, List<BackupStory> stories) {

	static final String FORMAT = "storysmith-backup";

	/** 2 added the stories' drill answers; a version 1 file (without them) still restores. */
	static final int VERSION = 2;

	/** One story: content, links, timestamps, revisions (oldest first) and drill answers (in the order given). */
	record BackupStory(String title, String framework, Map<String, String> sections, String unplacedNotes,
			List<String> questionIds, List<String> competencies, Instant createdAt, Instant updatedAt,
			List<BackupRevision> revisions, List<BackupDrill> drills) {
	}

	/** One answer from the story's follow-up drill, with the score it earned then. */
	record BackupDrill(String criterion, String question, String answer, int score, String sectionId, boolean added,
			Instant answeredAt) {
	}

	/** One revision with the scores it earned when it was taken. */
	record BackupRevision(int number, Instant createdAt, String title, String framework, Map<String, String> sections,
			String unplacedNotes, int overall, Map<String, Integer> criteria) {
	}

}
