package dev.storysmith.story;

import java.time.Instant;

/** A revision as the editor lists it: read without its text. */
public record RevisionSummary(long id, int number, Instant createdAt, int overall) {
}
