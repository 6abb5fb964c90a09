package dev.storysmith.plan;

import java.util.List;

/** The user's best story for a plan question, or none ({@code storyId} null): "no story yet: write one". */
record StoryPick(String questionId, Long storyId, String storyTitle, List<String> why) {

	StoryPick {
		why = List.copyOf(why);
	}

	static StoryPick none(String questionId) {
		return new StoryPick(questionId, null, null, List.of());
	}

	public boolean hasStory() {
		return storyId != null;
	}

}
