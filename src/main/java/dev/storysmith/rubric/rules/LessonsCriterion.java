package dev.storysmith.rubric.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.storysmith.rubric.SectionKind;

/**
 * Lessons: a concrete learning and what changed after it.
 *
 * <p>Over content sentences: a change alone ("since then I always...") scores 1, a learning
 * alone ("I learned...", "in hindsight...") 2, since a lesson with no change is only half of
 * it; both score 3, and 4 when they fill three or more sentences between them.
 *
 * <p>Inside a reflection section or a block labelled as one ("Lessons:", "Takeaways",
 * "What I'd do differently", "In hindsight") a content sentence shaped as a lesson, an imperative
 * or a rule, is a lesson without any cue phrase, as long as it shares a concrete word with the
 * story; so is an imperative closing the story. An item there that opens with a past verb ("-
 * Added a rollback drill to the checklist") is a change.
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

	private final String adviceBlock;

	LessonsCriterion(RuleData data, Assessment.Limits limits) {
		super("lessons", data, limits);
		RuleData advice = data.section("advice");
		this.adviceNone = advice.text("none");
		this.adviceChange = advice.text("change");
		this.adviceLearning = advice.text("learning");
		this.adviceMore = advice.text("more");
		this.adviceOptional = advice.text("optional");
		this.adviceBlock = advice.text("block");
	}

	@Override
	public double weight(AnalyzedDraft draft) {
		return demanded(draft) ? super.weight(draft) : 0;
	}

	private static boolean demanded(AnalyzedDraft draft) {
		return draft.frameworkHas(SectionKind.REFLECTION);
	}

	/**
	 * A change in words ("since then", "we now gate"), or in a reflection block an item with an
	 * implied "I" ("- Added a drill to the checklist") or one that says "now" or "since".
	 */
	private static boolean isChange(AnalyzedSentence sentence) {
		return sentence.counts(Cue.CHANGE)
				|| sentence.content() && sentence.reflection() && (sentence.impliedActor() || sentence.has(Cue.NOW));
	}

	/**
	 * A lesson without a cue phrase: an imperative ("Test the rollback before the rollout") in a
	 * reflection block or closing the story, or a rule or generalisation ("a shared queue needs an
	 * owner", "never ship the migration and the code together") in a reflection block, that shares a
	 * content word with the story. Events told in a Lessons box ("the auditors asked for a
	 * write-up") are neither; slogans ("Communication is key") share no word with the story.
	 */
	private static boolean isUncuedLesson(AnalyzedSentence sentence, Set<String> story) {
		boolean shaped = sentence.imperative() || sentence.reflection() && sentence.has(Cue.GENERAL);
		return sentence.content() && shaped && sentence.stems().stream().anyMatch(story::contains);
	}

	@Override
	public Assessment assess(AnalyzedDraft draft) {
		Assessment.Builder result = assessment();
		Set<String> story = new HashSet<>();
		draft.sentences()
			.stream()
			.filter(s -> s.content() && !s.reflection() && !s.imperative())
			.forEach(s -> story.addAll(s.stems()));
		List<AnalyzedSentence> changes = new ArrayList<>();
		List<AnalyzedSentence> learnings = new ArrayList<>();
		List<AnalyzedSentence> evidence = new ArrayList<>();
		for (AnalyzedSentence sentence : draft.sentences()) {
			boolean change = isChange(sentence);
			boolean learning = sentence.counts(Cue.LEARNING) || !change && isUncuedLesson(sentence, story);
			if (change) {
				changes.add(sentence);
			}
			if (learning) {
				learnings.add(sentence);
			}
			if (change || learning) {
				evidence.add(sentence);
			}
		}
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
		boolean block = draft.sentences().stream().anyMatch(s -> s.reflection() && s.content());
		return result.adviceIf(score == 0 && !block, adviceNone)
			.adviceIf(score == 0 && block, adviceBlock)
			.adviceIf(score == 2, adviceChange)
			.adviceIf(score == 1, adviceLearning)
			.adviceIf(score == 3, adviceMore)
			.score(score);
	}

}
