package dev.storysmith.story;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import dev.storysmith.rubric.RubricEngine;

/**
 * Gives the editor the rubric's speaking rate (words a minute, from the rules file), so the
 * page and its script show spoken time at the same rate the scorecard uses. The engine is
 * looked up when a story page asks, so web slices without the rubric still start.
 */
@ControllerAdvice(assignableTypes = StoryController.class)
class SpeakingRateAdvice {

	private final ObjectProvider<RubricEngine> rubric;

	SpeakingRateAdvice(ObjectProvider<RubricEngine> rubric) {
		this.rubric = rubric;
	}

	@ModelAttribute("wordsPerMinute")
	int wordsPerMinute() {
		return rubric.getObject().wordsPerMinute();
	}

}
