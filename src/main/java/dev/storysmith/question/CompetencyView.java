package dev.storysmith.question;

/** One competency of the fixed vocabulary in {@code competencies.md}. */
public record CompetencyView(String id, String name, String description) {
}
