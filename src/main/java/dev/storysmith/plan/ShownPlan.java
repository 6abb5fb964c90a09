package dev.storysmith.plan;

import java.time.Instant;

/**
 * A saved plan as its page shows it: what the user gave and the plan computed again today.
 * {@code interviewPassed} says the date is behind us, so the page explains why it has no days.
 */
record ShownPlan(long id, String title, PlanInput input, Instant createdAt, Instant updatedAt, PrepPlan plan,
		boolean interviewPassed) {
}
