package dev.storysmith.rubric;

/** Word count and spoken time of one section. */
public record SectionStats(String id, int words, int spokenSeconds) {
}
