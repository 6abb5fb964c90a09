package dev.storysmith.practice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.random.RandomGenerator;

import dev.storysmith.question.QuestionSummary;

/**
 * Chooses the questions of a mock interview: first the ones asked for (a plan's), then a
 * balanced draw over the competencies (one question from each in turn, in a random order, so
 * no competency gets a second question before every other has its first), then, when those run
 * out, any other question of the bank. Never the same question twice.
 */
final class MockPicker {

	static final int MIN_QUESTIONS = 4;

	static final int MAX_QUESTIONS = 6;

	static final int DEFAULT_QUESTIONS = 5;

	private MockPicker() {
	}

	/**
	 * @param preferred questions to ask first, in order
	 * @param competencies the competencies to balance over
	 * @param probing the active questions probing a competency
	 * @param bank every active question, to top up from
	 * @param count how many questions the mock has
	 */
	static List<QuestionSummary> pick(List<QuestionSummary> preferred, List<String> competencies,
			Function<String, List<QuestionSummary>> probing, List<QuestionSummary> bank, int count,
			RandomGenerator random) {
		Map<String, QuestionSummary> picked = new LinkedHashMap<>();
		preferred.stream().limit(count).forEach(q -> picked.putIfAbsent(q.id(), q));
		List<String> order = new ArrayList<>(competencies);
		shuffle(order, random);
		List<List<QuestionSummary>> pools = new ArrayList<>();
		for (String competency : order) {
			List<QuestionSummary> pool = new ArrayList<>(probing.apply(competency));
			shuffle(pool, random);
			pools.add(pool);
		}
		boolean found = true;
		while (picked.size() < count && found) {
			found = false;
			for (List<QuestionSummary> pool : pools) {
				if (picked.size() == count) {
					break;
				}
				pool.removeIf(q -> picked.containsKey(q.id()));
				if (!pool.isEmpty()) {
					QuestionSummary next = pool.remove(0);
					picked.put(next.id(), next);
					found = true;
				}
			}
		}
		List<QuestionSummary> rest = new ArrayList<>(bank);
		shuffle(rest, random);
		for (QuestionSummary q : rest) {
			if (picked.size() == count) {
				break;
			}
			picked.putIfAbsent(q.id(), q);
		}
		return List.copyOf(picked.values());
	}

	/** Fisher-Yates; Java 17's {@code Collections.shuffle} takes only a {@code java.util.Random}. */
	private static <T> void shuffle(List<T> list, RandomGenerator random) {
		for (int i = list.size() - 1; i > 0; i--) {
			T swapped = list.set(random.nextInt(i + 1), list.get(i));
			list.set(i, swapped);
		}
	}

}
