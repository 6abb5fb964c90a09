/**
 * Prep plans: a job posting read for the competencies it stresses (the bank's posting signals),
 * the bank questions that probe them, the user's best story for each and a day-by-day plan up to
 * the interview; {@code /plan} and {@code /api/plan}. Saved plans are offered to other modules
 * through {@link dev.storysmith.plan.PlanQueries}.
 */
@ApplicationModule(allowedDependencies = { "question", "story", "account", "system" })
package dev.storysmith.plan;

import org.springframework.modulith.ApplicationModule;
