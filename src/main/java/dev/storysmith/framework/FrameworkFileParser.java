package dev.storysmith.framework;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.storysmith.system.MarkdownFormatException;
import dev.storysmith.system.MarkdownOutline;
import dev.storysmith.system.MarkdownSection;
import dev.storysmith.system.Slugs;

import static dev.storysmith.system.TextLimits.limit;
import static dev.storysmith.system.TextLimits.limitList;

/**
 * Reads a framework file of the bank ({@code frameworks/*.md}, format in docs/bank-format.md)
 * and checks it is complete enough to drive an editor: every section has a kind, a prompt
 * and a share, and the shares add up to the whole answer.
 */
public final class FrameworkFileParser {

	private static final Pattern EXPLICIT_ID = Pattern.compile("^(.*?)\\s*\\{#([^}]*)}\\s*$");

	private static final Pattern ATTRIBUTE = Pattern.compile("^(Share|Kind):\\s*(.*?)\\s*$", Pattern.CASE_INSENSITIVE);

	private static final Pattern PERCENT = Pattern.compile("(\\d{1,3})\\s*%?");

	// The lengths of the framework and framework_section columns.
	private static final int MAX_ID = 64;

	private static final int MAX_NAME = 200;

	private static final int MAX_SUMMARY = 500;

	private static final int MAX_TEXT = 4000;

	private static final int MAX_HINTS = 8000;

	private static final int MAX_SECTIONS = 20;

	public FrameworkDefinition parse(String text) throws MarkdownFormatException {
		MarkdownOutline outline = MarkdownOutline.parse(text);
		String id = outline.requiredText("id");
		if (!Slugs.isValid(id) || id.length() > MAX_ID) {
			throw new MarkdownFormatException(
					"id '" + id + "' is not a slug (lower-case letters, digits and '-', at most " + MAX_ID + ")");
		}
		String name = limit("name", outline.requiredText("name"), MAX_NAME);
		int order = outline.frontMatter().get("order") instanceof Integer n ? n : Integer.MAX_VALUE;
		String summary = limit("summary", String.valueOf(outline.frontMatter().getOrDefault("summary", "")).strip(),
				MAX_SUMMARY);

		List<SectionView> sections = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (MarkdownSection section : outline.body().subsections(2)) {
			SectionView view = parseSection(section);
			if (!seen.add(view.id())) {
				throw new MarkdownFormatException("section id '" + view.id() + "' appears twice");
			}
			sections.add(view);
		}
		if (sections.size() > MAX_SECTIONS) {
			throw new MarkdownFormatException("a framework has at most " + MAX_SECTIONS + " '##' sections, not "
					+ sections.size());
		}
		if (sections.size() < 2) {
			throw new MarkdownFormatException("a framework needs at least two '##' sections");
		}
		int total = sections.stream().mapToInt(SectionView::share).sum();
		if (total != 100) {
			throw new MarkdownFormatException("the section shares add up to " + total + "%, not 100%");
		}
		String description = limit("the description", outline.body().preamble(), MAX_TEXT);
		return new FrameworkDefinition(new FrameworkView(id, name, summary, description, sections), order);
	}

	private static SectionView parseSection(MarkdownSection section) throws MarkdownFormatException {
		String title = section.heading();
		String id = Slugs.of(title);
		Matcher explicit = EXPLICIT_ID.matcher(title);
		if (explicit.matches()) {
			title = explicit.group(1);
			id = explicit.group(2).strip();
		}
		if (!Slugs.isValid(id) || id.length() > MAX_ID) {
			throw new MarkdownFormatException("section '" + title + "' has no usable id (at most " + MAX_ID + " characters)");
		}
		limit("the title of section '" + id + "'", title, MAX_NAME);
		Integer share = null;
		SectionKind kind = null;
		StringBuilder prompt = new StringBuilder();
		for (String paragraph : section.paragraphs()) {
			List<String> rest = new ArrayList<>();
			for (String line : paragraph.split("\n")) {
				Matcher attribute = ATTRIBUTE.matcher(line.strip());
				if (!attribute.matches()) {
					rest.add(line.strip());
				}
				else if (attribute.group(1).equalsIgnoreCase("share")) {
					share = parseShare(title, attribute.group(2));
				}
				else {
					kind = parseKind(title, attribute.group(2));
				}
			}
			if (prompt.isEmpty() && !rest.isEmpty()) {
				prompt.append(String.join(" ", rest).strip());
			}
		}
		if (share == null) {
			throw new MarkdownFormatException("section '" + title + "' has no 'Share: N%' line");
		}
		if (kind == null) {
			throw new MarkdownFormatException("section '" + title + "' has no 'Kind:' line");
		}
		if (prompt.isEmpty()) {
			throw new MarkdownFormatException("section '" + title + "' has no prompt paragraph");
		}
		return new SectionView(id, title, kind, limit("the prompt of section '" + id + "'", prompt.toString(), MAX_TEXT),
				limitList("the hints of section '" + id + "'", section.listItems(), Integer.MAX_VALUE, MAX_HINTS), share);
	}

	private static int parseShare(String title, String value) throws MarkdownFormatException {
		Matcher matcher = PERCENT.matcher(value);
		if (!matcher.matches() || Integer.parseInt(matcher.group(1)) > 100) {
			throw new MarkdownFormatException("section '" + title + "' has share '" + value + "'; write e.g. 'Share: 20%'");
		}
		return Integer.parseInt(matcher.group(1));
	}

	private static SectionKind parseKind(String title, String value) throws MarkdownFormatException {
		try {
			return SectionKind.valueOf(value.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new MarkdownFormatException("section '" + title + "' has unknown kind '" + value
					+ "' (context, task, action, result or reflection)");
		}
	}

}
