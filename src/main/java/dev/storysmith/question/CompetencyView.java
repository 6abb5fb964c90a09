package dev.storysmith.question;

import java.util.List;

/**
 * One competency of the fixed vocabulary in {@code competencies.md}, with the phrases that
 * signal it in a job posting ("on-call", "postmortem" for incident response), as written there.
 */
public record CompetencyView(String id, String name, String description, List<String> signals) {

	public CompetencyView {
		signals = List.copyOf(signals);
	}

}
