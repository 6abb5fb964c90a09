package dev.storysmith.rubric;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.storysmith.rubric.rules.DraftAnalyzer;
import dev.storysmith.rubric.rules.RubricRules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine keeps each sentence's analysis and reuses it wherever the sentence appears again. That
 * must never change a scorecard: a draft scored with every sentence already analysed elsewhere (at
 * other offsets, in other sections, in a story told by "we" instead of "I", closing the draft or
 * not) gets exactly the scorecard it gets with nothing cached. And a rescore after an edit analyses
 * only the sentences that changed.
 */
class RubricSentenceCacheTests {

	private static final RubricEngine ENGINE = RubricEngine.withDefaultRules();

	/** The analyzer behind {@link #ENGINE}: both use the shipped rules, loaded once. */
	private static final DraftAnalyzer ANALYZER = RubricRules.load().analyzer();

	private static final String SENTENCE_END = "(?<=[.!?])\\s+";

	@BeforeEach
	void forget() {
		ANALYZER.forgetSentences();
	}

	static Stream<Draft> calibrationDrafts() {
		return RubricCalibrationTests.drafts().map(RubricCalibrationTests.CalibrationDraft::draft);
	}

	static Stream<Draft> randomDrafts() {
		return IntStream.range(0, 150).mapToObj(seed -> RubricEngineFuzzTests.randomDraft(new Random(seed)));
	}

	@ParameterizedTest
	@MethodSource({ "calibrationDrafts", "randomDrafts" })
	void editsAndMovesScoreAsIfNothingWereCached(Draft draft) {
		List<Draft> variants = variants(draft);
		List<Scorecard> cold = new ArrayList<>();
		for (Draft variant : variants) {
			ANALYZER.forgetSentences();
			cold.add(ENGINE.score(variant));
		}
		ANALYZER.forgetSentences();
		List<Scorecard> warm = variants.stream().map(ENGINE::score).toList();
		for (int i = 0; i < variants.size(); i++) {
			assertThat(warm.get(i)).as("variant %d of %s", i, variants.get(i).sections()).isEqualTo(cold.get(i));
		}
		// everything is cached now: scored once more, in the opposite order, still the same
		for (int i = variants.size() - 1; i >= 0; i--) {
			assertThat(ENGINE.score(variants.get(i))).as("variant %d again", i).isEqualTo(cold.get(i));
		}
	}

	@Test
	void scoringFromSeveralThreadsAtOnceGivesTheScorecardsOfScoringAlone() throws Exception {
		List<Draft> drafts = calibrationDrafts().flatMap(d -> variants(d).stream()).toList();
		List<Scorecard> alone = new ArrayList<>();
		for (Draft draft : drafts) {
			ANALYZER.forgetSentences();
			alone.add(ENGINE.score(draft));
		}
		ANALYZER.forgetSentences();
		ExecutorService threads = Executors.newFixedThreadPool(4);
		try {
			List<Callable<List<Scorecard>>> runs = new ArrayList<>();
			for (int run = 0; run < 4; run++) {
				List<Integer> order = IntStream.range(0, drafts.size()).boxed().collect(Collectors.toCollection(ArrayList::new));
				Collections.shuffle(order, new Random(run));
				runs.add(() -> {
					Scorecard[] cards = new Scorecard[drafts.size()];
					order.forEach(i -> cards[i] = ENGINE.score(drafts.get(i)));
					return List.of(cards);
				});
			}
			for (Future<List<Scorecard>> together : threads.invokeAll(runs)) {
				assertThat(together.get()).isEqualTo(alone);
			}
		}
		finally {
			threads.shutdown();
		}
	}

	@Test
	void aRescoreAfterAnEditAnalysesOnlyTheEditedSentence() {
		Map<String, String> sections = new LinkedHashMap<>();
		sections.put("situation", "Checkout p99 latency had grown to 1.4 s at peak. About 3% of payments timed out.");
		sections.put("task", "I was the tech lead for the payments team of five engineers.");
		sections.put("action", "- Profiled the checkout path and found one lookup per cart line.\n"
				+ "- Cached the lookups per catalogue version instead of per request.\n"
				+ "- Rolled the change out behind a feature flag, one region a day.");
		sections.put("result", "p99 went from 1.4 s to 380 ms and timeouts from 3% to under 0.2%.");
		sections.put("lessons", "Measure the hot path before choosing a design. Since then I profile first.");
		ENGINE.score(new Draft(RubricFixtures.STAR_L, sections));
		long analysed = ANALYZER.cachedSentences();
		assertThat(analysed).isEqualTo(9);

		Map<String, String> edited = new LinkedHashMap<>(sections);
		edited.put("action", sections.get("action").replace("one region a day", "two regions a day"));
		ENGINE.score(new Draft(RubricFixtures.STAR_L, edited));
		assertThat(ANALYZER.cachedSentences()).isEqualTo(analysed + 1);

		// the same sentences moved around and pasted whole: nothing new to analyse
		Map<String, String> moved = new LinkedHashMap<>(edited);
		moved.put("situation", "About 3% of payments timed out. " + "Checkout p99 latency had grown to 1.4 s at peak.");
		ENGINE.score(new Draft(RubricFixtures.STAR_L, moved));
		ENGINE.score(Draft.freeText(RubricFixtures.STAR, String.join("\n\n", moved.values())));
		assertThat(ANALYZER.cachedSentences()).isEqualTo(analysed + 1);
	}

	/**
	 * The draft and drafts that reuse its sentences elsewhere: a sentence inserted at the start of
	 * every section (all offsets move), the last one removed (another sentence closes the draft),
	 * one word edited, sentences reordered, sections rotated (sentences land in sections of another
	 * kind), the story retold by "we", and the whole text pasted as one free text, labelled and not.
	 */
	private static List<Draft> variants(Draft draft) {
		FrameworkShape framework = draft.framework();
		Map<String, String> sections = draft.sections();
		List<Draft> variants = new ArrayList<>();
		variants.add(draft);
		variants.add(new Draft(framework, mapTexts(sections, text -> text.isBlank() ? text : "I checked the dashboards first. " + text)));
		variants.add(new Draft(framework, mapTexts(sections, text -> {
			List<String> sentences = List.of(text.split(SENTENCE_END));
			return sentences.size() < 2 ? text : String.join(" ", sentences.subList(0, sentences.size() - 1));
		})));
		variants.add(new Draft(framework, mapTexts(sections, text -> text.replaceFirst("\\b(the|a)\\b", "our"))));
		variants.add(new Draft(framework, mapTexts(sections, text -> {
			List<String> sentences = new ArrayList<>(List.of(text.split(SENTENCE_END)));
			Collections.reverse(sentences);
			return String.join(" ", sentences);
		})));
		List<String> ids = new ArrayList<>(sections.keySet());
		List<String> texts = new ArrayList<>(sections.values());
		Collections.rotate(texts, 1);
		Map<String, String> rotated = new LinkedHashMap<>();
		for (int i = 0; i < ids.size(); i++) {
			rotated.put(ids.get(i), texts.get(i));
		}
		variants.add(new Draft(framework, rotated));
		variants.add(new Draft(framework, mapTexts(sections, text -> text.replaceAll("\\bI\\b", "We").replaceAll("\\b[Mm]y\\b", "our"))));
		String labelled = framework.sections()
			.stream()
			.map(s -> s.title() + ":\n" + sections.getOrDefault(s.id(), ""))
			.collect(Collectors.joining("\n\n"));
		variants.add(Draft.freeText(RubricFixtures.STAR_L, labelled));
		variants.add(Draft.freeText(RubricFixtures.STAR, String.join("\n", sections.values())));
		return variants;
	}

	private static Map<String, String> mapTexts(Map<String, String> sections, java.util.function.UnaryOperator<String> change) {
		Map<String, String> changed = new LinkedHashMap<>();
		sections.forEach((id, text) -> changed.put(id, change.apply(text)));
		return changed;
	}

}
