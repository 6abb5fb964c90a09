package dev.storysmith.rubric;

import java.util.List;

/**
 * One criterion of the scorecard.
 *
 * @param id {@code metrics}, {@code role}, {@code tradeoffs}, {@code lessons}, {@code structure},
 *     {@code specificity} or {@code length}
 * @param label the criterion's name for people
 * @param score 0 to {@code max}
 * @param max the highest score, 4
 * @param evidence the text that earned the score
 * @param advice what is missing, one concrete sentence each; empty when nothing is
 * @param counted whether the score weighs in the overall score of this draft: false for a
 *     criterion its framework does not ask for (lessons in STAR), which is scored only to show
 *     what the user wrote anyway
 */
public record CriterionScore(String id, String label, int score, int max, List<Evidence> evidence,
		List<String> advice, boolean counted) {

	public CriterionScore {
		evidence = List.copyOf(evidence);
		advice = List.copyOf(advice);
	}

}
