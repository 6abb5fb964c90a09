package dev.storysmith.story.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The interview-day one-pager: up to six stories boiled down to what one glances at before the
 * interview, a map of competencies to those stories, and room for the questions to ask.
 *
 * @param stories the chosen stories, in the order they were picked
 * @param competencies competency name -> titles of the chosen stories that show it, vocabulary order
 * @param printedOn the day it was made
 */
record OnePager(List<Card> stories, Map<String, List<String>> competencies, LocalDate printedOn) {

	/**
	 * One story on the page.
	 *
	 * @param hook one line to open with: the sentence that carries its headline result
	 * @param numbers its strongest numbers from the metrics evidence, at most three
	 * @param decision the sentence with the decision and the option rejected, or empty
	 * @param lesson the sentence with the lesson, or empty
	 */
	record Card(long id, String title, String hook, List<String> numbers, String decision, String lesson) {
	}

}
