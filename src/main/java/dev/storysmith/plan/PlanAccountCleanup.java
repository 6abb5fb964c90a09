package dev.storysmith.plan;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.storysmith.account.AccountDeleted;

/** Deletes the saved plans (and so the postings pasted into them) of an account being deleted, in its transaction. */
@Component
class PlanAccountCleanup {

	private final SavedPlanRepository plans;

	PlanAccountCleanup(SavedPlanRepository plans) {
		this.plans = plans;
	}

	@EventListener
	@Transactional
	void on(AccountDeleted event) {
		plans.deleteAll(plans.findByOwnerIdOrderByUpdatedAtDescIdDesc(event.accountId()));
		plans.flush();
	}

}
