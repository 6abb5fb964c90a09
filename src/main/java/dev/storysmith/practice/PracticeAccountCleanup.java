package dev.storysmith.practice;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.storysmith.account.AccountDeleted;

/** Deletes the practice history of an account being deleted, inside the deletion's transaction. */
@Component
class PracticeAccountCleanup {

	private final PracticeSessionRepository sessions;

	PracticeAccountCleanup(PracticeSessionRepository sessions) {
		this.sessions = sessions;
	}

	@EventListener
	@Transactional
	void on(AccountDeleted event) {
		sessions.deleteAll(sessions.findByOwnerIdOrderByStartedAtDesc(event.accountId()));
		sessions.flush();
	}

}
