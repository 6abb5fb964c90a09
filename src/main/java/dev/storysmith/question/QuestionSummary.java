package dev.storysmith.question;

import java.util.List;

/** A question as listed: enough to choose it. */
public record QuestionSummary(String id, String title, List<String> competencies, Difficulty difficulty,
		List<String> frameworks, List<String> tags) {
}
