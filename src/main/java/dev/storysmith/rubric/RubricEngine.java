package dev.storysmith.rubric;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import dev.storysmith.rubric.rules.AnalyzedDraft;
import dev.storysmith.rubric.rules.AnalyzedSection;
import dev.storysmith.rubric.rules.Assessment;
import dev.storysmith.rubric.rules.Criterion;
import dev.storysmith.rubric.rules.RubricRules;

/**
 * Scores drafts against the rubric. Immutable and thread-safe: build one and share it.
 *
 * <p>The draft is analysed once (tokens, sentences, cue phrases, numbers, the content gate);
 * then each criterion scores it 0-4 with its evidence, advice and findings; the overall score is
 * the weighted mean of the criteria scaled to 0-100. Scoring never throws for any draft text.
 */
public final class RubricEngine {

	private final RubricRules rules;

	private RubricEngine(RubricRules rules) {
		this.rules = rules;
	}

	/** An engine with the rules shipped in {@code rubric/rules.yaml}. */
	public static RubricEngine withDefaultRules() {
		return new RubricEngine(RubricRules.load());
	}

	/** The criteria every scorecard holds, in scorecard order. */
	public List<RubricCriterion> criteria() {
		List<RubricCriterion> published = new ArrayList<>();
		for (Criterion criterion : rules.criteria()) {
			published.add(new RubricCriterion(criterion.id(), criterion.label(), criterion.baseWeight(),
					published.size(), Criterion.MAX));
		}
		return List.copyOf(published);
	}

	/**
	 * The criteria that weigh most (every one sharing the top weights until they carry most of
	 * the overall score): where a user's weakest score matters most.
	 */
	public List<RubricCriterion> missionCriteria() {
		double total = criteria().stream().mapToDouble(RubricCriterion::weight).sum();
		List<RubricCriterion> heaviest = criteria().stream()
			.sorted(Comparator.comparingDouble(RubricCriterion::weight).reversed())
			.toList();
		List<RubricCriterion> mission = new ArrayList<>();
		double carried = 0;
		for (RubricCriterion criterion : heaviest) {
			if (carried > total / 2 && criterion.weight() < mission.get(mission.size() - 1).weight()) {
				break;
			}
			mission.add(criterion);
			carried += criterion.weight();
		}
		return mission.stream().sorted(Comparator.comparingInt(RubricCriterion::position)).toList();
	}

	/** Words spoken per minute, the rate behind every spoken-time figure. */
	public int wordsPerMinute() {
		return rules.speakingRate().wordsPerMinute();
	}

	public Scorecard score(Draft draft) {
		Objects.requireNonNull(draft, "draft");
		AnalyzedDraft analyzed = rules.analyzer().analyze(draft);
		List<CriterionScore> criteria = new ArrayList<>();
		List<Finding> findings = new ArrayList<>();
		double weighted = 0;
		double weights = 0;
		for (Criterion criterion : rules.criteria()) {
			Assessment assessment = criterion.assess(analyzed);
			double weight = criterion.weight(analyzed);
			criteria.add(new CriterionScore(criterion.id(), criterion.label(), assessment.score(), Criterion.MAX,
					assessment.evidence(), assessment.advice(), weight > 0));
			findings.addAll(assessment.findings());
			weighted += weight * assessment.score();
			weights += weight;
		}
		int overall = weights == 0 ? 0 : (int) Math.round(100 * weighted / (weights * Criterion.MAX));
		List<String> order = analyzed.sections().stream().map(AnalyzedSection::id).toList();
		findings.sort(Comparator.<Finding>comparingInt(f -> order.indexOf(f.section()))
			.thenComparingInt(Finding::start)
			.thenComparingInt(Finding::end));
		List<SectionStats> sections = analyzed.sections()
			.stream()
			.map(s -> new SectionStats(s.id(), s.words(), rules.speakingRate().seconds(s.words())))
			.toList();
		return new Scorecard(overall, draft.framework().id(), analyzed.words(),
				rules.speakingRate().seconds(analyzed.words()), sections, criteria, findings);
	}

}
