package dev.storysmith.rubric.rules;

import java.util.List;
import java.util.function.Predicate;

import dev.storysmith.rubric.SectionKind;
import dev.storysmith.rubric.text.Span;

/**
 * Structure: the story's parts are there, in order, and the Action carries the most weight.
 *
 * <p>Sectioned drafts: the share of framework sections with at least {@code minSectionWords}
 * words sets the score (4 x present / all, rounded down); an empty section is also a
 * {@code missing-section} finding; one point off when the Action sections together have fewer
 * words than some other section.
 *
 * <p>Unlabeled text is judged by its flow instead, so missing labels are not punished twice:
 * context (content before anyone acts, or a context cue), action (a sentence where "I" or "we"
 * act), result (an outcome number or result cue after the action) and, when the framework has a
 * reflection section, a lesson. One point off when they come out of order, one when the
 * sentences where someone acts hold less than {@code minActionShare} of the words.
 */
final class StructureCriterion extends Criterion {

	private final int minSectionWords;

	private final double minActionShare;

	private final String adviceMissing;

	private final String adviceAction;

	private final String adviceContext;

	private final String adviceActionFlow;

	private final String adviceResult;

	private final String adviceReflection;

	private final String adviceOrder;

	private final String missing;

	StructureCriterion(RuleData data, Assessment.Limits limits) {
		super("structure", data, limits);
		this.minSectionWords = data.integer("minSectionWords");
		this.minActionShare = data.number("minActionShare");
		RuleData advice = data.section("advice");
		this.adviceMissing = advice.text("missing");
		this.adviceAction = advice.text("action");
		this.adviceContext = advice.text("context");
		this.adviceActionFlow = advice.text("actionFlow");
		this.adviceResult = advice.text("result");
		this.adviceReflection = advice.text("reflection");
		this.adviceOrder = advice.text("order");
		this.missing = data.section("findings").text("missing");
	}

	@Override
	public Assessment assess(AnalyzedDraft draft) {
		return draft.unlabeled() ? assessFlow(draft) : assessSections(draft);
	}

	private Assessment assessSections(AnalyzedDraft draft) {
		Assessment.Builder result = assessment();
		List<AnalyzedSection> sections = draft.sections().stream().filter(s -> s.kind() != null).toList();
		int present = 0;
		int actionWords = 0;
		int otherMaxWords = 0;
		for (AnalyzedSection section : sections) {
			if (section.isAction()) {
				actionWords += section.words();
			}
			else {
				otherMaxWords = Math.max(otherMaxWords, section.words());
			}
			if (section.words() >= minSectionWords) {
				present++;
				draft.sentencesIn(section).stream().findFirst().ifPresent(s -> result.evidence(s.evidence()));
				continue;
			}
			result.advice(fill(adviceMissing, "section", section.title(), "min", minSectionWords));
			if (section.words() == 0) {
				result.finding(section.finding("missing-section", new Span(0, 0), fill(missing, "section", section.title())));
			}
		}
		boolean actionLeads = actionWords >= otherMaxWords || sections.stream().noneMatch(AnalyzedSection::isAction);
		int score = sections.isEmpty() ? 0 : Criterion.MAX * present / sections.size();
		return result.adviceIf(!actionLeads, adviceAction).score(actionLeads ? score : score - 1);
	}

	private Assessment assessFlow(AnalyzedDraft draft) {
		Assessment.Builder result = assessment();
		List<AnalyzedSentence> sentences = draft.sentences().stream().filter(AnalyzedSentence::content).toList();
		int action = indexOf(sentences, AnalyzedSentence::someoneActs);
		// Whatever comes before anyone acts sets the scene; failing that, a sentence that sounds like it.
		int context = action != 0 && !sentences.isEmpty() ? 0 : indexOf(sentences, s -> s.has(Cue.CONTEXT));
		int outcome = lastIndexOf(sentences,
				s -> s.has(Cue.RESULT) || !s.quantities().isEmpty() || !s.baselineResults().isEmpty());
		boolean reflectionAsked = draft.frameworkHas(SectionKind.REFLECTION);
		int reflection = indexOf(sentences, s -> s.has(Cue.LEARNING) || s.has(Cue.CHANGE));
		int[] parts = reflectionAsked ? new int[] { context, action, outcome, reflection }
				: new int[] { context, action, outcome };
		int found = 0;
		for (int part : parts) {
			if (part >= 0) {
				found++;
				result.evidence(sentences.get(part).evidence());
			}
		}
		boolean ordered = (context < 0 || action < 0 || context <= action)
				&& (action < 0 || outcome < 0 || outcome >= action);
		int actionWords = sentences.stream().filter(AnalyzedSentence::someoneActs).mapToInt(AnalyzedSentence::words).sum();
		boolean actionCarries = draft.words() > 0 && actionWords >= minActionShare * draft.words();
		int score = Criterion.MAX * found / parts.length - (ordered ? 0 : 1) - (actionCarries ? 0 : 1);
		return result.adviceIf(context < 0, adviceContext)
			.adviceIf(action < 0, adviceActionFlow)
			.adviceIf(outcome < 0, adviceResult)
			.adviceIf(reflectionAsked && reflection < 0, adviceReflection)
			.adviceIf(!ordered, adviceOrder)
			.adviceIf(action >= 0 && !actionCarries, adviceAction)
			.score(score);
	}

	private static int indexOf(List<AnalyzedSentence> sentences, Predicate<AnalyzedSentence> test) {
		for (int i = 0; i < sentences.size(); i++) {
			if (test.test(sentences.get(i))) {
				return i;
			}
		}
		return -1;
	}

	private static int lastIndexOf(List<AnalyzedSentence> sentences, Predicate<AnalyzedSentence> test) {
		for (int i = sentences.size() - 1; i >= 0; i--) {
			if (test.test(sentences.get(i))) {
				return i;
			}
		}
		return -1;
	}

}
