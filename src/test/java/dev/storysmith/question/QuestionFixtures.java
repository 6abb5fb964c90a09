package dev.storysmith.question;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.storysmith.framework.FrameworkCatalog;
import dev.storysmith.framework.FrameworkView;
import dev.storysmith.framework.SectionKind;
import dev.storysmith.framework.SectionView;
import dev.storysmith.system.MarkdownRenderer;

/** Small hand-built bank objects for web slice tests. */
final class QuestionFixtures {

	static final CompetencyView OWNERSHIP = new CompetencyView("ownership", "Ownership", "Takes a problem to its end.",
			List.of("own end to end"));

	static final FrameworkView STAR = new FrameworkView("star", "STAR", "Default shape.", "",
			List.of(section("situation", "Situation", SectionKind.CONTEXT), section("task", "Task", SectionKind.TASK),
					section("action", "Action", SectionKind.ACTION), section("result", "Result", SectionKind.RESULT)));

	static final CompetencyView MENTORING = new CompetencyView("mentoring", "Mentoring", "Grows other engineers.",
			List.of("mentor"));

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

	/** A mentoring question, so searches and filters have something to leave out. */
	static QuestionDetail mentoringQuestion() {
		return new QuestionDetail("grew-a-junior", "Describe how you helped a junior engineer grow", List.of("mentoring"),
				Difficulty.EASY, List.of("star"), List.of("mentoring"),
				"Walk me through how you *mentored* someone. What did they learn first?",
				"- Specific habits taught.\n- Their progress, measured.", List.of("How did you know?", "What next?"),
				List.of("Taking credit.", "Vague."), List.of());
	}

	/** {@code count} plain questions numbered from 1, for paging. */
	static List<QuestionDetail> numbered(int count) {
		return java.util.stream.IntStream.rangeClosed(1, count)
			.mapToObj(i -> new QuestionDetail("numbered-%02d".formatted(i), "Numbered question %02d".formatted(i),
					List.of("ownership"), Difficulty.MEDIUM, List.of(), List.of(), "Prompt " + i + ".", "", List.of(),
					List.of(), List.of()))
			.toList();
	}

	/**
	 * A bank snapshot of these questions, built the way the importer builds one (pages rendered,
	 * search index with the shipped synonym list). Stub {@code frameworks} before calling it.
	 */
	static BankSnapshot snapshot(long version, List<QuestionDetail> questions, FrameworkCatalog frameworks) {
		try {
			return BankSnapshot.build(version, questions, List.of(OWNERSHIP, MENTORING), SYNONYMS, frameworks,
					new MarkdownRenderer());
		}
		catch (java.text.ParseException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static final String SYNONYMS = readSynonyms();

	private static String readSynonyms() {
		try {
			return java.nio.file.Files.readString(java.nio.file.Path.of("questions", BankSnapshots.SYNONYMS_FILE));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static SectionView section(String id, String title, SectionKind kind) {
		return new SectionView(id, title, kind, "Prompt for " + title, List.of(), 25);
	}

}
