package dev.storysmith.plan;

import java.util.List;

/**
 * A plan as computed from its input, today, against the current bank and the user's current
 * stories: the competencies strongest first, the questions, each question's story (none when
 * signed out) and the days (none without an interview date).
 */
record PrepPlan(List<RankedCompetency> competencies, List<PickedQuestion> questions, List<StoryPick> stories,
		List<PlanDay> days, List<PostingSegment> posting) {

	List<String> questionIds() {
		return questions.stream().map(PickedQuestion::id).toList();
	}

}
