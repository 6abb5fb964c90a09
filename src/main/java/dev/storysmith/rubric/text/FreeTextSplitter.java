package dev.storysmith.rubric.text;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.storysmith.rubric.FrameworkShape;
import dev.storysmith.rubric.SectionKind;
import dev.storysmith.rubric.SectionShape;

/**
 * Splits a pasted answer into a framework's sections by its headings or labels
 * ("Situation:", "**Task**", "## Action", "1) Problem &amp; context", "Result - ...").
 *
 * <p>A line is a label when one of the line patterns matches it and its label names a section
 * of the framework by title or id (case and punctuation ignored), or by a kind word
 * ("Background", "Outcome") when the framework has exactly one section of that kind. A label
 * line that names nothing stays ordinary text.
 *
 * <p>With fewer than {@code minSections} distinct labelled sections the text is returned whole
 * and untouched under {@link #FREE}, so offsets into it are offsets into the pasted text.
 * Otherwise each section's text runs from its label to the next label, trimmed; text before
 * the first label goes to {@link #FREE}, and a section labelled twice gets both parts, joined
 * by a blank line.
 */
public final class FreeTextSplitter {

	/** Section id of text that no label assigns to a framework section. */
	public static final String FREE = "free";

	private static final Pattern EXPLICIT_ID = Pattern.compile("\\{#[^}]*}");

	private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private record LinePattern(Pattern pattern, boolean hasRest) {
	}

	private record Label(String sectionId, int lineStart, int contentStart) {
	}

	private final List<LinePattern> linePatterns;

	private final Map<SectionKind, Set<String>> kindWords = new EnumMap<>(SectionKind.class);

	private final int minSections;

	public FreeTextSplitter(List<Pattern> linePatterns, Map<SectionKind, List<String>> kindWords, int minSections) {
		this.linePatterns = linePatterns.stream()
			.map(p -> new LinePattern(p, p.pattern().contains("(?<rest>")))
			.toList();
		kindWords.forEach((kind, words) -> this.kindWords.put(kind,
				words.stream().map(FreeTextSplitter::normalize).collect(Collectors.toUnmodifiableSet())));
		this.minSections = minSections;
		for (Pattern p : linePatterns) {
			if (!p.pattern().contains("(?<label>")) {
				throw new IllegalArgumentException("Label pattern without a 'label' group: " + p.pattern());
			}
		}
	}

	/** Section texts keyed by section id, in the order the labels appear. */
	public Map<String, String> split(FrameworkShape framework, String text) {
		String source = text == null ? "" : text;
		List<Label> labels = findLabels(framework, source);
		Map<String, String> sections = new LinkedHashMap<>();
		if (labels.stream().map(Label::sectionId).distinct().count() < minSections) {
			sections.put(FREE, source);
			return sections;
		}
		put(sections, FREE, source.substring(0, labels.get(0).lineStart()).strip());
		for (int i = 0; i < labels.size(); i++) {
			Label label = labels.get(i);
			int end = i + 1 < labels.size() ? labels.get(i + 1).lineStart() : source.length();
			put(sections, label.sectionId(), source.substring(Math.min(label.contentStart(), end), end).strip());
		}
		return sections;
	}

	private static void put(Map<String, String> sections, String id, String text) {
		if (id.equals(FREE) && text.isEmpty()) {
			return;
		}
		sections.merge(id, text, (before, after) -> before.isEmpty() ? after
				: after.isEmpty() ? before : before + "\n\n" + after);
	}

	private List<Label> findLabels(FrameworkShape framework, String text) {
		String lower = TextNormalizer.lower(text);
		List<Label> labels = new ArrayList<>();
		int lineStart = 0;
		while (lineStart <= text.length()) {
			int newline = text.indexOf('\n', lineStart);
			int next = newline < 0 ? text.length() + 1 : newline + 1;
			int lineEnd = newline < 0 ? text.length() : newline;
			if (lineEnd > lineStart && text.charAt(lineEnd - 1) == '\r') {
				lineEnd--;
			}
			Label label = labelOf(framework, lower, lineStart, lineEnd, Math.min(next, text.length()));
			if (label != null) {
				labels.add(label);
			}
			lineStart = next;
		}
		return labels;
	}

	private Label labelOf(FrameworkShape framework, String lower, int lineStart, int lineEnd, int nextLine) {
		for (LinePattern linePattern : linePatterns) {
			Matcher m = linePattern.pattern().matcher(lower).region(lineStart, lineEnd);
			if (!m.matches()) {
				continue;
			}
			SectionShape section = sectionNamed(framework, m.group("label"));
			if (section == null) {
				continue;
			}
			boolean restOnLine = linePattern.hasRest() && m.start("rest") >= 0 && m.end("rest") > m.start("rest");
			return new Label(section.id(), lineStart, restOnLine ? m.start("rest") : nextLine);
		}
		return null;
	}

	private SectionShape sectionNamed(FrameworkShape framework, String label) {
		String name = normalize(EXPLICIT_ID.matcher(label).replaceAll(""));
		if (name.isEmpty()) {
			return null;
		}
		for (SectionShape section : framework.sections()) {
			if (name.equals(normalize(section.title())) || name.equals(normalize(section.id()))) {
				return section;
			}
		}
		for (Map.Entry<SectionKind, Set<String>> kind : kindWords.entrySet()) {
			if (kind.getValue().contains(name)) {
				List<SectionShape> ofKind = framework.sections().stream().filter(s -> s.kind() == kind.getKey()).toList();
				if (ofKind.size() == 1) {
					return ofKind.get(0);
				}
			}
		}
		return null;
	}

	/** Lower case, every run of punctuation and space turned into one space. */
	static String normalize(String label) {
		return NOT_WORD.matcher(label.toLowerCase(java.util.Locale.ROOT)).replaceAll(" ").strip();
	}

}
