package dev.storysmith.rubric;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.storysmith.rubric.rules.FollowUpRules;
import dev.storysmith.rubric.rules.GapQuestion;

/**
 * The follow-ups an interviewer would most likely ask of a scored draft: one per gap the
 * scorecard shows (no baseline, "we" for "I", no rejected option, a lesson without a change,
 * ...), quoting the part of the draft it probes, then the linked question's own follow-ups from
 * the bank. Gaps come first, ranked by the points their criterion loses (weight x points
 * missing); a strong draft gets fewer. Plain Java, deterministic, immutable.
 */
public final class FollowUpPlanner {

	private final FollowUpRules rules;

	private final RubricEngine engine;

	private final Map<String, Double> weights;

	FollowUpPlanner(FollowUpRules rules, RubricEngine engine) {
		this.rules = rules;
		this.engine = engine;
		this.weights = engine.criteria().stream().collect(Collectors.toMap(RubricCriterion::id, RubricCriterion::weight));
	}

	/** A planner with the follow-ups of {@code rubric/rules.yaml}, ranking by the engine's weights. */
	public static FollowUpPlanner withDefaultRules(RubricEngine engine) {
		return new FollowUpPlanner(FollowUpRules.load(), engine);
	}

	/**
	 * The section of a story in this framework an answer to the follow-up belongs in: the first
	 * of the kind the rules name for its criterion, else the first Action section, else the first.
	 */
	public String sectionFor(FrameworkShape framework, FollowUp followUp) {
		SectionKind kind = rules.answerGoesTo().getOrDefault(followUp.criterion(), SectionKind.ACTION);
		return firstOf(framework, kind).or(() -> firstOf(framework, SectionKind.ACTION))
			.orElse(framework.sections().get(0))
			.id();
	}

	/**
	 * A drill answer scored alone, placed in the section it belongs in, on the criterion the
	 * follow-up probes (a bank follow-up's answer on {@code bankScoredOn}).
	 */
	public CriterionScore scoreAnswer(FrameworkShape framework, FollowUp followUp, String answer) {
		String criterion = followUp.criterion().equals(FollowUp.BANK) ? rules.bankScoredOn() : followUp.criterion();
		Scorecard card = engine.score(new Draft(framework, Map.of(sectionFor(framework, followUp), answer)));
		return card.criteria().stream().filter(c -> c.id().equals(criterion)).findFirst().orElseThrow();
	}

	private static java.util.Optional<SectionShape> firstOf(FrameworkShape framework, SectionKind kind) {
		return framework.sections().stream().filter(s -> s.kind() == kind).findFirst();
	}

	/**
	 * @param draft the draft that was scored (the questions quote it)
	 * @param card its scorecard
	 * @param bankFollowUps the linked question's follow-ups from the bank, or none
	 * @return at most {@code followUps.max} follow-ups ({@code strongMax} for a strong draft),
	 *     most important first
	 */
	public List<FollowUp> plan(Draft draft, Scorecard card, List<String> bankFollowUps) {
		int cap = card.overall() >= rules.strongFrom() ? rules.strongMax() : rules.max();
		Set<String> bank = new LinkedHashSet<>(bankFollowUps.stream().map(String::strip).filter(q -> !q.isEmpty()).toList());
		List<FollowUp> gaps = gapFollowUps(draft, card);
		int fromBank = Math.min(bank.size(), Math.min(rules.bankSlots(), cap));
		int fromGaps = Math.min(gaps.size(), cap - fromBank);
		List<FollowUp> planned = new ArrayList<>(gaps.subList(0, fromGaps));
		bank.stream()
			.limit(cap - planned.size())
			.forEach(q -> planned.add(new FollowUp(FollowUp.BANK, q, rules.bankReason())));
		return List.copyOf(planned);
	}

	private List<FollowUp> gapFollowUps(Draft draft, Scorecard card) {
		Map<String, Integer> missing = card.criteria()
			.stream()
			.collect(Collectors.toMap(CriterionScore::id, c -> c.max() - c.score()));
		Function<GapQuestion, Double> loss = gap -> weights.getOrDefault(gap.criterion(), 0.0)
				* missing.getOrDefault(gap.criterion(), 0);
		Map<String, Integer> perCriterion = new HashMap<>();
		Set<String> asked = new LinkedHashSet<>();
		List<FollowUp> followUps = new ArrayList<>();
		rules.gaps()
			.stream()
			.filter(gap -> gap.appliesTo(card))
			.sorted(Comparator.comparing(loss).reversed())
			.forEach(gap -> {
				String question = gap.askOf(draft, card, rules.quoteWords());
				if (perCriterion.merge(gap.criterion(), 1, Integer::sum) <= rules.perCriterion() && asked.add(question)) {
					followUps.add(new FollowUp(gap.criterion(), question, gap.reason()));
				}
			});
		return followUps;
	}

}
