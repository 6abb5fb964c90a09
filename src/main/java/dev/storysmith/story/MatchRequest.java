package dev.storysmith.story;

import java.util.Optional;

/**
 * What "which of my stories fits?" was asked, from the page or the API: a pasted text
 * ({@code q}) or a bank question by id ({@code question}), never both.
 */
record MatchRequest(String q, String question) {

	/** Neither parameter was sent: the page shows its empty form, the API refuses. */
	boolean isAbsent() {
		return q == null && question == null;
	}

	boolean isQuestion() {
		return question != null && !question.isBlank();
	}

	/** Why the request cannot run, naming the parameter; empty when it can (an unknown question is found out later). */
	Optional<StoryProblem> problem() {
		if (isQuestion()) {
			return q == null || q.isBlank() ? Optional.empty()
					: Optional.of(StoryProblem.of("question", "finder.both"));
		}
		if (q == null || q.isBlank()) {
			return Optional.of(StoryProblem.of("q", "finder.q.blank"));
		}
		if (q.length() > StoryFinder.MAX_TEXT) {
			return Optional.of(StoryProblem.of("q", "finder.q.tooLong", StoryFinder.MAX_TEXT, q.length()));
		}
		return Optional.empty();
	}

}
