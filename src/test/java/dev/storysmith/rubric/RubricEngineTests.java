package dev.storysmith.rubric;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import static dev.storysmith.rubric.RubricFixtures.STAR;
import static dev.storysmith.rubric.RubricFixtures.STAR_L;
import static dev.storysmith.rubric.RubricFixtures.criterion;
import static dev.storysmith.rubric.RubricFixtures.draft;
import static org.assertj.core.api.Assertions.assertThat;

class RubricEngineTests {

	private static final String ACTION = "I profiled the checkout service and found a slow fraud check. "
			+ "I moved the check off the request path instead of raising the timeout, at the cost of voiding a few orders later. "
			+ "The team kind of helped with the rollout.";

	private final RubricEngine engine = RubricEngine.withDefaultRules();

	@Test
	void listsTheSevenCriteriaInOrderWithLabelsAndMaximum() {
		Scorecard scorecard = engine.score(draft(STAR_L, "action", ACTION));
		assertThat(scorecard.criteria()).extracting(CriterionScore::id)
			.containsExactly("metrics", "role", "tradeoffs", "lessons", "structure", "specificity", "length");
		assertThat(scorecard.criteria()).extracting(CriterionScore::label)
			.containsExactly("Metrics", "Role", "Trade-offs", "Lessons", "Structure", "Specificity", "Length");
		assertThat(scorecard.criteria()).allSatisfy(c -> {
			assertThat(c.max()).isEqualTo(4);
			assertThat(c.score()).isBetween(0, 4);
		});
		assertThat(scorecard.framework()).isEqualTo("star-l");
	}

	@Test
	void countsWordsAndSpokenTimePerSectionInFrameworkOrder() {
		String words145 = "word ".repeat(145);
		Scorecard scorecard = engine.score(draft(STAR, "result", "Done in two days.", "situation", words145));
		assertThat(scorecard.sections()).containsExactly(new SectionStats("situation", 145, 60),
				new SectionStats("task", 0, 0), new SectionStats("action", 0, 0), new SectionStats("result", 4, 2));
		assertThat(scorecard.words()).isEqualTo(149);
		assertThat(scorecard.spokenSeconds()).isEqualTo(62);
	}

	@Test
	void everyEvidenceAndFindingIsTheExactTextOfItsSpan() {
		Draft draft = draft(STAR_L, "situation", "Our p95 was 1.4 s for 2,000 users.", "action", ACTION, "result",
				"p95 went from 1.4 s to 420 ms, measured on the dashboard.");
		Scorecard scorecard = engine.score(draft);
		List<Evidence> evidence = scorecard.criteria().stream().flatMap(c -> c.evidence().stream()).toList();
		assertThat(evidence).isNotEmpty()
			.allSatisfy(e -> assertThat(draft.sections().get(e.section()).substring(e.start(), e.end())).isEqualTo(e.text()));
		assertThat(scorecard.findings()).isNotEmpty()
			.allSatisfy(f -> assertThat(draft.sections().getOrDefault(f.section(), "").substring(f.start(), f.end()))
				.isEqualTo(f.text()));
	}

	@Test
	void ordersFindingsBySectionThenOffset() {
		Scorecard scorecard = engine.score(draft(STAR, "action", "Basically the cache was added. I think it just worked.",
				"situation", "It was kind of slow."));
		assertThat(scorecard.findings()).extracting(f -> f.section() + ":" + f.rule())
			.containsExactly("situation:hedge", "task:missing-section", "action:filler", "action:no-actor", "action:hedge",
					"action:no-actor", "action:filler", "result:missing-section");
	}

	@Test
	void treatsNullSectionTextAsEmptyAndIgnoresUnknownSections() {
		Map<String, String> sections = new HashMap<>();
		sections.put("action", null);
		sections.put("epilogue", "I led everything, from 10 s to 1 s.");
		Scorecard scorecard = engine.score(new Draft(STAR, sections));
		assertThat(scorecard.words()).isZero();
		assertThat(scorecard.sections()).extracting(SectionStats::id).containsExactly("situation", "task", "action", "result");
		assertThat(scorecard.overall()).isZero();
	}

	@Test
	void scoresFreeTextUnderTheFreeSectionWithOffsetsIntoThePastedText() {
		String text = "  I cut p95 from 900 ms to 300 ms.";
		Draft draft = Draft.freeText(STAR, text);
		Scorecard scorecard = engine.score(draft);
		assertThat(draft.sections()).containsOnlyKeys(Draft.FREE_SECTION);
		assertThat(scorecard.sections()).extracting(SectionStats::id).containsExactly(Draft.FREE_SECTION);
		assertThat(criterion(scorecard, "metrics").evidence()).first()
			.satisfies(e -> assertThat(text.substring(e.start(), e.end())).isEqualTo("from 900 ms to 300 ms"));
	}

	@Test
	void leavesLessonsOutOfTheOverallScoreWhenTheFrameworkHasNoReflectionSection() {
		String neutral = " I kept the old timeout settings in a config file for reference.";
		String lesson = " I learned that traces beat guesses, and since then I always profile.";
		for (FrameworkShape framework : List.of(STAR, STAR_L)) {
			Scorecard without = engine.score(draft(framework, "action", ACTION + neutral));
			Scorecard with = engine.score(draft(framework, "action", ACTION + lesson));
			assertThat(criterion(with, "lessons").score()).isGreaterThan(criterion(without, "lessons").score());
			assertThat(with.criteria()).filteredOn(c -> !c.id().equals("lessons"))
				.extracting(CriterionScore::score)
				.containsExactlyElementsOf(without.criteria()
					.stream()
					.filter(c -> !c.id().equals("lessons"))
					.map(CriterionScore::score)
					.toList());
			if (framework == STAR) {
				assertThat(with.overall()).isEqualTo(without.overall());
			}
			else {
				assertThat(with.overall()).isGreaterThan(without.overall());
			}
			assertThat(with.criteria()).filteredOn(c -> !c.counted())
				.extracting(CriterionScore::id)
				.as("criteria left out of the overall score in " + framework.id())
				.isEqualTo(framework == STAR ? List.of("lessons") : List.of());
		}
	}

	@Test
	void givesTheSameScorecardFromManyThreads() throws Exception {
		Draft draft = draft(STAR_L, "situation", "Our p95 was 1.4 s.", "action", ACTION, "result", "p95 fell from 1.4 s to 420 ms.");
		Scorecard expected = engine.score(draft);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<Scorecard>> results = pool.invokeAll(java.util.Collections.nCopies(64, () -> engine.score(draft)));
			for (Future<Scorecard> result : results) {
				assertThat(result.get()).isEqualTo(expected);
			}
		}
		finally {
			pool.shutdown();
		}
	}

}
