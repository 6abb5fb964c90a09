package dev.storysmith.story.export;

import java.time.Instant;
import java.util.List;

/**
 * A story as it is exported or printed: names instead of ids (framework, competencies,
 * question titles) and every section of its framework in speaking order, written or not.
 */
record ExportedStory(long id, String title, String framework, List<String> competencies, List<String> questions,
		List<Section> sections, String unplacedNotes, Instant updatedAt) {

	/** One section under its framework title; {@code text} is empty when not written yet. */
	record Section(String id, String title, String text) {

		public boolean written() {
			return !text.isBlank();
		}

	}

}
