package dev.storysmith.plan;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks what a form or an API call gives for a plan, the same way for both, and says what is
 * wrong per field with a message code from {@code messages.properties} ({@code plan.error.*}).
 */
final class PlanRules {

	/** Longer date or level text is not echoed back in a message. */
	private static final int MAX_ECHO = 20;

	private PlanRules() {
	}

	/** A refused field; {@code tooLarge} marks a posting over the limit (413 for the API). */
	record Problem(String field, String code, List<Object> args, boolean tooLarge) {

		Problem {
			args = List.copyOf(args);
		}

	}

	/** The checked input when {@code problems} is empty. */
	record Checked(PlanInput input, List<Problem> problems) {

		boolean ok() {
			return problems.isEmpty();
		}

	}

	/**
	 * @param interviewDate ISO {@code yyyy-MM-dd}, blank or null for none
	 * @param level one of {@link Level#ids()}, blank or null for none
	 * @param today the user's today, in their time zone
	 */
	static Checked check(String posting, String interviewDate, String level, LocalDate today) {
		List<Problem> problems = new ArrayList<>();
		if (posting == null || posting.isBlank()) {
			problems.add(new Problem("posting", "plan.error.posting.empty", List.of(), false));
		}
		else if (posting.length() > PlanInput.MAX_POSTING) {
			problems.add(new Problem("posting", "plan.error.posting.tooLong", List.of(posting.length(), PlanInput.MAX_POSTING),
					true));
		}
		LocalDate date = null;
		if (interviewDate != null && !interviewDate.isBlank()) {
			LocalDate last = today.plusDays(DayPlanner.MAX_DAYS_AHEAD);
			try {
				date = interviewDate.length() > MAX_ECHO ? null : LocalDate.parse(interviewDate.strip());
			}
			catch (DateTimeParseException ex) {
				date = null;
			}
			if (date == null) {
				problems.add(new Problem("interviewDate", "plan.error.interviewDate.format", List.of(today.plusDays(7).toString()),
						false));
			}
			else if (date.isBefore(today)) {
				problems.add(new Problem("interviewDate", "plan.error.interviewDate.past", List.of(date.toString(), today.toString()),
						false));
			}
			else if (date.isAfter(last)) {
				problems.add(new Problem("interviewDate", "plan.error.interviewDate.tooFar",
						List.of(date.toString(), DayPlanner.MAX_DAYS_AHEAD, last.toString()), false));
			}
		}
		Level chosen = null;
		if (level != null && !level.isBlank()) {
			chosen = Level.fromId(level.strip()).orElse(null);
			if (chosen == null) {
				problems.add(new Problem("level", "plan.error.level", List.of(String.join(", ", Level.ids())), false));
			}
		}
		return new Checked(problems.isEmpty() ? new PlanInput(posting, date, chosen) : null, problems);
	}

}
