package dev.storysmith.story;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A story with everything that moves with it between accounts: its content and links, when
 * it was started and last changed, its revisions and its drill answers. What
 * {@link StoryArchive} reads out and takes back in; other modules give it a file format.
 */
public record StoryRecord(StoryContent content, Instant createdAt, Instant updatedAt, List<RevisionRecord> revisions,
		List<DrillRecord> drills) {

	public StoryRecord {
		revisions = revisions == null ? List.of() : List.copyOf(revisions);
		// A null entry of a file stays, for the archive's check to name it.
		drills = drills == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(drills));
	}

}
