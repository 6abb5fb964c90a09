package dev.storysmith.story.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes stories as Markdown a person can paste into notes or print: the title as a heading,
 * framework, competencies and questions as a list, then each section under its framework
 * title in speaking order. The user's text is written as it is, because it is theirs and
 * often Markdown already; it is only ever served as a download, never as HTML.
 */
@Component
class MarkdownWriter {

	private static final Pattern LINE_BREAKS = Pattern.compile("\\s*\\R\\s*");

	private final MessageSource messages;

	MarkdownWriter(MessageSource messages) {
		this.messages = messages;
	}

	/** One story as a document of its own: {@code # title}, {@code ## section}. */
	String story(ExportedStory story, Locale locale) {
		StringBuilder out = new StringBuilder();
		write(story, 1, out, locale);
		return out.toString();
	}

	/** All the stories in one document: a heading for the bank, {@code ##} per story, {@code ###} per section. */
	String stories(List<ExportedStory> stories, Instant exportedAt, Locale locale) {
		StringBuilder out = new StringBuilder();
		out.append("# ").append(text("export.all.heading", locale)).append("\n\n");
		out.append(text("export.all.meta", locale, LocalDate.ofInstant(exportedAt, ZoneOffset.UTC), stories.size()))
			.append("\n");
		for (ExportedStory story : stories) {
			out.append("\n---\n\n");
			write(story, 2, out, locale);
		}
		return out.toString();
	}

	private void write(ExportedStory story, int level, StringBuilder out, Locale locale) {
		String heading = "#".repeat(level);
		out.append(heading).append(' ').append(oneLine(story.title())).append("\n\n");
		out.append("- **").append(text("export.framework", locale)).append("** ").append(oneLine(story.framework()))
			.append('\n');
		if (!story.competencies().isEmpty()) {
			out.append("- **").append(text("export.competencies", locale)).append("** ")
				.append(oneLine(String.join(", ", story.competencies())))
				.append('\n');
		}
		if (!story.questions().isEmpty()) {
			out.append("- **").append(text("export.questions", locale)).append("**\n");
			story.questions().forEach(q -> out.append("  - ").append(oneLine(q)).append('\n'));
		}
		for (ExportedStory.Section section : story.sections()) {
			out.append('\n').append(heading).append("# ").append(oneLine(section.title())).append("\n\n");
			out.append(section.written() ? section.text().strip() : "_" + text("export.section.empty", locale) + "_")
				.append('\n');
		}
		if (!story.unplacedNotes().isBlank()) {
			out.append('\n').append(heading).append("# ").append(text("export.notes", locale)).append("\n\n");
			out.append(story.unplacedNotes().strip()).append('\n');
		}
	}

	/** A title or name on one line, so it cannot end its heading or list item early. */
	private static String oneLine(String text) {
		return LINE_BREAKS.matcher(text.strip()).replaceAll(" ");
	}

	private String text(String code, Locale locale, Object... arguments) {
		return messages.getMessage(code, arguments, code, locale);
	}

}
