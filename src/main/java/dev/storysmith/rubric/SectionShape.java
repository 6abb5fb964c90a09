package dev.storysmith.rubric;

import java.util.Objects;

/**
 * One section of an answer framework as the rubric sees it.
 *
 * @param id stable id, the key of the section's text in a {@link Draft}
 * @param title heading shown to the user; free text labels are matched against it
 * @param kind what the section is for
 * @param sharePercent suggested share of the speaking time
 */
public record SectionShape(String id, String title, SectionKind kind, int sharePercent) {

	public SectionShape {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(kind, "kind");
		title = title == null ? id : title;
	}

}
