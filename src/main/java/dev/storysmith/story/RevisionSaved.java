package dev.storysmith.story;

import java.time.Instant;
import java.util.Map;

/**
 * Published when a revision of a story is saved (editor, API or another module's command),
 * after the save commits for listeners that use {@code @ApplicationModuleListener}.
 *
 * @param criteria score per rubric criterion id
 */
public record RevisionSaved(long owner, long storyId, int number, Instant savedAt, int overall,
		Map<String, Integer> criteria) {

	public RevisionSaved {
		criteria = Map.copyOf(criteria);
	}

}
