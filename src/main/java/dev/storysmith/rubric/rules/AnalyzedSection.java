package dev.storysmith.rubric.rules;

import dev.storysmith.rubric.Evidence;
import dev.storysmith.rubric.Finding;
import dev.storysmith.rubric.SectionKind;
import dev.storysmith.rubric.text.Span;

/**
 * One section of a draft as text: its id, what it is for and its words. Evidence and findings
 * are cut from here, so their text is always exactly the substring their offsets name.
 *
 * @param kind what the section is for; null for text outside any framework section
 * @param title the section's title for messages
 * @param lower the text lower-cased with offsets unchanged (see TextNormalizer)
 * @param words spoken words in the section
 */
public record AnalyzedSection(String id, SectionKind kind, String title, String text, String lower, int words) {

	public Evidence evidence(Span span) {
		return new Evidence(id, span.start(), span.end(), text.substring(span.start(), span.end()));
	}

	public Finding finding(String rule, Span span, String message) {
		return new Finding(rule, id, span.start(), span.end(), text.substring(span.start(), span.end()), message);
	}

	public boolean isAction() {
		return kind == SectionKind.ACTION;
	}

}
