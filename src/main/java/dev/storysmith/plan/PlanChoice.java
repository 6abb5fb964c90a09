package dev.storysmith.plan;

import java.util.List;

/** A saved plan as another module offers it to choose from: its questions in the plan's order. */
public record PlanChoice(long id, String title, List<String> questionIds) {

	public PlanChoice {
		questionIds = List.copyOf(questionIds);
	}

}
