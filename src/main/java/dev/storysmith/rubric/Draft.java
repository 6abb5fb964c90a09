package dev.storysmith.rubric;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import dev.storysmith.rubric.rules.RubricRules;
import dev.storysmith.rubric.text.FreeTextSplitter;

/**
 * A story draft: the framework it follows and the text of each section, keyed by section id in
 * insertion order. A null section text counts as empty.
 *
 * <p>Every offset in a {@link Scorecard} refers to {@code sections().get(section)} of the draft
 * that was scored. For a draft made by {@link #freeText}, that is the text as split: each
 * labelled section's text without its label, or, for text that no label assigns, the
 * section {@value #FREE_SECTION}.
 */
public record Draft(FrameworkShape framework, Map<String, String> sections) {

	/**
	 * Id of text not assigned to a framework section: the whole of an unlabeled answer, or what
	 * comes before the first label of a labelled one.
	 */
	public static final String FREE_SECTION = FreeTextSplitter.FREE;

	public Draft {
		Objects.requireNonNull(framework, "framework");
		Map<String, String> copy = new LinkedHashMap<>();
		if (sections != null) {
			sections.forEach((id, text) -> copy.put(id, text == null ? "" : text));
		}
		sections = Collections.unmodifiableMap(copy);
	}

	/**
	 * A draft from one pasted text, split into the framework's sections by its headings or labels
	 * ("Situation:", "**Task**", "## Action", "1) Problem &amp; context", "Result - ..."). Text with
	 * fewer than two recognised labels stays whole, unchanged, under {@value #FREE_SECTION}.
	 */
	public static Draft freeText(FrameworkShape framework, String text) {
		return new Draft(framework, RubricRules.load().freeTextSplitter().split(framework, text));
	}

}
