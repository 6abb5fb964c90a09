package dev.storysmith.plan;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.storysmith.question.Difficulty;
import dev.storysmith.question.QuestionSummary;

import static org.assertj.core.api.Assertions.assertThat;

class QuestionPickerTests {

	static RankedCompetency ranked(String id, int weight) {
		return new RankedCompetency(id, id, weight, List.of(), 1, false);
	}

	static QuestionSummary question(String id, String... competencies) {
		return new QuestionSummary(id, "Title " + id, List.of(competencies), Difficulty.MEDIUM, List.of(), List.of());
	}

	static final List<QuestionSummary> BANK = List.of(question("outage", "incidents", "ownership"),
			question("pager-fatigue", "incidents"), question("postmortem", "learning", "incidents"),
			question("rollback", "incidents", "risk"), question("first-mentee", "mentoring"),
			question("grow-a-lead", "mentoring", "influence"), question("feedback", "mentoring"),
			question("pushback", "influence"), question("roadmap", "prioritization"));

	@Test
	void sharesTheSlotsByWeightStrongestFirstWithoutRepeatingAQuestion() {
		List<PickedQuestion> picked = QuestionPicker.pick(List.of(ranked("incidents", 100), ranked("mentoring", 60)), BANK);

		assertThat(picked).extracting(PickedQuestion::id)
			.containsExactly("outage", "feedback", "pager-fatigue", "rollback", "first-mentee", "postmortem");
		assertThat(picked).extracting(PickedQuestion::id).doesNotHaveDuplicates();
		assertThat(picked.get(0).competencies()).containsExactly("incidents");
		assertThat(picked.get(5).competencies()).containsExactly("incidents");
	}

	@Test
	void prefersAQuestionMainlyAboutTheCompetencyThenOneProbingMoreOfThePlan() {
		List<PickedQuestion> picked = QuestionPicker.pick(List.of(ranked("mentoring", 100), ranked("influence", 90)), BANK);

		// grow-a-lead names mentoring first and probes influence too: it beats the plain mentoring questions.
		assertThat(picked.get(0).id()).isEqualTo("grow-a-lead");
		assertThat(picked.get(0).competencies()).containsExactly("mentoring", "influence");
		assertThat(picked).extracting(PickedQuestion::id).containsExactly("grow-a-lead", "pushback", "feedback", "first-mentee");
	}

	@Test
	void picksAtMostTenAndAtLeastSixWhenTheBankHasThem() {
		List<QuestionSummary> bank = new ArrayList<>();
		List<RankedCompetency> ranked = new ArrayList<>();
		for (int c = 0; c < 8; c++) {
			ranked.add(ranked("c" + c, 100 - c));
			for (int q = 0; q < 4; q++) {
				bank.add(question("q" + c + "-" + q, "c" + c));
			}
		}

		assertThat(QuestionPicker.pick(ranked, bank)).hasSize(10);
		assertThat(QuestionPicker.pick(ranked.subList(0, 1), bank)).hasSize(4);
		assertThat(QuestionPicker.pick(ranked.subList(0, 2), bank)).hasSize(6);
		assertThat(QuestionPicker.pick(List.of(), bank)).isEmpty();
	}

}
