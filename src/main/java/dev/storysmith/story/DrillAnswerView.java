package dev.storysmith.story;

import java.time.Instant;

/** A drill answer as pages show it. */
record DrillAnswerView(long id, String criterion, String question, String answer, int score, int max,
		String sectionId, boolean added, Instant answeredAt) {
}
