package dev.storysmith.story;

import java.util.List;
import java.util.Map;
import java.util.Optional;

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
		List<FollowUp> followUps, List<RevisionView> revisions, List<CompetencyView> competencies, List<QuestionDetail> questions,
		Optional<SampleAnswerView> compare) {

	/** The sample answer closest to the draft: in the story's framework if a linked question has one. */
	static Optional<SampleAnswerView> compareWith(List<QuestionDetail> questions, String framework) {
		List<SampleAnswerView> answers = questions.stream().flatMap(q -> q.sampleAnswers().stream()).toList();
		return answers.stream()
			.filter(a -> a.framework().equals(framework))
			.findFirst()
			.or(() -> answers.stream().findFirst());
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
