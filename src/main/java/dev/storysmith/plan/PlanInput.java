package dev.storysmith.plan;

import java.time.LocalDate;

/**
 * What a plan is made from: the posting as pasted, and optionally the interview date and the
 * role's level. Checked by {@link PlanRules} before anything is computed or saved.
 */
record PlanInput(String posting, LocalDate interviewDate, Level level) {

	static final int MAX_POSTING = 50_000;

	static final int MAX_TITLE = 80;

	/** The plan's name in lists: the posting's first line (usually the role), shortened. */
	String title() {
		String first = posting.strip().lines().findFirst().orElse("").strip().replaceAll("\\s+", " ");
		return first.length() <= MAX_TITLE ? first : first.substring(0, MAX_TITLE - 1).strip() + "…";
	}

}
