package dev.storysmith.story;

import java.time.Instant;
import java.util.Map;

/**
 * A revision with its own text and the scores it earned when it was taken. Scores are kept
 * as they were, not recomputed, so progress over time survives a move between accounts.
 */
public record RevisionRecord(int number, Instant createdAt, String title, String framework,
		Map<String, String> sections, String unplacedNotes, int overall, Map<String, Integer> criteria) {
}
