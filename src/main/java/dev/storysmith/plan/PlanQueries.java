package dev.storysmith.plan;

import java.util.List;
import java.util.Optional;

/** What other modules may read about a user's saved plans; every method is scoped to the owner. */
public interface PlanQueries {

	/** The owner's plans, most recently updated first. */
	List<PlanChoice> plansOf(long owner);

	/** The owner's plan with this id; empty for another user's plan or an unknown id. */
	Optional<PlanChoice> find(long owner, long id);

}
