package dev.storysmith.question;

import java.util.List;

/**
 * A whole question: what the interviewer asks, what they listen for, follow-ups, pitfalls
 * and sample answers. Text fields are markdown from the bank.
 */
public record QuestionDetail(String id, String title, List<String> competencies, Difficulty difficulty,
		List<String> frameworks, List<String> tags, String prompt, String listenFor, List<String> followUps,
		List<String> pitfalls, List<SampleAnswerView> sampleAnswers) {

	public QuestionDetail {
		competencies = List.copyOf(competencies);
		frameworks = List.copyOf(frameworks);
		tags = List.copyOf(tags);
		followUps = List.copyOf(followUps);
		pitfalls = List.copyOf(pitfalls);
		sampleAnswers = List.copyOf(sampleAnswers);
	}

	public QuestionSummary summary() {
		return new QuestionSummary(id, title, competencies, difficulty, frameworks, tags);
	}

}
