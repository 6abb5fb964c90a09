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
 * Picks the bank questions a plan practises: 6 to 10 of them, never one twice. It goes round the
 * ranked competencies, strongest first, taking one question per competency a round, so every
 * stressed competency gets a question before the strongest get a second. For a competency it
 * prefers a question that names it first (the question is mainly about it), then one that also
 * probes more of the plan's other competencies (weights added), then the title, so the same
 * posting always gets the same plan.
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
		boolean progress = true;
		while (picked.size() < target && progress) {
			progress = false;
			for (RankedCompetency competency : ranked) {
				if (picked.size() == target) {
					break;
				}
				QuestionSummary best = questions.stream()
					.filter(q -> q.competencies().contains(competency.id()) && !picked.contains(q))
					.min(preference(competency.id(), weights))
					.orElse(null);
				if (best != null) {
					picked.add(best);
					progress = true;
				}
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
