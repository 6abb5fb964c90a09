package dev.storysmith.story;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** One drill answer as the page posts it: which follow-up, and the short answer. */
class DrillForm {

	static final int MAX_ANSWER_CHARS = 1000;

	@Min(value = 0, message = "{drill.index.invalid}")
	@Max(value = 20, message = "{drill.index.invalid}")
	private int index;

	@NotBlank(message = "{drill.answer.empty}")
	@Size(max = MAX_ANSWER_CHARS, message = "{drill.answer.tooLong}")
	private String answer = "";

	public int getIndex() {
		return index;
	}

	public void setIndex(int index) {
		this.index = index;
	}

	public String getAnswer() {
		return answer;
	}

	public void setAnswer(String answer) {
		this.answer = answer == null ? "" : answer;
	}

}
