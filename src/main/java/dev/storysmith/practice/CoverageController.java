package dev.storysmith.practice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import dev.storysmith.account.AccountPrincipal;
import dev.storysmith.question.CompetencyView;
import dev.storysmith.question.Difficulty;
import dev.storysmith.question.QuestionCatalog;
import dev.storysmith.question.QuestionFilter;
import dev.storysmith.question.QuestionSummary;
import dev.storysmith.story.StoryService;
import dev.storysmith.story.StoryView;

/**
 * {@code /coverage}: which competencies the story bank can answer. A competency with no
 * story scoring at least {@value #STRONG} is a gap, with a question that would fill it.
 */
@Controller
class CoverageController {

	static final String VIEW = "practice/coverage";

	static final int STRONG = 70;

	static final int TARGET_MIN = 8;

	static final int TARGET_MAX = 12;

	private final StoryService stories;

	private final QuestionCatalog questions;

	CoverageController(StoryService stories, QuestionCatalog questions) {
		this.stories = stories;
		this.questions = questions;
	}

	/** One row of the matrix: a competency, the stories that claim it, and a question when it is a gap. */
	record Row(CompetencyView competency, Map<Long, Integer> scores, boolean gap, QuestionSummary suggestion) {
	}

	@GetMapping("/coverage")
	String coverage(@AuthenticationPrincipal AccountPrincipal me, Model model) {
		List<StoryView> mine = stories.list(me.id());
		Set<String> answered = mine.stream().flatMap(s -> s.questionIds().stream()).collect(Collectors.toSet());
		List<Row> rows = questions.competencies().stream().map(c -> row(c, mine, answered)).toList();
		model.addAttribute("stories", mine);
		model.addAttribute("rows", rows);
		model.addAttribute("gaps", rows.stream().filter(Row::gap).count());
		model.addAttribute("targetMin", TARGET_MIN);
		model.addAttribute("targetMax", TARGET_MAX);
		model.addAttribute("strong", STRONG);
		return VIEW;
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
