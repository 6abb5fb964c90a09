package dev.storysmith.rubric;

/** What part a framework section plays in a story, so the rubric knows where to look. */
public enum SectionKind {

	/** Situation, problem, stakes. */
	CONTEXT,
	/** The speaker's own role, scope and goal. */
	TASK,
	/** What the speaker did and decided. */
	ACTION,
	/** Outcomes, numbers. */
	RESULT,
	/** Lessons, hindsight, what changed after. */
	REFLECTION

}
