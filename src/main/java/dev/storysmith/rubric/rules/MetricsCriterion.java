package dev.storysmith.rubric.rules;

import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import dev.storysmith.rubric.text.Span;

/**
 * Metrics: quantified outcomes, stated as baseline -> result, with how they were validated.
 *
 * <p>Counts, over content sentences only, the distinct outcome numbers with units (the same
 * figure twice counts once), the baseline -> result forms and whether a validation method is
 * named. 1 = an outcome number; 2 = a baseline -> result or two numbers; 3 = a baseline ->
 * result backed by validation, a second baseline -> result or enough numbers; 4 = a baseline ->
 * result, validation, and enough numbers or a second baseline -> result.
 */
final class MetricsCriterion extends Criterion {

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	private final int fullQuantities;

	private final String adviceNone;

	private final String adviceBaseline;

	private final String adviceValidation;

	private final String adviceMore;

	MetricsCriterion(RuleData data, Assessment.Limits limits) {
		super("metrics", data, limits);
		this.fullQuantities = data.integer("fullQuantities");
		RuleData advice = data.section("advice");
		this.adviceNone = advice.text("none");
		this.adviceBaseline = advice.text("baseline");
		this.adviceValidation = advice.text("validation");
		this.adviceMore = advice.text("more");
	}

	@Override
	public Assessment assess(AnalyzedDraft draft) {
		Assessment.Builder result = assessment();
		Set<String> quantities = new HashSet<>();
		Set<String> baselines = new HashSet<>();
		boolean validated = false;
		for (AnalyzedSentence sentence : draft.sentences()) {
			if (!sentence.content()) {
				continue;
			}
			BitSet inBaseline = new BitSet();
			for (Span span : sentence.baselineResults()) {
				if (inBaseline.nextSetBit(span.start()) >= 0 && inBaseline.nextSetBit(span.start()) < span.end()) {
					continue; // "from 4% down to 0.5%" is one pair, not also "4% down to 0.5%"
				}
				inBaseline.set(span.start(), span.end());
				if (baselines.add(figure(sentence, span))) {
					result.evidence(sentence.section().evidence(span));
				}
			}
			for (Span span : sentence.quantities()) {
				// a figure inside a baseline -> result is already shown as part of it
				boolean shown = inBaseline.nextClearBit(span.start()) >= span.end();
				if (quantities.add(figure(sentence, span)) && !shown) {
					result.evidence(sentence.section().evidence(span));
				}
			}
			// a validation method backs the numbers but is not one: it earns points, not Metrics evidence
			validated |= sentence.has(Cue.VALIDATION);
		}
		int q = quantities.size();
		int b = baselines.size();
		boolean enough = q >= fullQuantities || b >= 2;
		int score;
		if (b >= 1 && validated && enough) {
			score = 4;
		}
		else if (b >= 1 && (validated || enough)) {
			score = 3;
		}
		else if (b >= 1 || q >= 2) {
			score = 2;
		}
		else {
			score = q >= 1 ? 1 : 0;
		}
		return result.adviceIf(q == 0, adviceNone)
			.adviceIf(q > 0 && b == 0, adviceBaseline)
			.adviceIf(!validated, adviceValidation)
			.adviceIf(q > 0 && !enough, adviceMore)
			.score(score);
	}

	/** The figure without spacing, so "420 ms" and "420ms" twice count as one. */
	private static String figure(AnalyzedSentence sentence, Span span) {
		return WHITESPACE.matcher(sentence.section().lower().substring(span.start(), span.end())).replaceAll("");
	}

}
