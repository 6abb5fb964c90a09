package dev.storysmith.story;

import java.time.Instant;

/**
 * An answer given in a story's follow-up drill, as it moves with the story between accounts:
 * the follow-up asked, the answer, the score it earned on the criterion the follow-up probes
 * (kept as it was, like a revision's), the section it belongs in, and whether it was added there.
 */
public record DrillRecord(String criterion, String question, String answer, int score, String sectionId,
		boolean added, Instant answeredAt) {
}
