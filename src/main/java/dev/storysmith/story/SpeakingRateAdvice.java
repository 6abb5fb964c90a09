package dev.storysmith.story;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import dev.storysmith.rubric.RubricEngine;

/**
 * Gives the editor the rubric's speaking rate (words a minute, from the rules file), so the
 * page and its script show spoken time at the same rate the scorecard uses.
 */
@ControllerAdvice(assignableTypes = StoryController.class)
class SpeakingRateAdvice {

	private final int wordsPerMinute;

	SpeakingRateAdvice(RubricEngine rubric) {
		this.wordsPerMinute = rubric.wordsPerMinute();
	}

	@ModelAttribute("wordsPerMinute")
	int wordsPerMinute() {
		return wordsPerMinute;
	}

}
