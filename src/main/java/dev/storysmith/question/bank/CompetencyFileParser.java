package dev.storysmith.question.bank;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.storysmith.question.CompetencyView;
import dev.storysmith.system.MarkdownFormatException;
import dev.storysmith.system.MarkdownOutline;
import dev.storysmith.system.MarkdownSection;
import dev.storysmith.system.Slugs;

import static dev.storysmith.system.TextLimits.limit;

/** Reads {@code competencies.md}: one {@code ##} heading per competency, its id the heading's slug. */
class CompetencyFileParser {

	// The lengths of the competency table's columns.
	private static final int MAX_NAME = 200;

	private static final int MAX_DESCRIPTION = 2000;

	List<CompetencyView> parse(String text) throws MarkdownFormatException {
		MarkdownOutline outline = MarkdownOutline.parse(text);
		List<CompetencyView> competencies = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (MarkdownSection section : outline.body().subsections(2)) {
			String id = Slugs.of(section.heading());
			if (!Slugs.isValid(id)) {
				throw new MarkdownFormatException("competency '" + section.heading() + "' has no usable name");
			}
			if (!ids.add(id)) {
				throw new MarkdownFormatException("competency '" + id + "' appears twice");
			}
			String name = limit("the name of competency '" + id + "'", section.heading(), MAX_NAME);
			String description = limit("the description of '" + id + "'",
					String.join(" ", section.paragraphs()).replaceAll("\\s+", " "), MAX_DESCRIPTION);
			competencies.add(new CompetencyView(id, name, description));
		}
		if (competencies.isEmpty()) {
			throw new MarkdownFormatException("no '## Competency' headings found");
		}
		return competencies;
	}

}
