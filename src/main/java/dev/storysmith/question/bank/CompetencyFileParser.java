package dev.storysmith.question.bank;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.storysmith.question.CompetencyView;
import dev.storysmith.system.MarkdownFormatException;
import dev.storysmith.system.MarkdownOutline;
import dev.storysmith.system.MarkdownSection;
import dev.storysmith.system.Slugs;

import static dev.storysmith.system.TextLimits.limit;
import static dev.storysmith.system.TextLimits.limitList;

/**
 * Reads {@code competencies.md}: one {@code ##} heading per competency, its id the heading's slug,
 * its description the paragraph under it and its posting signals one {@code Signals:} line of
 * comma-separated phrases.
 */
class CompetencyFileParser {

	// The lengths of the competency table's columns.
	private static final int MAX_NAME = 200;

	private static final int MAX_DESCRIPTION = 2000;

	private static final int MAX_SIGNALS_COLUMN = 1000;

	/** A phrase is matched word by word against a posting; a sentence-long one would never match. */
	static final int MAX_SIGNAL = 40;

	static final int MAX_SIGNALS = 20;

	private static final Pattern SIGNALS_LINE = Pattern.compile("^Signals:(.*)$", Pattern.CASE_INSENSITIVE);

	/** Words, digits and the joiners phrases use ("on-call", "0 to 1", "CI/CD", "A/B"); no markup. */
	private static final Pattern PLAIN_PHRASE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} '’/&+.\\-]*");

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
			competencies.add(competency(id, section));
		}
		if (competencies.isEmpty()) {
			throw new MarkdownFormatException("no '## Competency' headings found");
		}
		return competencies;
	}

	private static CompetencyView competency(String id, MarkdownSection section) throws MarkdownFormatException {
		if (!section.listItems().isEmpty()) {
			throw new MarkdownFormatException(
					"competency '" + id + "' has a list; write its signals on one line, 'Signals: on-call, postmortem'");
		}
		List<String> description = new ArrayList<>();
		String signalsLine = null;
		for (String paragraph : section.paragraphs()) {
			for (String line : paragraph.split("\n")) {
				Matcher signals = SIGNALS_LINE.matcher(line.strip());
				if (!signals.matches()) {
					description.add(line.strip());
				}
				else if (signalsLine != null) {
					throw new MarkdownFormatException("competency '" + id + "' has two 'Signals:' lines");
				}
				else {
					signalsLine = signals.group(1);
				}
			}
		}
		if (signalsLine == null) {
			throw new MarkdownFormatException("competency '" + id + "' has no 'Signals:' line");
		}
		String name = limit("the name of competency '" + id + "'", section.heading(), MAX_NAME);
		String text = limit("the description of '" + id + "'", String.join(" ", description).replaceAll("\\s+", " ").strip(),
				MAX_DESCRIPTION);
		return new CompetencyView(id, name, text, signals(id, signalsLine));
	}

	private static List<String> signals(String id, String line) throws MarkdownFormatException {
		if (line.isBlank()) {
			throw new MarkdownFormatException("competency '" + id + "' has an empty 'Signals:' line");
		}
		List<String> signals = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (String raw : line.split(",", -1)) {
			String phrase = raw.strip().replaceAll("\\s+", " ");
			if (phrase.isEmpty()) {
				throw new MarkdownFormatException("competency '" + id + "' has an empty signal between commas");
			}
			if (!PLAIN_PHRASE.matcher(phrase).matches()) {
				throw new MarkdownFormatException("signal '" + phrase + "' of '" + id
						+ "' is not a plain phrase (letters, digits, spaces and - ' / & + . only)");
			}
			limit("signal '" + phrase + "' of '" + id + "'", phrase, MAX_SIGNAL);
			if (!seen.add(sameness(phrase))) {
				throw new MarkdownFormatException("signal '" + phrase + "' appears twice in '" + id + "'");
			}
			signals.add(phrase);
		}
		return limitList("the signals of '" + id + "'", signals, MAX_SIGNALS, MAX_SIGNALS_COLUMN);
	}

	/** "On-call", "on call" and "on  call" are one phrase to a posting reader. */
	private static String sameness(String phrase) {
		return phrase.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("[\\s\\-]+", " ");
	}

}
