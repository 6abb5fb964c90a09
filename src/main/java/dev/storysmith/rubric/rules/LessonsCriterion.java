package dev.storysmith.rubric.rules;

import java.util.List;

import dev.storysmith.rubric.SectionKind;

/**
 * Lessons: a concrete learning and what changed after it.
 *
 * <p>Over content sentences: a change alone ("since then I always...") scores 1, a learning
 * alone ("I learned...", "in hindsight...") 2, since a lesson with no change is only half of
 * it; both score 3, and 4 when they fill three or more sentences between them.
 *
 * <p>A framework with no reflection section (STAR, PAR without it) does not ask for lessons:
 * the criterion is still scored, so a lesson the user adds shows up, but it weighs nothing in
 * the overall score and its only advice says so.
 */
final class LessonsCriterion extends Criterion {

	private static final int FULL_SENTENCES = 3;

	private final String adviceNone;

	private final String adviceChange;

	private final String adviceLearning;

	private final String adviceMore;

	private final String adviceOptional;

	LessonsCriterion(RuleData data, Assessment.Limits limits) {
		super("lessons", data, limits);
		RuleData advice = data.section("advice");
		this.adviceNone = advice.text("none");
		this.adviceChange = advice.text("change");
		this.adviceLearning = advice.text("learning");
		this.adviceMore = advice.text("more");
		this.adviceOptional = advice.text("optional");
	}

	@Override
	public double weight(AnalyzedDraft draft) {
		return demanded(draft) ? super.weight(draft) : 0;
	}

	private static boolean demanded(AnalyzedDraft draft) {
		return draft.frameworkHas(SectionKind.REFLECTION);
	}

	@Override
	public Assessment assess(AnalyzedDraft draft) {
		Assessment.Builder result = assessment();
		List<AnalyzedSentence> learnings = draft.counting(Cue.LEARNING);
		List<AnalyzedSentence> changes = draft.counting(Cue.CHANGE);
		List<AnalyzedSentence> evidence = draft.countingAny(Cue.LEARNING, Cue.CHANGE);
		evidence.forEach(s -> result.evidence(s.evidence()));
		int score;
		if (learnings.isEmpty()) {
			score = changes.isEmpty() ? 0 : 1;
		}
		else if (changes.isEmpty()) {
			score = 2;
		}
		else {
			score = evidence.size() >= FULL_SENTENCES ? 4 : 3;
		}
		if (!demanded(draft)) {
			return result.adviceIf(score < MAX, fill(adviceOptional, "framework", draft.framework().name())).score(score);
		}
		return result.adviceIf(score == 0, adviceNone)
			.adviceIf(score == 2, adviceChange)
			.adviceIf(score == 1, adviceLearning)
			.adviceIf(score == 3, adviceMore)
			.score(score);
	}

}
