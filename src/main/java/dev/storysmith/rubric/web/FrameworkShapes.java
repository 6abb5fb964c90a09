package dev.storysmith.rubric.web;

import org.springframework.modulith.NamedInterface;

import dev.storysmith.framework.FrameworkView;
import dev.storysmith.rubric.FrameworkShape;
import dev.storysmith.rubric.SectionKind;
import dev.storysmith.rubric.SectionShape;

/**
 * Turns a framework of the bank into the shape the engine scores against. The adapter lives
 * outside the rubric core so the engine stays free of the framework module; the story module
 * scores through it too.
 */
@NamedInterface("framework-shapes")
public final class FrameworkShapes {

	private FrameworkShapes() {
	}

	public static FrameworkShape of(FrameworkView framework) {
		return new FrameworkShape(framework.id(), framework.name(),
				framework.sections()
					.stream()
					.map(s -> new SectionShape(s.id(), s.title(), SectionKind.valueOf(s.kind().name()), s.share()))
					.toList());
	}

}
