package dev.storysmith.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.LongStream;

import org.springframework.context.MessageSource;

/**
 * The labels of the question list that depend only on the bank: a count on every competency
 * link and filter option, the difficulty options, "N questions" for every possible total.
 * Formatted once per snapshot and locale, because Spring formats a message with arguments under
 * a lock on one shared {@code MessageFormat} per message: about 40 of them per page view made
 * concurrent views of {@code /questions} queue on those locks.
 *
 * @param competencies every competency of the vocabulary, in vocabulary order (zero counts included)
 * @param difficulties every difficulty, easiest first
 * @param totals "N questions" indexed by N, from 0 to the number of questions in the bank
 */
record ListLabels(List<CompetencyOption> competencies, List<DifficultyOption> difficulties, List<String> totals) {

	/** A competency with its question count, said for screen readers and in its filter option. */
	record CompetencyOption(CompetencyView competency, long count, String countLabel, String optionLabel) {
	}

	record DifficultyOption(Difficulty difficulty, long count, String optionLabel) {
	}

	static ListLabels of(Map<CompetencyView, Long> countsByCompetency, Map<Difficulty, Long> countsByDifficulty,
			int questions, MessageSource messages, Locale locale) {
		List<CompetencyOption> competencies = new ArrayList<>();
		countsByCompetency.forEach((competency, count) -> competencies.add(new CompetencyOption(competency, count,
				messages.getMessage("questions.browse.count", new Object[] { count }, locale),
				messages.getMessage("questions.filter.competency.option", new Object[] { competency.name(), count },
						locale))));
		List<DifficultyOption> difficulties = new ArrayList<>();
		countsByDifficulty.forEach((difficulty, count) -> difficulties.add(new DifficultyOption(difficulty, count,
				messages.getMessage("questions.filter.difficulty.option",
						new Object[] { messages.getMessage("difficulty." + difficulty.id(), null, locale), count },
						locale))));
		List<String> totals = LongStream.rangeClosed(0, questions)
			.mapToObj(n -> messages.getMessage("questions.count", new Object[] { n }, locale))
			.toList();
		return new ListLabels(List.copyOf(competencies), List.copyOf(difficulties), totals);
	}

	/** "N questions" for a number of matches in this bank (public: the page calls it). */
	public String total(int matches) {
		return totals.get(matches);
	}

}
