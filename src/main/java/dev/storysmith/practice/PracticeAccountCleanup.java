package dev.storysmith.practice;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.storysmith.account.AccountDeleted;

/**
 * Deletes the practice history of an account being deleted, inside the deletion's transaction:
 * its attempts with their answer text, its mock interviews with their answers, and the days
 * counted for its streak.
 */
@Component
class PracticeAccountCleanup {

	private final PracticeAttemptRepository attempts;

	private final MockInterviewRepository mocks;

	private final ActivityDays activity;

	PracticeAccountCleanup(PracticeAttemptRepository attempts, MockInterviewRepository mocks, ActivityDays activity) {
		this.attempts = attempts;
		this.mocks = mocks;
		this.activity = activity;
	}

	@EventListener
	@Transactional
	void on(AccountDeleted event) {
		attempts.deleteAll(attempts.findByOwnerIdOrderByStartedAtDesc(event.accountId()));
		attempts.flush();
		mocks.deleteAll(mocks.findByOwnerIdOrderByStartedAtDesc(event.accountId()));
		mocks.flush();
		activity.forget(event.accountId());
	}

}
