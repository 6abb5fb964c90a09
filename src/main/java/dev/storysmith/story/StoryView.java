package dev.storysmith.story;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/** A story as pages, the API and other modules see it; sections in the framework's order. */
public record StoryView(long id, long version, String title, String framework, Map<String, String> sections,
		String unplacedNotes, Set<String> questionIds, Set<String> competencies, Integer lastOverall,
		Instant createdAt, Instant updatedAt) {

	public StoryContent content() {
		return new StoryContent(title, framework, sections, unplacedNotes, questionIds, competencies);
	}

	/** The ids of questions and competencies, for list filters. */
	boolean matches(String competency, String question) {
		return (competency == null || competencies.contains(competency))
				&& (question == null || questionIds.contains(question));
	}

}
