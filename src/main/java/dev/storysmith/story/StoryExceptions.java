package dev.storysmith.story;

import java.util.List;

import dev.storysmith.system.PageNotFoundException;

/** What can go wrong when a user changes a story; each maps to one clear answer on page and API. */
public final class StoryExceptions {

	private StoryExceptions() {
	}

	/** No story with that id belongs to the user: the same answer whether it exists for someone else or not. */
	public static final class NotFound extends PageNotFoundException {

		private final long id;

		public NotFound(long id) {
			super("story " + id);
			this.id = id;
		}

		long id() {
			return id;
		}

	}

	/** The save was based on an older version than the stored one (another tab or device saved first). */
	static final class Stale extends RuntimeException {

		private final long currentVersion;

		Stale(long currentVersion) {
			super("stale story version");
			this.currentVersion = currentVersion;
		}

		long currentVersion() {
			return currentVersion;
		}

	}

	/** The content breaks one or more rules; nothing was stored. */
	public static final class Invalid extends RuntimeException {

		private final List<StoryProblem> problems;

		Invalid(List<StoryProblem> problems) {
			super("invalid story: " + problems);
			this.problems = List.copyOf(problems);
		}

		public List<StoryProblem> problems() {
			return problems;
		}

	}

}
