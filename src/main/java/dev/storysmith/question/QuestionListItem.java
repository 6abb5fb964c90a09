package dev.storysmith.question;

import java.util.List;

/**
 * A question as the list shows it: what a person scans to choose one. The HTML fields are
 * escaped text with the searched words marked.
 */
record QuestionListItem(String id, String titleHtml, String promptLineHtml, Difficulty difficulty,
		List<CompetencyView> competencies) {
}
