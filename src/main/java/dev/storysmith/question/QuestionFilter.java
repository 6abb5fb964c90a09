package dev.storysmith.question;

/**
 * What a person narrowed the question list to. Every part is optional; text is searched in
 * the title, the prompt, the competencies and what interviewers listen for (see {@link QuestionIndex}).
 */
public record QuestionFilter(String competency, Difficulty difficulty, String text) {

	public static final int MAX_TEXT_LENGTH = 200;

	public static QuestionFilter none() {
		return new QuestionFilter(null, null, null);
	}

}
