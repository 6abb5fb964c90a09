package dev.storysmith.question;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.storysmith.framework.FrameworkView;
import dev.storysmith.framework.SectionKind;
import dev.storysmith.framework.SectionView;

/** Small hand-built bank objects for web slice tests. */
final class QuestionFixtures {

	static final CompetencyView OWNERSHIP = new CompetencyView("ownership", "Ownership", "Takes a problem to its end.");

	static final FrameworkView STAR = new FrameworkView("star", "STAR", "Default shape.", "",
			List.of(section("situation", "Situation", SectionKind.CONTEXT), section("task", "Task", SectionKind.TASK),
					section("action", "Action", SectionKind.ACTION), section("result", "Result", SectionKind.RESULT)));

	static final CompetencyView MENTORING = new CompetencyView("mentoring", "Mentoring", "Grows other engineers.");

	private QuestionFixtures() {
	}

	static QuestionDetail outageQuestion() {
		Map<String, String> sections = new LinkedHashMap<>();
		sections.put("situation", "Checkout p95 was **2 s**.");
		sections.put("task", "I owned checkout.");
		sections.put("action", "I added a cache <script>alert('x')</script>.");
		sections.put("result", "p95 fell to 300 ms.");
		return new QuestionDetail("outage-you-owned", "Tell me about an outage you owned", List.of("ownership"),
				Difficulty.HARD, List.of("star"), List.of("incident"), "Tell me about an outage.",
				"- Calm triage.", List.of("Who did you tell?", "What changed?"), List.of("Blame.", "No prevention."),
				List.of(new SampleAnswerView("star", sections)));
	}

	private static SectionView section(String id, String title, SectionKind kind) {
		return new SectionView(id, title, kind, "Prompt for " + title, List.of(), 25);
	}

}
