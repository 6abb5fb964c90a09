package dev.storysmith.story;

import java.time.Instant;
import java.util.List;

/**
 * The times a story or revision may carry when it comes from outside (a restored backup): from
 * 1970 to the end of year 9999. JSON accepts any instant Java can hold, a billion years either
 * way; such a time is stored but breaks every page and chart that shows or compares it.
 */
final class StoryTimes {

	static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");

	static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

	private StoryTimes() {
	}

	/** Adds a problem for {@code field} when the time is given and out of range; no time is fine. */
	static void check(String field, Instant time, List<StoryProblem> problems) {
		if (time != null && (time.isBefore(EARLIEST) || time.isAfter(LATEST))) {
			problems.add(StoryProblem.of(field, "story.time.outOfRange", time.toString()));
		}
	}

}
