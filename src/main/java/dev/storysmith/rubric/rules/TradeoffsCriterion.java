package dev.storysmith.rubric.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Trade-offs: decisions with the option rejected, the price accepted and how the risk was
 * contained.
 *
 * <p>Counts content sentences, each once however many cues it stacks: up to two decision
 * sentences ("chose X over Y", "instead of", "rather than") earn a point each, one sentence
 * naming the cost or risk accepted ("at the cost of", "the downside") a point, one naming a
 * mitigation ("mitigated by", "feature flag", "canary") a point. Decisions are read as people
 * phrase them ("whether to A or B", "A would have been ... but", "I went with"), and an option
 * named in one sentence ("we looked at Kafka") with the reason it lost in the next ("it would have
 * needed a team to run it") is a decision too.
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

	/**
	 * Content sentences with a decision cue, or naming an option ("we looked at Kafka") with its
	 * reason for rejection in the same or the next sentence ("it would have needed a team to run
	 * it").
	 */
	private static List<AnalyzedSentence> decisions(AnalyzedDraft draft) {
		List<AnalyzedSentence> sentences = draft.sentences();
		List<AnalyzedSentence> decisions = new ArrayList<>();
		for (int i = 0; i < sentences.size(); i++) {
			AnalyzedSentence sentence = sentences.get(i);
			boolean reasoned = sentence.has(Cue.REASON)
					|| i + 1 < sentences.size() && sentences.get(i + 1).content() && sentences.get(i + 1).has(Cue.REASON);
			if (sentence.counts(Cue.DECISION) || sentence.counts(Cue.OPTION) && reasoned) {
				decisions.add(sentence);
			}
		}
		return decisions;
	}

	@Override
	public Assessment assess(AnalyzedDraft draft) {
		Assessment.Builder result = assessment();
		List<AnalyzedSentence> decisions = decisions(draft);
		List<AnalyzedSentence> costs = draft.counting(Cue.COST);
		List<AnalyzedSentence> mitigations = draft.counting(Cue.MITIGATION);
		Set<AnalyzedSentence> decided = Collections.newSetFromMap(new IdentityHashMap<>());
		decided.addAll(decisions);
		draft.sentences()
			.stream()
			.filter(s -> decided.contains(s) || s.counts(Cue.COST) || s.counts(Cue.MITIGATION))
			.forEach(s -> result.evidence(s.evidence()));
		int score = Math.min(decisions.size(), 2) + (costs.isEmpty() ? 0 : 1) + (mitigations.isEmpty() ? 0 : 1);
		return result.adviceIf(decisions.isEmpty(), adviceNone)
			.adviceIf(decisions.size() == 1, adviceSecond)
			.adviceIf(costs.isEmpty(), adviceCost)
			.adviceIf(mitigations.isEmpty(), adviceMitigation)
			.score(score);
	}

}
