package dev.storysmith.story;

import java.util.List;

/**
 * One of the user's stories that fits a question or a pasted text: how well (0-100, see
 * {@link StoryFinder}) and why, in words a user reads ("shares Incident response").
 */
public record StoryMatch(long id, String title, int score, List<String> why) {

	public StoryMatch {
		why = List.copyOf(why);
	}

}
