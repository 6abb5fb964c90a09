package dev.storysmith.rubric;

import java.util.List;
import java.util.Objects;

/** An answer framework (STAR, STAR+L, ...) as the rubric sees it: its sections in speaking order. */
public record FrameworkShape(String id, String name, List<SectionShape> sections) {

	public FrameworkShape {
		Objects.requireNonNull(id, "id");
		name = name == null ? id : name;
		sections = sections == null ? List.of() : List.copyOf(sections);
	}

}
