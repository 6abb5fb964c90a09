package dev.storysmith.practice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;


import dev.storysmith.question.CompetencyView;
import dev.storysmith.question.Difficulty;
import dev.storysmith.question.QuestionCatalog;
import dev.storysmith.question.QuestionFilter;
import dev.storysmith.question.QuestionSummary;
import dev.storysmith.story.StoryQueries;
import dev.storysmith.story.StoryView;

/**
 * Which competencies the story bank can answer. A competency with no story scoring at least
 * {@value #STRONG} is a gap, with an unanswered question that would fill it.
 */
@Service
@Transactional(readOnly = true)
class CoverageService {

	static final int STRONG = 70;

	static final int TARGET_MIN = 8;

	static final int TARGET_MAX = 12;

	private final StoryQueries stories;

	private final QuestionCatalog questions;

	CoverageService(StoryQueries stories, QuestionCatalog questions) {
		this.stories = stories;
		this.questions = questions;
	}

	/** One row of the matrix: a competency, the stories that claim it, and a question when it is a gap. */
	record Row(CompetencyView competency, Map<Long, Integer> scores, boolean gap, QuestionSummary suggestion) {
	}

	/** The matrix for a user's stories. */
	record Coverage(List<StoryView> stories, List<Row> rows, long gaps) {
	}

	Coverage of(long owner) {
		List<StoryView> mine = stories.list(owner);
		Set<String> answered = mine.stream().flatMap(s -> s.questionIds().stream()).collect(Collectors.toSet());
		List<Row> rows = questions.competencies().stream().map(c -> row(c, mine, answered)).toList();
		return new Coverage(mine, rows, rows.stream().filter(Row::gap).count());
	}

	private Row row(CompetencyView competency, List<StoryView> mine, Set<String> answered) {
		Map<Long, Integer> scores = new LinkedHashMap<>();
		mine.stream()
			.filter(s -> s.competencies().contains(competency.id()))
			.forEach(s -> scores.put(s.id(), s.lastOverall() == null ? 0 : s.lastOverall()));
		boolean gap = scores.values().stream().noneMatch(score -> score >= STRONG);
		return new Row(competency, scores, gap, gap ? suggestion(competency, answered).orElse(null) : null);
	}

	/** An unanswered question for the competency, easiest first. */
	private Optional<QuestionSummary> suggestion(CompetencyView competency, Set<String> answered) {
		List<QuestionSummary> candidates = questions.search(new QuestionFilter(competency.id(), null, null));
		return candidates.stream()
			.filter(q -> !answered.contains(q.id()))
			.min(java.util.Comparator.comparing((QuestionSummary q) -> q.difficulty() != Difficulty.EASY)
				.thenComparing(QuestionSummary::title))
			.or(() -> candidates.stream().findFirst());
	}

}
