package dev.storysmith.rubric.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.storysmith.rubric.CriterionScore;
import dev.storysmith.rubric.Evidence;
import dev.storysmith.rubric.Scorecard;

/**
 * A section's text cut into runs, each either plain or marked with the criterion whose
 * evidence it is, so a page can show exactly which words earned which score. Overlapping
 * spans keep the earlier mark. Structure and length are left unmarked: their evidence is
 * whole sentences, which would bury the precise spans of the other criteria.
 */
record Highlights(String section, List<Run> runs) {

	private static final Set<String> UNMARKED = Set.of("structure", "length");

	/** A stretch of text; {@code criterion} is null for text that is no evidence. */
	record Run(String text, String criterion, String anchor) {
	}

	static List<Highlights> of(Map<String, String> sections, Scorecard scorecard) {
		Map<String, List<Mark>> marks = new LinkedHashMap<>();
		for (CriterionScore criterion : scorecard.criteria()) {
			if (UNMARKED.contains(criterion.id())) {
				continue;
			}
			for (Evidence evidence : criterion.evidence()) {
				marks.computeIfAbsent(evidence.section(), k -> new ArrayList<>())
					.add(new Mark(evidence.start(), evidence.end(), criterion.id()));
			}
		}
		List<Highlights> result = new ArrayList<>();
		sections.forEach((id, text) -> {
			if (!text.isBlank()) {
				result.add(new Highlights(id, runs(id, text, marks.getOrDefault(id, List.of()))));
			}
		});
		return result;
	}

	private static List<Run> runs(String section, String text, List<Mark> marks) {
		List<Mark> sorted = new ArrayList<>(marks);
		sorted.sort(Comparator.comparingInt(Mark::start));
		List<Run> runs = new ArrayList<>();
		int at = 0;
		for (Mark mark : sorted) {
			int start = Math.max(mark.start(), at);
			int end = Math.min(mark.end(), text.length());
			if (start >= end) {
				continue;
			}
			if (start > at) {
				runs.add(new Run(text.substring(at, start), null, null));
			}
			runs.add(new Run(text.substring(start, end), mark.criterion(), section + "-" + mark.start()));
			at = end;
		}
		if (at < text.length()) {
			runs.add(new Run(text.substring(at), null, null));
		}
		return runs;
	}

	private record Mark(int start, int end, String criterion) {
	}

}
