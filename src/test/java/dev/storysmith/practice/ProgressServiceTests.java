package dev.storysmith.practice;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.storysmith.story.RevisionView;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressServiceTests {

	static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

	@Test
	void theStorySeriesIsTheMeanOfEachStorysLatestScoreAfterEverySave() {
		Map<Long, List<RevisionView>> history = new LinkedHashMap<>();
		history.put(1L, List.of(revision(0, 40), revision(20, 80)));
		history.put(2L, List.of(revision(10, 60)));

		assertThat(ProgressService.storyMeans(history)).containsExactly(new ProgressService.Point(T0, 40),
				new ProgressService.Point(T0.plusSeconds(10), 50), new ProgressService.Point(T0.plusSeconds(20), 70));
	}

	@Test
	void thePracticeSeriesHoldsOnlyHandedInAttemptsOldestFirst() {
		PracticeAttempt late = attempt(100, 90);
		PracticeAttempt early = attempt(0, 30);
		PracticeAttempt open = new PracticeAttempt(1, "q", "star", 180, T0);

		assertThat(ProgressService.practice(List.of(late, open, early))).containsExactly(
				new ProgressService.Point(T0.plusSeconds(60), 30), new ProgressService.Point(T0.plusSeconds(160), 90));
	}

	private static RevisionView revision(int seconds, int overall) {
		return new RevisionView(seconds, 1, T0.plusSeconds(seconds), "t", "star", overall, Map.of());
	}

	private static PracticeAttempt attempt(int startSeconds, int overall) {
		PracticeAttempt attempt = new PracticeAttempt(1, "q", "star", 180, T0.plusSeconds(startSeconds));
		attempt.finish(Map.of("action", "I acted."), overall, T0.plusSeconds(startSeconds + 60));
		return attempt;
	}

}
