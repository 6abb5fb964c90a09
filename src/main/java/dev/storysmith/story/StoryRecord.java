package dev.storysmith.story;

import java.time.Instant;
import java.util.List;

/**
 * A story with everything that moves with it between accounts: its content and links, when
 * it was started and last changed, and its revisions. What {@link StoryArchive} reads out
 * and takes back in; other modules give it a file format.
 */
public record StoryRecord(StoryContent content, Instant createdAt, Instant updatedAt, List<RevisionRecord> revisions) {

	public StoryRecord {
		revisions = revisions == null ? List.of() : List.copyOf(revisions);
	}

}
