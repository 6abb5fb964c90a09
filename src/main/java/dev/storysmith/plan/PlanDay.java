package dev.storysmith.plan;

import java.time.LocalDate;
import java.util.List;

/** One day of the plan, in the user's calendar. */
record PlanDay(LocalDate date, List<PlanTask> tasks) {

	PlanDay {
		tasks = List.copyOf(tasks);
	}

}
