package dev.storysmith.plan;

import java.util.List;

/** A bank question the plan practises, with the plan's competencies it probes (strongest first). */
record PickedQuestion(String id, String title, List<String> competencies) {

	PickedQuestion {
		competencies = List.copyOf(competencies);
	}

}
