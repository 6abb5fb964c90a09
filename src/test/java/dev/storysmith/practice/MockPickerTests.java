package dev.storysmith.practice;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dev.storysmith.question.Difficulty;
import dev.storysmith.question.QuestionSummary;

import static org.assertj.core.api.Assertions.assertThat;

class MockPickerTests {

	/** Three questions on each of four competencies, plus two on none of them. */
	static final Map<String, List<QuestionSummary>> BY_COMPETENCY = Map.of(
			"a", List.of(q("a1", "a"), q("a2", "a"), q("a3", "a")),
			"b", List.of(q("b1", "b"), q("b2", "b"), q("b3", "b")),
			"c", List.of(q("c1", "c"), q("c2", "c"), q("c3", "c")),
			"d", List.of(q("d1", "d"), q("d2", "d"), q("d3", "d")));

	static final List<QuestionSummary> BANK = List.of(q("a1", "a"), q("a2", "a"), q("a3", "a"), q("b1", "b"),
			q("b2", "b"), q("b3", "b"), q("c1", "c"), q("c2", "c"), q("c3", "c"), q("d1", "d"), q("d2", "d"),
			q("d3", "d"), q("x1", "x"), q("x2", "x"));

	@Test
	void aBalancedPickGivesEveryChosenCompetencyAQuestionBeforeAnyGetsASecond() {
		for (long seed = 0; seed < 50; seed++) {
			List<QuestionSummary> picked = pick(List.of(), List.of("a", "b", "c"), 5, seed);

			assertThat(picked).hasSize(5).doesNotHaveDuplicates();
			Map<String, Integer> perCompetency = counts(picked);
			assertThat(perCompetency.keySet()).containsExactlyInAnyOrder("a", "b", "c");
			assertThat(perCompetency.values()).allSatisfy(n -> assertThat(n).isBetween(1, 2));
		}
	}

	@Test
	void surpriseMeOverAllCompetenciesTakesOneQuestionFromEachOfDifferentOnes() {
		for (long seed = 0; seed < 50; seed++) {
			List<QuestionSummary> picked = pick(List.of(), List.of("a", "b", "c", "d"), 4, seed);

			assertThat(counts(picked)).containsOnlyKeys("a", "b", "c", "d").allSatisfy((c, n) -> assertThat(n).isOne());
		}
	}

	@Test
	void differentDrawsAskDifferentQuestions() {
		long distinct = IntStream.range(0, 20).mapToObj(seed -> pick(List.of(), List.of("a", "b", "c", "d"), 4, seed))
			.map(p -> p.stream().map(QuestionSummary::id).toList())
			.distinct()
			.count();

		assertThat(distinct).isGreaterThan(1);
	}

	@Test
	void preferredQuestionsComeFirstInTheirOrderThenTheBalancedDraw() {
		List<QuestionSummary> picked = pick(List.of(q("c2", "c"), q("a1", "a")), List.of("d"), 4, 7);

		assertThat(picked).extracting(QuestionSummary::id).startsWith("c2", "a1");
		assertThat(picked.subList(2, 4)).allSatisfy(q -> assertThat(q.competencies()).containsExactly("d"));
	}

	@Test
	void whenTheChosenCompetenciesRunOutTheRestOfTheBankTopsUpWithoutRepeats() {
		List<QuestionSummary> picked = pick(List.of(), List.of("a"), 6, 3);

		assertThat(picked).hasSize(6).doesNotHaveDuplicates();
		assertThat(picked.subList(0, 3)).extracting(QuestionSummary::id).containsExactlyInAnyOrder("a1", "a2", "a3");
	}

	@Test
	void aSmallBankGivesWhatItHas() {
		assertThat(MockPicker.pick(List.of(), List.of("a"), c -> List.of(q("a1", "a")), List.of(q("a1", "a")), 5, new SplittableRandom(1))).extracting(QuestionSummary::id).containsExactly("a1");
		assertThat(MockPicker.pick(List.of(), List.of(), c -> List.of(), List.of(), 5, new SplittableRandom(1))).isEmpty();
	}

	private static List<QuestionSummary> pick(List<QuestionSummary> preferred, List<String> competencies, int count,
			long seed) {
		return MockPicker.pick(preferred, competencies, c -> BY_COMPETENCY.getOrDefault(c, List.of()), BANK, count,
				new SplittableRandom(seed));
	}

	private static Map<String, Integer> counts(List<QuestionSummary> picked) {
		Map<String, Integer> counts = new HashMap<>();
		picked.forEach(q -> counts.merge(q.competencies().get(0), 1, Integer::sum));
		return counts;
	}

	private static QuestionSummary q(String id, String competency) {
		return new QuestionSummary(id, "Question " + id, List.of(competency), Difficulty.MEDIUM, List.of("star"),
				List.of());
	}

}
