package dev.storysmith.practice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import dev.storysmith.account.AccountPrincipal;
import dev.storysmith.rubric.CriterionScore;
import dev.storysmith.rubric.Scorecard;
import dev.storysmith.story.RevisionView;
import dev.storysmith.story.StoryService;
import dev.storysmith.story.StoryView;

/**
 * {@code /progress}: scores over time across stories and per story, the average of each
 * criterion over the current drafts, the criterion holding the user back, and the streak.
 */
@Controller
class ProgressController {

	static final String VIEW = "practice/progress";

	/** The criteria the rubric weighs most; the one holding a user back is picked among them. */
	private static final List<String> MISSION = List.of("metrics", "role", "tradeoffs", "lessons");

	private final StoryService stories;

	private final PracticeService practice;

	ProgressController(StoryService stories, PracticeService practice) {
		this.stories = stories;
		this.practice = practice;
	}

	record CriterionAverage(String id, String label, double average, List<String> advice) {
	}

	record StoryTrend(StoryView story, ScoreChart chart, List<RevisionView> revisions) {
	}

	@GetMapping("/progress")
	String progress(@AuthenticationPrincipal AccountPrincipal me, Model model) {
		List<StoryView> mine = stories.list(me.id());
		Map<Long, List<RevisionView>> history = stories.history(me.id());
		Map<Long, String> titles = new HashMap<>();
		mine.forEach(s -> titles.put(s.id(), s.title()));

		List<StoryTrend> trends = new ArrayList<>();
		history.forEach((storyId, revisions) -> {
			if (titles.containsKey(storyId)) {
				trends.add(new StoryTrend(mine.stream().filter(s -> s.id() == storyId).findFirst().orElseThrow(),
						ScoreChart.of(List.of(line(titles.get(storyId), revisions))), revisions));
			}
		});
		List<CriterionAverage> averages = averages(mine);
		model.addAttribute("stories", mine);
		model.addAttribute("overall", acrossStories(history));
		model.addAttribute("overallPoints", acrossStoriesPoints(history));
		model.addAttribute("trends", trends);
		model.addAttribute("averages", averages);
		model.addAttribute("holdingBack", averages.stream()
			.filter(a -> MISSION.contains(a.id()))
			.min(Comparator.comparingDouble(CriterionAverage::average))
			.orElse(null));
		model.addAttribute("streak", practice.streak(me.id()));
		return VIEW;
	}

	private static ScoreChart.Line line(String name, List<RevisionView> revisions) {
		return new ScoreChart.Line(name, revisions.stream().map(RevisionView::createdAt).toList(),
				revisions.stream().map(RevisionView::overall).toList());
	}

	/** After each revision, the mean of every story's latest score so far. */
	private static List<Map.Entry<Instant, Integer>> acrossStoriesPoints(Map<Long, List<RevisionView>> history) {
		List<Map.Entry<Long, RevisionView>> events = new ArrayList<>();
		history.forEach((story, revisions) -> revisions.forEach(r -> events.add(Map.entry(story, r))));
		events.sort(Comparator.comparing(e -> e.getValue().createdAt()));
		Map<Long, Integer> latest = new LinkedHashMap<>();
		List<Map.Entry<Instant, Integer>> points = new ArrayList<>();
		for (Map.Entry<Long, RevisionView> event : events) {
			latest.put(event.getKey(), event.getValue().overall());
			int mean = (int) Math.round(latest.values().stream().mapToInt(Integer::intValue).average().orElse(0));
			points.add(Map.entry(event.getValue().createdAt(), mean));
		}
		return points;
	}

	private static Optional<ScoreChart> acrossStories(Map<Long, List<RevisionView>> history) {
		List<Map.Entry<Instant, Integer>> points = acrossStoriesPoints(history);
		if (points.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(ScoreChart.of(List.of(new ScoreChart.Line("All stories",
				points.stream().map(Map.Entry::getKey).toList(), points.stream().map(Map.Entry::getValue).toList()))));
	}

	private List<CriterionAverage> averages(List<StoryView> mine) {
		Map<String, List<CriterionScore>> byCriterion = new LinkedHashMap<>();
		for (StoryView story : mine) {
			Scorecard card = stories.score(story.content());
			card.criteria().forEach(c -> byCriterion.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(c));
		}
		List<CriterionAverage> averages = new ArrayList<>();
		byCriterion.forEach((id, scores) -> averages.add(new CriterionAverage(id, scores.get(0).label(),
				scores.stream().mapToInt(CriterionScore::score).average().orElse(0),
				scores.stream().flatMap(s -> s.advice().stream()).distinct().limit(3).toList())));
		return averages;
	}

}
