package dev.storysmith.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The saved plans of each user, always scoped to the owner. */
@Service
@Transactional
class PlanService implements PlanQueries {

	private final SavedPlanRepository plans;

	PlanService(SavedPlanRepository plans) {
		this.plans = plans;
	}

	@Override
	@Transactional(readOnly = true)
	public List<PlanChoice> plansOf(long owner) {
		return plans.findByOwnerIdOrderByUpdatedAtDescIdDesc(owner).stream().map(SavedPlan::toChoice).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<PlanChoice> find(long owner, long id) {
		return plans.findByIdAndOwnerId(id, owner).map(SavedPlan::toChoice);
	}

}
