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

	static final FrameworkView PAR = new FrameworkView("par", "PAR", "Short summaries.", "",
			List.of(section("problem", "Problem", SectionKind.CONTEXT), section("action", "Action", SectionKind.ACTION),
					section("result", "Result", SectionKind.RESULT)));

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

	/** The outage question told twice: in STAR and in PAR. */
	static QuestionDetail outageQuestionTwoWays() {
		QuestionDetail star = outageQuestion();
		Map<String, String> par = new LinkedHashMap<>();
		par.put("problem", "Checkout failed for 4% of buyers.");
		par.put("action", "I rolled back the cache.");
		par.put("result", "Failures fell to 0.1%.");
		return new QuestionDetail("outage-two-ways", star.title(), star.competencies(), star.difficulty(),
				List.of("star", "par"), star.tags(), star.prompt(), star.listenFor(), star.followUps(), star.pitfalls(),
				List.of(star.sampleAnswers().get(0), new SampleAnswerView("par", par)));
	}

	private static SectionView section(String id, String title, SectionKind kind) {
		return new SectionView(id, title, kind, "Prompt for " + title, List.of(), 25);
	}

}
