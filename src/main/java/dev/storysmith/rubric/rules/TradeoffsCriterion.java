package dev.storysmith.rubric.rules;

import java.util.List;

/**
 * Trade-offs: decisions with the option rejected, the price accepted and how the risk was
 * contained.
 *
 * <p>Counts content sentences, each once however many cues it stacks: up to two decision
 * sentences ("chose X over Y", "instead of", "rather than") earn a point each, one sentence
 * naming the cost or risk accepted ("at the cost of", "the downside") a point, one naming a
 * mitigation ("mitigated by", "feature flag", "canary") a point.
 */
final class TradeoffsCriterion extends Criterion {

	private final String adviceNone;

	private final String adviceSecond;

	private final String adviceCost;

	private final String adviceMitigation;

	TradeoffsCriterion(RuleData data, Assessment.Limits limits) {
		super("tradeoffs", data, limits);
		RuleData advice = data.section("advice");
		this.adviceNone = advice.text("none");
		this.adviceSecond = advice.text("second");
		this.adviceCost = advice.text("cost");
		this.adviceMitigation = advice.text("mitigation");
	}

	@Override
	public Assessment assess(AnalyzedDraft draft) {
		Assessment.Builder result = assessment();
		List<AnalyzedSentence> decisions = draft.counting(Cue.DECISION);
		List<AnalyzedSentence> costs = draft.counting(Cue.COST);
		List<AnalyzedSentence> mitigations = draft.counting(Cue.MITIGATION);
		draft.countingAny(Cue.DECISION, Cue.COST, Cue.MITIGATION).forEach(s -> result.evidence(s.evidence()));
		int score = Math.min(decisions.size(), 2) + (costs.isEmpty() ? 0 : 1) + (mitigations.isEmpty() ? 0 : 1);
		return result.adviceIf(decisions.isEmpty(), adviceNone)
			.adviceIf(decisions.size() == 1, adviceSecond)
			.adviceIf(costs.isEmpty(), adviceCost)
			.adviceIf(mitigations.isEmpty(), adviceMitigation)
			.score(score);
	}

}
