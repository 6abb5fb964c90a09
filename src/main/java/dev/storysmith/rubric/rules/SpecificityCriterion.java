package dev.storysmith.rubric.rules;

import java.util.Comparator;
import java.util.List;

import dev.storysmith.rubric.text.PhraseMatcher.Hit;

/**
 * Specificity: hedges, fillers, vague impact claims and keyword stuffing, per 100 words.
 *
 * <p>Every hedge, filler and vague claim is a finding; a vague claim in a sentence that quotes a
 * number is let off, since the number is the specific part. Keyword stuffing is judged on the
 * whole draft: when at least {@code minRejectedCues} rubric keywords sit in sentences the content
 * gate rejected, and they outnumber the keywords in real sentences, the draft gets one
 * {@code stuffing} finding (at its most stuffed sentence) and every rejected sentence counts as
 * an issue. The weighted issue rate maps to the score through {@code ratePer100}; a draft with no
 * content sentence at all scores 0.
 */
final class SpecificityCriterion extends Criterion {

	private final double hedgeWeight;

	private final double fillerWeight;

	private final double vagueWeight;

	private final double stuffingWeight;

	private final List<Double> ratePer100;

	private final int minRejectedCues;

	private final String adviceHedges;

	private final String adviceFillers;

	private final String adviceVague;

	private final String adviceStuffing;

	private final String adviceContent;

	private final String hedgeFinding;

	private final String fillerFinding;

	private final String vagueFinding;

	private final String stuffingFinding;

	SpecificityCriterion(RuleData data, Assessment.Limits limits) {
		super("specificity", data, limits);
		RuleData weights = data.section("issueWeights");
		this.hedgeWeight = weights.number("hedge");
		this.fillerWeight = weights.number("filler");
		this.vagueWeight = weights.number("vague");
		this.stuffingWeight = weights.number("stuffing");
		this.ratePer100 = data.numbers("ratePer100");
		this.minRejectedCues = data.section("stuffing").integer("minRejectedCues");
		RuleData advice = data.section("advice");
		this.adviceHedges = advice.text("hedges");
		this.adviceFillers = advice.text("fillers");
		this.adviceVague = advice.text("vague");
		this.adviceStuffing = advice.text("stuffing");
		this.adviceContent = advice.text("content");
		RuleData findings = data.section("findings");
		this.hedgeFinding = findings.text("hedge");
		this.fillerFinding = findings.text("filler");
		this.vagueFinding = findings.text("vague");
		this.stuffingFinding = findings.text("stuffing");
		if (ratePer100.size() != MAX) {
			throw new IllegalStateException("rules.yaml: criteria.specificity.ratePer100 needs " + MAX + " thresholds");
		}
	}

	@Override
	public Assessment assess(AnalyzedDraft draft) {
		Assessment.Builder result = assessment();
		int hedges = 0;
		int fillers = 0;
		int vague = 0;
		for (AnalyzedSentence sentence : draft.sentences()) {
			boolean quotesNumber = !sentence.quantities().isEmpty() || !sentence.baselineResults().isEmpty();
			for (Hit<Cue> hit : sentence.hits()) {
				if (hit.cue() == Cue.HEDGE) {
					hedges++;
					result.finding(sentence.section().finding("hedge", sentence.spanOf(hit), hedgeFinding));
				}
				else if (hit.cue() == Cue.FILLER) {
					fillers++;
					result.finding(sentence.section().finding("filler", sentence.spanOf(hit), fillerFinding));
				}
				else if (hit.cue() == Cue.VAGUE && !quotesNumber) {
					vague++;
					result.finding(sentence.section().finding("vague-claim", sentence.spanOf(hit), vagueFinding));
				}
			}
		}
		List<AnalyzedSentence> rejected = draft.sentences()
			.stream()
			.filter(s -> !s.content() && s.keywordHits() > 0)
			.toList();
		int rejectedCues = rejected.stream().mapToInt(AnalyzedSentence::keywordHits).sum();
		int acceptedCues = draft.sentences()
			.stream()
			.filter(AnalyzedSentence::content)
			.mapToInt(AnalyzedSentence::keywordHits)
			.sum();
		boolean stuffed = rejectedCues >= minRejectedCues && rejectedCues >= acceptedCues;
		if (stuffed) {
			rejected.stream()
				.max(Comparator.comparingInt(AnalyzedSentence::keywordHits))
				.ifPresent(worst -> result.finding(worst.finding("stuffing", fill(stuffingFinding, "count", rejectedCues))));
		}
		double issues = hedges * hedgeWeight + fillers * fillerWeight + vague * vagueWeight
				+ (stuffed ? rejected.size() * stuffingWeight : 0);
		double rate = issues * 100 / Math.max(draft.words(), 1);
		int score = 0;
		while (score < MAX && rate <= ratePer100.get(MAX - 1 - score)) {
			score++;
		}
		boolean anyContent = draft.sentences().stream().anyMatch(AnalyzedSentence::content);
		return result.adviceIf(hedges > 0, adviceHedges)
			.adviceIf(fillers > 0, adviceFillers)
			.adviceIf(vague > 0, adviceVague)
			.adviceIf(stuffed, adviceStuffing)
			.adviceIf(!anyContent, adviceContent)
			.score(anyContent ? score : 0);
	}

}
