package dev.storysmith.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import dev.storysmith.question.QuestionCatalog;
import dev.storysmith.question.QuestionFilter;
import dev.storysmith.question.TextAnalysis;
import dev.storysmith.story.StoryFinder;
import dev.storysmith.story.StoryMatch;

/**
 * Computes a plan: reads the posting ({@link PostingReader}), picks the questions
 * ({@link QuestionPicker}), finds the owner's best story for each ({@link StoryFinder}) and lays
 * out the days ({@link DayPlanner}). Stores nothing.
 */
@Component
class PrepPlanner {

	private final QuestionCatalog catalog;

	private final StoryFinder finder;

	/** The reader of the bank in memory; built again when the bank (and so its analysis) changes. */
	private volatile Reader reader;

	PrepPlanner(QuestionCatalog catalog, StoryFinder finder) {
		this.catalog = catalog;
		this.finder = finder;
	}

	/**
	 * @param owner the signed-in user, or null: then no question has a story
	 * @param today the user's today; the input's date, when set, is not before it
	 */
	PrepPlan compute(PlanInput input, Long owner, LocalDate today) {
		PostingReader.Reading reading = reader().read(input.posting(), input.level());
		List<PickedQuestion> questions = QuestionPicker.pick(reading.competencies(), catalog.search(QuestionFilter.none()));
		List<StoryPick> stories = questions.stream().map(q -> story(owner, q.id())).toList();
		List<PlanDay> days = input.interviewDate() == null ? List.of()
				: DayPlanner.plan(today, input.interviewDate(), stories);
		Map<String, String> names = reading.competencies()
			.stream()
			.collect(Collectors.toMap(RankedCompetency::id, RankedCompetency::name));
		return new PrepPlan(reading.competencies(), questions, stories, days,
				PostingSegment.of(input.posting(), reading.hits(), names));
	}

	private StoryPick story(Long owner, String questionId) {
		if (owner == null) {
			return StoryPick.none(questionId);
		}
		List<StoryMatch> best = finder.forQuestion(owner, questionId, 1);
		if (best.isEmpty()) {
			return StoryPick.none(questionId);
		}
		StoryMatch match = best.get(0);
		return new StoryPick(questionId, match.id(), match.title(), match.why());
	}

	private PostingReader reader() {
		TextAnalysis analysis = catalog.textAnalysis();
		Reader current = reader;
		if (current == null || current.analysis() != analysis) {
			current = new Reader(analysis, new PostingReader(analysis, catalog.competencies()));
			reader = current;
		}
		return current.reader();
	}

	private record Reader(TextAnalysis analysis, PostingReader reader) {
	}

}
