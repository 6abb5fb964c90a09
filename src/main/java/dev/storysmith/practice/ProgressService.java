package dev.storysmith.practice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.storysmith.rubric.CriterionScore;
import dev.storysmith.rubric.RubricCriterion;
import dev.storysmith.rubric.RubricEngine;
import dev.storysmith.story.RevisionView;
import dev.storysmith.story.StoryQueries;
import dev.storysmith.story.StoryView;

/**
 * What {@code /progress} shows: stories and practice as two separate series over time, a chart
 * per story, the average of each criterion over the current drafts and the criterion holding the
 * user back. Each series is computed once per page.
 */
@Service
@Transactional(readOnly = true)
class ProgressService {

	private final StoryQueries stories;

	private final PracticeAttemptRepository attempts;

	private final RubricEngine rubric;

	private final MockInterviewRepository mocks;

	ProgressService(StoryQueries stories, PracticeAttemptRepository attempts, MockInterviewRepository mocks,
			RubricEngine rubric) {
		this.stories = stories;
		this.attempts = attempts;
		this.mocks = mocks;
		this.rubric = rubric;
	}

	/** One score at one time. */
	record Point(Instant at, int score) {
	}

	record CriterionAverage(String id, String label, double average, List<String> advice) {
	}

	record StoryTrend(StoryView story, ScoreChart chart, List<RevisionView> revisions) {
	}

	/** A finished mock interview on the chart: its mean score, with its id for the link to its summary. */
	record MockPoint(long id, Instant at, int score, int questions) {
	}

	record Progress(List<StoryView> stories, List<Point> storyPoints, List<Point> practicePoints,
			List<MockPoint> mockPoints, Optional<ScoreChart> overall, List<StoryTrend> trends, List<CriterionAverage> averages,
			CriterionAverage holdingBack) {
	}

	Progress of(long owner, String storiesName, String practiceName, String mockName) {
		List<StoryView> mine = stories.list(owner);
		Map<Long, List<RevisionView>> history = stories.history(owner);
		List<Point> storyPoints = storyMeans(history);
		List<Point> practicePoints = practice(attempts.findByOwnerIdOrderByStartedAtDesc(owner));
		List<ScoreChart.Line> lines = new ArrayList<>();
		if (!storyPoints.isEmpty()) {
			lines.add(line(storiesName, storyPoints));
		}
		if (!practicePoints.isEmpty()) {
			lines.add(line(practiceName, practicePoints));
		}
		List<MockPoint> mockPoints = mocks(mocks.findByOwnerIdOrderByStartedAtDesc(owner));
		if (!mockPoints.isEmpty()) {
			lines.add(line(mockName, mockPoints.stream().map(m -> new Point(m.at(), m.score())).toList()));
		}
		List<StoryTrend> trends = mine.stream()
			.filter(s -> history.containsKey(s.id()))
			.map(s -> new StoryTrend(s, ScoreChart.of(List.of(line(s.title(), revisionPoints(history.get(s.id()))))),
					history.get(s.id())))
			.toList();
		List<CriterionAverage> averages = averages(mine);
		Set<String> mission = rubric.missionCriteria().stream().map(RubricCriterion::id).collect(Collectors.toSet());
		CriterionAverage holdingBack = averages.stream()
			.filter(a -> mission.contains(a.id()))
			.min(Comparator.comparingDouble(CriterionAverage::average))
			.orElse(null);
		return new Progress(mine, storyPoints, practicePoints, mockPoints,
				lines.isEmpty() ? Optional.empty() : Optional.of(ScoreChart.of(lines)), trends, averages, holdingBack);
	}

	/** After each saved revision, the mean of every story's latest score so far. */
	static List<Point> storyMeans(Map<Long, List<RevisionView>> history) {
		List<Map.Entry<Long, RevisionView>> saves = new ArrayList<>();
		history.forEach((story, revisions) -> revisions.forEach(r -> saves.add(Map.entry(story, r))));
		saves.sort(Comparator.comparing(e -> e.getValue().createdAt()));
		Map<Long, Integer> latest = new LinkedHashMap<>();
		List<Point> points = new ArrayList<>();
		for (Map.Entry<Long, RevisionView> save : saves) {
			latest.put(save.getKey(), save.getValue().overall());
			int mean = (int) Math.round(latest.values().stream().mapToInt(Integer::intValue).average().orElse(0));
			points.add(new Point(save.getValue().createdAt(), mean));
		}
		return points;
	}

	/** The score of every handed-in practice attempt, oldest first. */
	static List<Point> practice(List<PracticeAttempt> attempts) {
		return attempts.stream()
			.filter(a -> a.isFinished() && a.getOverall() != null)
			.sorted(Comparator.comparing(PracticeAttempt::getFinishedAt))
			.map(a -> new Point(a.getFinishedAt(), a.getOverall()))
			.toList();
	}

	/** The mean score of every finished mock interview, oldest first. */
	static List<MockPoint> mocks(List<MockInterview> mocks) {
		return mocks.stream()
			.filter(m -> m.getFinishedAt() != null && m.getOverall() != null)
			.sorted(Comparator.comparing(MockInterview::getFinishedAt))
			.map(m -> new MockPoint(m.getId(), m.getFinishedAt(), m.getOverall(), m.getAnswers().size()))
			.toList();
	}

	private static List<Point> revisionPoints(List<RevisionView> revisions) {
		return revisions.stream().map(r -> new Point(r.createdAt(), r.overall())).toList();
	}

	private static ScoreChart.Line line(String name, List<Point> points) {
		return new ScoreChart.Line(name, points.stream().map(Point::at).toList(),
				points.stream().map(Point::score).toList());
	}

	/** Each criterion's mean over the current drafts, in the rubric's order, with the commonest advice. */
	private List<CriterionAverage> averages(List<StoryView> mine) {
		Map<String, List<CriterionScore>> byCriterion = new LinkedHashMap<>();
		for (StoryView story : mine) {
			// A criterion the story's framework does not ask for (lessons in STAR) is no average of it.
			stories.score(story.content())
				.criteria()
				.stream()
				.filter(CriterionScore::counted)
				.forEach(c -> byCriterion.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(c));
		}
		List<CriterionAverage> averages = new ArrayList<>();
		for (RubricCriterion criterion : rubric.criteria()) {
			List<CriterionScore> scores = byCriterion.getOrDefault(criterion.id(), List.of());
			if (!scores.isEmpty()) {
				averages.add(new CriterionAverage(criterion.id(), criterion.label(),
						scores.stream().mapToInt(CriterionScore::score).average().orElse(0),
						scores.stream().flatMap(s -> s.advice().stream()).distinct().limit(3).toList()));
			}
		}
		return averages;
	}

}
