package dev.storysmith.practice;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.storysmith.story.StoryDeleted;

/**
 * Deletes the spoken rehearsals of a story being deleted, inside the deletion's transaction:
 * their transcripts are the story's text in the user's own words, and without the story no
 * page shows them any more.
 */
@Component
class PracticeStoryCleanup {

	private final RehearsalRepository rehearsals;

	PracticeStoryCleanup(RehearsalRepository rehearsals) {
		this.rehearsals = rehearsals;
	}

	@EventListener
	@Transactional
	void on(StoryDeleted event) {
		rehearsals.deleteAll(rehearsals.findByOwnerIdAndStoryIdOrderByCreatedAtDesc(event.owner(), event.storyId()));
	}

}
