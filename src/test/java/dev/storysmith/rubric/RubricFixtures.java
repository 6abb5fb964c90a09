package dev.storysmith.rubric;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Framework shapes for rubric tests, mirroring the bank's STAR, STAR+L and deep-dive files
 * (the app builds the real ones from {@code questions/frameworks/*.md}).
 */
public final class RubricFixtures {

	public static final FrameworkShape STAR = new FrameworkShape("star", "STAR",
			List.of(new SectionShape("situation", "Situation", SectionKind.CONTEXT, 15),
					new SectionShape("task", "Task", SectionKind.TASK, 10),
					new SectionShape("action", "Action", SectionKind.ACTION, 55),
					new SectionShape("result", "Result", SectionKind.RESULT, 20)));

	public static final FrameworkShape STAR_L = new FrameworkShape("star-l", "STAR+L",
			List.of(new SectionShape("situation", "Situation", SectionKind.CONTEXT, 15),
					new SectionShape("task", "Task", SectionKind.TASK, 10),
					new SectionShape("action", "Action", SectionKind.ACTION, 45),
					new SectionShape("result", "Result", SectionKind.RESULT, 15),
					new SectionShape("lessons", "Lessons", SectionKind.REFLECTION, 15)));

	public static final FrameworkShape DEEP_DIVE = new FrameworkShape("deep-dive", "Deep dive",
			List.of(new SectionShape("problem", "Problem & context", SectionKind.CONTEXT, 15),
					new SectionShape("role", "Role & scope", SectionKind.TASK, 10),
					new SectionShape("decisions", "Key technical decisions", SectionKind.ACTION, 25),
					new SectionShape("execution", "Execution & risk", SectionKind.ACTION, 15),
					new SectionShape("results", "Results", SectionKind.RESULT, 15),
					new SectionShape("challenges", "Challenges", SectionKind.ACTION, 10),
					new SectionShape("changes", "What I'd do differently", SectionKind.REFLECTION, 10)));

	private static final Map<String, FrameworkShape> BY_ID = Map.of(STAR.id(), STAR, STAR_L.id(), STAR_L,
			DEEP_DIVE.id(), DEEP_DIVE);

	private RubricFixtures() {
	}

	/** A draft from id/text pairs: {@code draft(STAR, "action", "I ...", "result", "...")}. */
	public static Draft draft(FrameworkShape framework, String... idsAndTexts) {
		Map<String, String> sections = new LinkedHashMap<>();
		for (int i = 0; i + 1 < idsAndTexts.length; i += 2) {
			sections.put(idsAndTexts[i], idsAndTexts[i + 1]);
		}
		return new Draft(framework, sections);
	}

	public static CriterionScore criterion(Scorecard scorecard, String id) {
		return scorecard.criteria()
			.stream()
			.filter(c -> c.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No criterion " + id));
	}

	public static FrameworkShape framework(String id) {
		FrameworkShape framework = BY_ID.get(id);
		if (framework == null) {
			throw new IllegalArgumentException("No test framework '" + id + "'; known: " + BY_ID.keySet());
		}
		return framework;
	}

}
