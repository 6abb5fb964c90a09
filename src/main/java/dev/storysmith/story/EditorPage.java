package dev.storysmith.story;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.storysmith.framework.FrameworkView;
import dev.storysmith.question.CompetencyView;
import dev.storysmith.question.QuestionDetail;
import dev.storysmith.question.SampleAnswerView;
import dev.storysmith.rubric.FollowUp;
import dev.storysmith.rubric.Scorecard;

/**
 * Everything the editor shows next to the form: the framework's boxes, the scorecard, the
 * follow-ups an interviewer would ask, the revisions, the vocabulary, the linked questions and a
 * sample answer to compare with.
 */
record EditorPage(StoryView story, FrameworkView framework, List<FrameworkView> frameworks, Scorecard scorecard,
		List<FollowUp> followUps, List<RevisionSummary> revisions, List<CompetencyView> competencies,
		List<QuestionDetail> questions, List<String> retiredQuestions, Optional<SampleAnswerView> compare) {

	/**
	 * The sample answer to compare with: a linked question's sample in the story's framework, or
	 * none (a sample in another framework has other sections, so the draft could not sit beside it).
	 */
	static Optional<SampleAnswerView> compareWith(List<QuestionDetail> questions, String framework) {
		return questions.stream()
			.flatMap(q -> q.sampleAnswers().stream())
			.filter(a -> a.framework().equals(framework))
			.findFirst();
	}

	/** Linked question ids the bank no longer has: shown as retired, the link kept. */
	static List<String> retired(Collection<String> linkedIds, List<QuestionDetail> found) {
		Set<String> present = found.stream().map(QuestionDetail::id).collect(Collectors.toSet());
		return linkedIds.stream().filter(id -> !present.contains(id)).toList();
	}

	/** Words in one section, as the scorecard counted them. */
	public int words(String sectionId) {
		return scorecard.sections().stream().filter(s -> s.id().equals(sectionId)).mapToInt(s -> s.words()).sum();
	}

	/** Section titles by id, for the scorecard's evidence labels and the compare table. */
	public Map<String, String> sectionTitles() {
		return framework.sectionTitles();
	}

}
