package dev.storysmith.story;

import java.util.Map;

/**
 * The changes other modules may ask of the story module. Each is checked like an editor save
 * ({@link StoryExceptions.Invalid} names what broke) and publishes {@link RevisionSaved}.
 */
public interface StoryCommands {

	/** A new story holding the content, saved at once as its first revision. */
	StoryView createWithRevision(long owner, StoryContent content);

	/**
	 * Replaces the story's section text with the given text, keeping what was there as a revision
	 * first; the new text is saved as a revision too. Sections must belong to the story's framework.
	 */
	StoryView takeInText(long owner, long id, Map<String, String> sections);

}
