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

/** Reads {@code competencies.md}: one {@code ##} heading per competency, its id the heading's slug. */
class CompetencyFileParser {

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
			String description = String.join(" ", section.paragraphs()).replaceAll("\\s+", " ");
			if (description.length() > 2000) {
				throw new MarkdownFormatException("the description of '" + id + "' is over 2000 characters");
			}
			competencies.add(new CompetencyView(id, section.heading(), description));
		}
		if (competencies.isEmpty()) {
			throw new MarkdownFormatException("no '## Competency' headings found");
		}
		return competencies;
	}

}
