package dev.storysmith.story;

import java.time.Instant;
import java.util.Map;

/** A revision as listed: when, which number, and the scores it had. */
public record RevisionView(long id, int number, Instant createdAt, String title, String framework, int overall,
		Map<String, Integer> criteria) {
}
