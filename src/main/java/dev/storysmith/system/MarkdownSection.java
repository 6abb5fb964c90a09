package dev.storysmith.system;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;

/**
 * The markdown under one heading, up to the next heading of the same or a higher level.
 * Offers the views the bank needs: its source text, its bullet items, its paragraphs and
 * its subsections.
 */
public final class MarkdownSection {

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	private final String heading;

	private final int level;

	private final List<Node> nodes;

	MarkdownSection(String heading, int level, List<Node> nodes) {
		this.heading = heading;
		this.level = level;
		this.nodes = List.copyOf(nodes);
	}

	public String heading() {
		return heading;
	}

	/**
	 * The sections headed at {@code childLevel} (2 for {@code ##}), in file order. Deeper
	 * headings stay inside their section; text before the first of them is the preamble.
	 */
	public List<MarkdownSection> subsections(int childLevel) {
		List<MarkdownSection> sections = new ArrayList<>();
		String currentHeading = null;
		List<Node> current = new ArrayList<>();
		for (Node node : nodes) {
			if (MarkdownOutline.isHeading(node, childLevel)) {
				if (currentHeading != null) {
					sections.add(new MarkdownSection(currentHeading, childLevel, current));
				}
				currentHeading = MarkdownOutline.headingText(node);
				current = new ArrayList<>();
			}
			else if (currentHeading != null) {
				current.add(node);
			}
		}
		if (currentHeading != null) {
			sections.add(new MarkdownSection(currentHeading, childLevel, current));
		}
		return sections;
	}

	/** The markdown before the first subsection heading. */
	public String preamble() {
		List<Node> before = new ArrayList<>();
		for (Node node : nodes) {
			if (node instanceof Heading h && h.getLevel() > level) {
				break;
			}
			before.add(node);
		}
		return sourceOf(before);
	}

	/** The section's markdown source, exactly as written, without its heading. */
	public String text() {
		return sourceOf(nodes);
	}

	/** The items of the section's bullet or numbered lists, each folded onto one line. */
	public List<String> listItems() {
		List<String> items = new ArrayList<>();
		for (Node node : nodes) {
			if (node instanceof ListBlock list) {
				for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
					if (item instanceof ListItem listItem) {
						items.add(fold(listItem.getChildChars().toString()));
					}
				}
			}
		}
		return items;
	}

	/** The section's paragraphs (outside lists), with their line breaks. */
	public List<String> paragraphs() {
		List<String> paragraphs = new ArrayList<>();
		for (Node node : nodes) {
			if (node instanceof Paragraph) {
				paragraphs.add(node.getChars().toString().strip());
			}
		}
		return paragraphs;
	}

	private static String sourceOf(List<Node> nodes) {
		if (nodes.isEmpty()) {
			return "";
		}
		int start = nodes.get(0).getStartOffset();
		int end = nodes.get(nodes.size() - 1).getEndOffset();
		return nodes.get(0).getChars().getBaseSequence().subSequence(start, end).toString().strip();
	}

	private static String fold(String text) {
		return WHITESPACE.matcher(text).replaceAll(" ").strip();
	}

}
