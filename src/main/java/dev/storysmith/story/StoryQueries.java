package dev.storysmith.story;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.storysmith.rubric.FollowUp;
import dev.storysmith.rubric.Scorecard;

/** What other modules may read about a user's stories; every method is scoped to the owner. */
public interface StoryQueries {

	Optional<StoryView> find(long owner, long id);

	/** The owner's stories, most recently changed first. */
	List<StoryView> list(long owner);

	/** Every revision of every story of the owner, oldest first, grouped by story id: the score history. */
	Map<Long, List<RevisionView>> history(long owner);

	/** Scores content as the story module would score it, stored or not. */
	Scorecard score(StoryContent content);

	/**
	 * What an interviewer would likely ask next of the content (its scorecard given), mixed with
	 * the follow-ups of the questions it is linked to.
	 */
	List<FollowUp> followUps(StoryContent content, Scorecard scorecard);

}
