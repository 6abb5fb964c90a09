package dev.storysmith.story;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.storysmith.account.AccountDeleted;

/** Deletes every story and revision of an account being deleted, inside the deletion's transaction. */
@Component
class StoryAccountCleanup {

	private final StoryRepository stories;

	private final StoryRevisionRepository revisions;

	StoryAccountCleanup(StoryRepository stories, StoryRevisionRepository revisions) {
		this.stories = stories;
		this.revisions = revisions;
	}

	@EventListener
	@Transactional
	void on(AccountDeleted event) {
		revisions.deleteAll(revisions.findByOwnerIdOrderByCreatedAtAsc(event.accountId()));
		stories.deleteAll(stories.findByOwnerIdOrderByUpdatedAtDesc(event.accountId()));
		stories.flush();
	}

}
