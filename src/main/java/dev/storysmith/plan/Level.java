package dev.storysmith.plan;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The seniority of the role. From senior up, interviewers listen for scope and for moving people
 * one does not manage (domain notes, "Signals in job postings"), so the level nudges those
 * competencies up by {@link #nudge()} points, on top of what the posting's words give them.
 */
enum Level {

	JUNIOR(0), MID(0), SENIOR(1), STAFF(3), PRINCIPAL(3);

	/** The competencies a senior level stresses, as the bank names them; absent ones are skipped. */
	static final List<String> NUDGED = List.of("influence-without-authority", "mentoring-and-leadership");

	private final int nudge;

	Level(int nudge) {
		this.nudge = nudge;
	}

	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	int nudge() {
		return nudge;
	}

	static Optional<Level> fromId(String id) {
		return Arrays.stream(values()).filter(l -> l.id().equals(id)).findFirst();
	}

	static List<String> ids() {
		return Arrays.stream(values()).map(Level::id).toList();
	}

}
