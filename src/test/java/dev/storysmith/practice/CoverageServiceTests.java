package dev.storysmith.practice;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.storysmith.question.CompetencyView;
import dev.storysmith.question.Difficulty;
import dev.storysmith.question.QuestionCatalog;
import dev.storysmith.question.QuestionFilter;
import dev.storysmith.question.QuestionSummary;
import dev.storysmith.story.StoryQueries;
import dev.storysmith.story.StoryView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class CoverageServiceTests {

	static final CompetencyView OWNERSHIP = new CompetencyView("ownership", "Ownership", "", List.of());

	static final CompetencyView CONFLICT = new CompetencyView("conflict", "Conflict", "", List.of());

	private final StoryQueries stories = mock(StoryQueries.class);

	private final QuestionCatalog questions = mock(QuestionCatalog.class);

	private final CoverageService coverage = new CoverageService(stories, questions);

	@Test
	void aCompetencyIsCoveredOnlyByAStoryScoringAtLeastStrong() {
		when(questions.competencies()).thenReturn(List.of(OWNERSHIP, CONFLICT));
		when(questions.search(any(QuestionFilter.class))).thenReturn(List.of());
		when(stories.list(1)).thenReturn(List.of(story(10, CoverageService.STRONG, "ownership"),
				story(11, CoverageService.STRONG - 1, "conflict")));

		CoverageService.Coverage result = coverage.of(1);

		assertThat(result.rows()).extracting(CoverageService.Row::gap).containsExactly(false, true);
		assertThat(result.rows().get(1).scores()).containsExactly(Map.entry(11L, CoverageService.STRONG - 1));
		assertThat(result.gaps()).isEqualTo(1);
	}

	@Test
	void aGapSuggestsTheEasiestQuestionNotAnsweredYet() {
		when(questions.competencies()).thenReturn(List.of(CONFLICT));
		when(questions.search(new QuestionFilter("conflict", null, null))).thenReturn(List.of(
				question("hard-one", "A hard one", Difficulty.HARD), question("answered", "Already answered", Difficulty.EASY),
				question("easy-one", "An easy one", Difficulty.EASY)));
		StoryView linked = new StoryView(12, 0, "Linked", "star", Map.of(), "", Set.of("answered"), Set.of(), 20,
				Instant.EPOCH, Instant.EPOCH);
		when(stories.list(1)).thenReturn(List.of(linked));

		assertThat(coverage.of(1).rows().get(0).suggestion().id()).isEqualTo("easy-one");
	}

	private static StoryView story(long id, int overall, String competency) {
		return new StoryView(id, 0, "S" + id, "star", Map.of(), "", Set.of(), Set.of(competency), overall,
				Instant.EPOCH, Instant.EPOCH);
	}

	private static QuestionSummary question(String id, String title, Difficulty difficulty) {
		return new QuestionSummary(id, title, List.of("conflict"), difficulty, List.of(), List.of());
	}

}
