package dev.storysmith.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import org.springframework.context.MessageSource;

/**
 * The labels of the question list that depend only on the bank: a count on every competency
 * link and filter option, the difficulty options, "N questions" for every possible total, "page
 * p of P" for every possible page.
 * Formatted once per snapshot and locale, because Spring formats a message with arguments under
 * a lock on one shared {@code MessageFormat} per message: about 40 of them per page view made
 * concurrent views of {@code /questions} queue on those locks.
 *
 * @param competencies every competency of the vocabulary, in vocabulary order (zero counts included)
 * @param difficulties every difficulty, easiest first
 * @param totals "N questions" indexed by N, from 0 to the number of questions in the bank
 * @param pagesOf for P pages of results (index P - 1), "page p of P" for p from 1 to P: beside
 *        the total and in the pager
 */
record ListLabels(List<CompetencyOption> competencies, List<DifficultyOption> difficulties, List<String> totals,
		List<List<PageOf>> pagesOf) {

	/** "page 2 of 4" as the pager says it and as the result count says it. */
	record PageOf(String pager, String count) {
	}

	/** A competency with its question count, said for screen readers and in its filter option. */
	record CompetencyOption(CompetencyView competency, long count, String countLabel, String optionLabel) {
	}

	record DifficultyOption(Difficulty difficulty, long count, String optionLabel) {
	}

	static ListLabels of(Map<CompetencyView, Long> countsByCompetency, Map<Difficulty, Long> countsByDifficulty,
			int questions, int pageSize, MessageSource messages, Locale locale) {
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
		int mostPages = Math.max(1, (questions + pageSize - 1) / pageSize);
		List<List<PageOf>> pagesOf = IntStream.rangeClosed(1, mostPages)
			.mapToObj(pages -> IntStream.rangeClosed(1, pages)
				.mapToObj(page -> new PageOf(
						messages.getMessage("questions.page.of", new Object[] { page, pages }, locale),
						messages.getMessage("questions.count.page", new Object[] { page, pages }, locale)))
				.toList())
			.toList();
		return new ListLabels(List.copyOf(competencies), List.copyOf(difficulties), totals, pagesOf);
	}

	/** "page 2 of 4" for a page of the list of this bank (public: the page calls it). */
	public PageOf page(int page, int pages) {
		return pagesOf.get(pages - 1).get(page - 1);
	}

	/** "N questions" for a number of matches in this bank (public: the page calls it). */
	public String total(int matches) {
		return totals.get(matches);
	}

}
