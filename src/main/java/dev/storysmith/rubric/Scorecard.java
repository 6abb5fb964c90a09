package dev.storysmith.rubric;

import java.util.List;

/**
 * The rubric's verdict on a draft.
 *
 * @param overall weighted mean of the criteria, 0-100
 * @param framework id of the draft's framework
 * @param words spoken words in the whole draft
 * @param spokenSeconds speaking time of the whole draft, rounded
 * @param sections per section, in framework order (text outside any section first, as
 *     {@value Draft#FREE_SECTION})
 * @param criteria metrics, role, tradeoffs, lessons, structure, specificity, length, in that order
 * @param findings problems, in order of section and offset
 */
public record Scorecard(int overall, String framework, int words, int spokenSeconds, List<SectionStats> sections,
		List<CriterionScore> criteria, List<Finding> findings) {

	public Scorecard {
		sections = List.copyOf(sections);
		criteria = List.copyOf(criteria);
		findings = List.copyOf(findings);
	}

}
