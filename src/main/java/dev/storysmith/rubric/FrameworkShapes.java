package dev.storysmith.rubric;

import dev.storysmith.framework.FrameworkView;

/** Turns a framework of the bank into the shape the engine scores against. */
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
