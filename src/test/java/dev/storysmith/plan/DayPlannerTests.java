package dev.storysmith.plan;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static dev.storysmith.plan.PlanTask.Kind.LIGHT;
import static dev.storysmith.plan.PlanTask.Kind.MOCK;
import static dev.storysmith.plan.PlanTask.Kind.PRACTISE;
import static dev.storysmith.plan.PlanTask.Kind.WRITE;
import static org.assertj.core.api.Assertions.assertThat;

class DayPlannerTests {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

	static final List<StoryPick> STORIES = List.of(new StoryPick("outage", 7L, "The outage", List.of()),
			StoryPick.none("mentoring"), StoryPick.none("conflict"));

	@Test
	void writesFirstThenPractisesWithAMockTheDayBeforeAndALightInterviewDay() {
		List<PlanDay> days = DayPlanner.plan(TODAY, TODAY.plusDays(4), STORIES);

		assertThat(days).extracting(PlanDay::date)
			.containsExactly(TODAY, TODAY.plusDays(1), TODAY.plusDays(2), TODAY.plusDays(3), TODAY.plusDays(4));
		// Six tasks (two to write, three to practise... plus the two new stories practised) over three work days.
		assertThat(days.get(0).tasks()).containsExactly(new PlanTask(WRITE, "mentoring", null),
				new PlanTask(WRITE, "conflict", null));
		assertThat(days.get(1).tasks()).containsExactly(new PlanTask(PRACTISE, "outage", 7L),
				new PlanTask(PRACTISE, "mentoring", null));
		assertThat(days.get(2).tasks()).containsExactly(new PlanTask(PRACTISE, "conflict", null));
		assertThat(days.get(3).tasks()).containsExactly(PlanTask.mock());
		assertThat(days.get(4).tasks()).containsExactly(PlanTask.light());
	}

	@Test
	void aLongPlanGetsAHalfwayMockAndGoesRoundTheQuestionsAgain() {
		List<PlanDay> days = DayPlanner.plan(TODAY, TODAY.plusDays(12), STORIES);

		assertThat(days).hasSize(13);
		assertThat(days.get(6).tasks()).containsExactly(PlanTask.mock());
		assertThat(days.get(11).tasks()).containsExactly(PlanTask.mock());
		assertThat(days).allSatisfy(d -> assertThat(d.tasks()).isNotEmpty());
		assertThat(days.stream().flatMap(d -> d.tasks().stream()).filter(t -> t.kind() == WRITE)).hasSize(2);
		assertThat(days.get(10).tasks()).singleElement().satisfies(t -> assertThat(t.kind()).isEqualTo(PRACTISE));
	}

	@Test
	void anInterviewTomorrowPutsTheWritingOnTheMockDay() {
		List<PlanDay> days = DayPlanner.plan(TODAY, TODAY.plusDays(1), STORIES);

		assertThat(days).hasSize(2);
		assertThat(days.get(0).tasks()).extracting(PlanTask::kind).contains(WRITE, PRACTISE, MOCK);
		assertThat(days.get(1).tasks()).extracting(PlanTask::kind).containsExactly(LIGHT);
	}

	@Test
	void anInterviewTodayIsOneLightDay() {
		assertThat(DayPlanner.plan(TODAY, TODAY, STORIES)).singleElement()
			.satisfies(d -> assertThat(d.tasks()).containsExactly(PlanTask.light()));
	}

	@Test
	void nothingToPlanWithoutQuestionsOrForAPastDate() {
		assertThat(DayPlanner.plan(TODAY, TODAY.plusDays(5), List.of())).isEmpty();
		assertThat(DayPlanner.plan(TODAY, TODAY.minusDays(1), STORIES)).isEmpty();
	}

}
