package dev.storysmith.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Lays the plan's work out over the days from today to the interview, both in the user's calendar.
 * <ul>
 * <li>The interview day is light: skim, no new work.</li>
 * <li>The day before it is a full mock; a plan of eight days or more also gets one halfway, so the
 * first mock still leaves time to fix what it shows.</li>
 * <li>The other days first write a story for each question that has none (in the plan's order),
 * then practise every question, those with a story first; the work is spread evenly, the earlier
 * days taking the extra task. Days left over go round the questions again, one practice a day.</li>
 * </ul>
 */
final class DayPlanner {

	/** A plan reaches at most this far ahead: further out, a day-by-day list says little. */
	static final int MAX_DAYS_AHEAD = 60;

	/** From this many days before the interview a halfway mock fits. */
	static final int HALFWAY_MOCK_FROM = 8;

	private DayPlanner() {
	}

	/**
	 * @param today the user's today
	 * @param interview the interview date, today at the earliest
	 * @param stories per plan question, in the plan's order, the user's story or none
	 * @return one entry per day from today to the interview; empty when there is nothing to practise
	 */
	static List<PlanDay> plan(LocalDate today, LocalDate interview, List<StoryPick> stories) {
		if (stories.isEmpty() || interview.isBefore(today)) {
			return List.of();
		}
		int daysBefore = (int) ChronoUnit.DAYS.between(today, interview);
		Set<Integer> mockDays = new TreeSet<>();
		if (daysBefore >= 1) {
			mockDays.add(daysBefore - 1);
		}
		if (daysBefore >= HALFWAY_MOCK_FROM) {
			mockDays.add(daysBefore / 2);
		}
		List<Integer> workDays = new ArrayList<>();
		for (int day = 0; day < daysBefore; day++) {
			if (!mockDays.contains(day)) {
				workDays.add(day);
			}
		}
		if (workDays.isEmpty() && daysBefore >= 1) {
			// The interview is tomorrow: today is both the mock and the only day to write.
			workDays.add(0);
		}
		List<List<PlanTask>> tasks = new ArrayList<>();
		for (int day = 0; day <= daysBefore; day++) {
			tasks.add(new ArrayList<>());
		}
		spread(work(stories), workDays, stories, tasks);
		mockDays.forEach(day -> tasks.get(day).add(PlanTask.mock()));
		tasks.get(daysBefore).add(PlanTask.light());
		List<PlanDay> days = new ArrayList<>();
		for (int day = 0; day <= daysBefore; day++) {
			days.add(new PlanDay(today.plusDays(day), tasks.get(day)));
		}
		return days;
	}

	/** Writing first, then practising: stories that exist, then the ones just written. */
	private static List<PlanTask> work(List<StoryPick> stories) {
		List<PlanTask> work = new ArrayList<>();
		stories.stream()
			.filter(s -> !s.hasStory())
			.forEach(s -> work.add(new PlanTask(PlanTask.Kind.WRITE, s.questionId(), null)));
		stories.stream()
			.filter(StoryPick::hasStory)
			.forEach(s -> work.add(new PlanTask(PlanTask.Kind.PRACTISE, s.questionId(), s.storyId())));
		stories.stream()
			.filter(s -> !s.hasStory())
			.forEach(s -> work.add(new PlanTask(PlanTask.Kind.PRACTISE, s.questionId(), null)));
		return work;
	}

	private static void spread(List<PlanTask> work, List<Integer> workDays, List<StoryPick> stories,
			List<List<PlanTask>> tasks) {
		if (workDays.isEmpty()) {
			return;
		}
		int next = 0;
		int perDay = work.size() / workDays.size();
		int extra = work.size() % workDays.size();
		for (int i = 0; i < workDays.size(); i++) {
			int count = perDay + (i < extra ? 1 : 0);
			List<PlanTask> day = tasks.get(workDays.get(i));
			if (count > 0) {
				day.addAll(work.subList(next, next + count));
				next += count;
			}
			else {
				StoryPick again = stories.get((i - work.size()) % stories.size());
				day.add(new PlanTask(PlanTask.Kind.PRACTISE, again.questionId(), again.storyId()));
			}
		}
	}

}
