package dev.storysmith.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.storysmith.question.QuestionSummary;

/**
 * Picks the bank questions a plan practises: 6 to 10 of them, never one twice. The slots are
 * shared out in proportion to the competencies' weights, the way seats are shared by votes
 * (Sainte-Laguë: the next slot goes to the competency with the highest weight / (2 × slots it
 * has + 1)), so a posting that is mostly about incidents gets mostly incident questions while a
 * competency it names once still gets one when there is room. A competency whose questions have
 * all been picked gives its turn away. For a competency the picker prefers a question that names
 * it first (the question is mainly about it), then one that also probes more of the plan's other
 * competencies (weights added), then the title, so the same posting always gets the same plan.
 */
final class QuestionPicker {

	static final int MIN_QUESTIONS = 6;

	static final int MAX_QUESTIONS = 10;

	private QuestionPicker() {
	}

	/**
	 * @param ranked the posting's competencies, strongest first
	 * @param questions the active bank questions
	 * @return the questions in the order to practise them; fewer than 6 only when the bank has no more for these competencies
	 */
	static List<PickedQuestion> pick(List<RankedCompetency> ranked, List<QuestionSummary> questions) {
		Map<String, Integer> weights = new HashMap<>();
		ranked.forEach(c -> weights.put(c.id(), c.weight()));
		int target = Math.max(MIN_QUESTIONS, Math.min(MAX_QUESTIONS, 2 * ranked.size()));
		Set<QuestionSummary> picked = new LinkedHashSet<>();
		Map<String, Integer> slots = new HashMap<>();
		List<RankedCompetency> open = new ArrayList<>(ranked);
		while (picked.size() < target && !open.isEmpty()) {
			RankedCompetency next = open.stream()
				.max(Comparator.comparingDouble(c -> c.weight() / (2.0 * slots.getOrDefault(c.id(), 0) + 1)))
				.orElseThrow();
			QuestionSummary best = questions.stream()
				.filter(q -> q.competencies().contains(next.id()) && !picked.contains(q))
				.min(preference(next.id(), weights))
				.orElse(null);
			if (best == null) {
				open.remove(next);
			}
			else {
				picked.add(best);
				slots.merge(next.id(), 1, Integer::sum);
			}
		}
		List<PickedQuestion> result = new ArrayList<>();
		for (QuestionSummary question : picked) {
			List<String> probed = ranked.stream().map(RankedCompetency::id).filter(question.competencies()::contains).toList();
			result.add(new PickedQuestion(question.id(), question.title(), probed));
		}
		return result;
	}

	private static Comparator<QuestionSummary> preference(String competency, Map<String, Integer> weights) {
		Comparator<QuestionSummary> mainlyAbout = Comparator.comparing(q -> !q.competencies().get(0).equals(competency));
		Comparator<QuestionSummary> overlap = Comparator
			.comparingInt(q -> -q.competencies().stream().mapToInt(c -> weights.getOrDefault(c, 0)).sum());
		return mainlyAbout.thenComparing(overlap).thenComparing(QuestionSummary::title).thenComparing(QuestionSummary::id);
	}

}
