package dev.storysmith.plan;

import java.util.Locale;

/**
 * One thing to do on a day of the plan. {@code questionId} is set for writing and practising;
 * {@code storyId} when the user already has a story for that question.
 */
record PlanTask(Kind kind, String questionId, Long storyId) {

	enum Kind {

		/** Write a story for a question that has none yet. */
		WRITE,
		/** Tell a story aloud against the clock (a practice round). */
		PRACTISE,
		/** Run a mock interview over the plan's questions. */
		MOCK,
		/** The interview day: skim the one-pager, no new work. */
		LIGHT;

		public String id() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	static PlanTask mock() {
		return new PlanTask(Kind.MOCK, null, null);
	}

	static PlanTask light() {
		return new PlanTask(Kind.LIGHT, null, null);
	}

}
