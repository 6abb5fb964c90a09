package dev.storysmith.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The saved plans of each user, always scoped to the owner, and plans computed without saving. */
@Service
@Transactional
class PlanService implements PlanQueries {

	/** Plans one account may keep: enough for every application in a job hunt. */
	static final int MAX_PLANS = 100;

	private final SavedPlanRepository plans;

	private final PrepPlanner planner;

	private final Clock clock;

	PlanService(SavedPlanRepository plans, PrepPlanner planner, Clock clock) {
		this.plans = plans;
		this.planner = planner;
		this.clock = clock;
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

	/** A plan computed and not saved: the API, and the page for a visitor who is not signed in. */
	@Transactional(readOnly = true)
	public PrepPlan compute(PlanInput input, Long owner, LocalDate today) {
		return planner.compute(input, owner, today);
	}

	/**
	 * Saves a new plan with the questions picked for it now.
	 * @return its id, or empty when the owner already keeps {@value #MAX_PLANS} plans
	 */
	public Optional<Long> save(long owner, PlanInput input, LocalDate today) {
		if (plans.countByOwnerId(owner) >= MAX_PLANS) {
			return Optional.empty();
		}
		PrepPlan plan = planner.compute(input, owner, today);
		return Optional.of(plans.save(new SavedPlan(owner, input, plan.questionIds(), clock.instant())).getId());
	}

	@Transactional(readOnly = true)
	public List<SavedPlanSummary> list(long owner) {
		return plans.findByOwnerIdOrderByUpdatedAtDescIdDesc(owner)
			.stream()
			.map(p -> new SavedPlanSummary(p.getId(), p.toChoice().title(), p.input().interviewDate(),
					p.toChoice().questionIds().size(), p.getUpdatedAt()))
			.toList();
	}

	/** The owner's plan computed again against today's bank and stories; empty for anyone else's. */
	@Transactional(readOnly = true)
	public Optional<ShownPlan> show(long owner, long id, LocalDate today) {
		return plans.findByIdAndOwnerId(id, owner).map(saved -> shown(saved, owner, today));
	}

	/**
	 * Keeps the questions the plan picks today (the bank may have changed since it was saved), so
	 * other modules offering the plan see what its page shows.
	 * @return the plan as shown now; empty for anyone else's
	 */
	public Optional<ShownPlan> refresh(long owner, long id, LocalDate today) {
		return plans.findByIdAndOwnerId(id, owner).map(saved -> {
			ShownPlan shown = shown(saved, owner, today);
			saved.pickedQuestions(shown.plan().questionIds(), clock.instant());
			return shown;
		});
	}

	/** @return false when the owner has no such plan */
	public boolean delete(long owner, long id) {
		Optional<SavedPlan> plan = plans.findByIdAndOwnerId(id, owner);
		plan.ifPresent(plans::delete);
		return plan.isPresent();
	}

	private ShownPlan shown(SavedPlan saved, long owner, LocalDate today) {
		PlanInput input = saved.input();
		boolean passed = input.interviewDate() != null && input.interviewDate().isBefore(today);
		PlanInput current = passed ? new PlanInput(input.posting(), null, input.level()) : input;
		PrepPlan plan = planner.compute(current, owner, today);
		PlanChoice choice = saved.toChoice();
		return new ShownPlan(choice.id(), choice.title(), input, saved.getCreatedAt(), saved.getUpdatedAt(), plan, passed);
	}

}
