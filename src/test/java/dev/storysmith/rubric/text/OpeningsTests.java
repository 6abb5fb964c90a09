package dev.storysmith.rubric.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import dev.storysmith.rubric.text.Openings.Opening;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How sentences open, with grammar: measured against word rules alone on sentences labelled by
 * hand ({@code rubric/openings.tsv}), which is how the tagger was chosen (docs/rubric.md, "Grammar").
 */
class OpeningsTests {

	private static final Map<String, Object> GRAMMAR = grammarRules();

	private static final Set<String> IRREGULAR_PAST = words("irregularPast");

	private static final Openings OPENINGS = new Openings(PartOfSpeech.english(1_000), IRREGULAR_PAST,
			words("pastAndBase"), words("openingAdverbs"), words("notImperative"));

	/** Words after which a bare first word reads as an imperative, for the rules-only rival. */
	private static final Set<String> OBJECT_STARTS = Set.of("the", "a", "an", "every", "each", "your", "our", "it", "them",
			"who", "at", "with", "before", "by", "where", "what");

	private static final Set<String> STOPWORDS = Set.of("the", "a", "an", "it", "this", "that", "we", "i", "they", "our");

	record Labelled(String sentence, String label) {
	}

	@Test
	void theTaggerReadsOpeningsBetterThanWordRulesAlone() {
		List<Labelled> labelled = labelled();
		int tagger = 0;
		int rules = 0;
		StringBuilder misses = new StringBuilder();
		for (Labelled item : labelled) {
			String byTagger = classify(item.sentence());
			String byRules = rulesOnly(item.sentence());
			tagger += byTagger.equals(item.label()) ? 1 : 0;
			rules += byRules.equals(item.label()) ? 1 : 0;
			if (!byTagger.equals(item.label())) {
				misses.append("%n  tagger said %s: %s".formatted(byTagger, item.sentence()));
			}
		}
		String report = "Openings of %d labelled sentences: tagger %d correct, word rules alone %d%s".formatted(labelled.size(),
				tagger, rules, misses);
		System.out.println(report);
		assertThat(labelled).hasSizeGreaterThanOrEqualTo(40);
		assertThat(tagger).as(report).isGreaterThan(rules).isGreaterThanOrEqualTo(labelled.size() * 8 / 10);
	}

	@Test
	void aListNumberAndALabelBeforeTheVerbAreSkipped() {
		assertThat(classify("2) Rolled back the deploy")).isEqualTo("past");
		assertThat(classify("Lessons: test the restore every quarter")).isEqualTo("imperative");
	}

	@Test
	void onlyAsksTheTaggerWhatTheCallerWants() {
		String text = "Profiled the export job";
		Tokens tokens = Tokens.of(text);
		assertThat(OPENINGS.of(text, tokens, 0, tokens.count(), false, false)).isEqualTo(Opening.NONE);
		assertThat(OPENINGS.of(text, tokens, 0, tokens.count(), false, true).pastVerb()).isFalse();
	}

	@Test
	void rescoringTagsOnlySentencesItHasNotSeen() {
		PartOfSpeech tagger = PartOfSpeech.english(100);
		tagger.tags(new String[] { "Profiled", "the", "export", "job" });
		tagger.tags(new String[] { "Rewrote", "the", "query" });
		tagger.tags(new String[] { "Profiled", "the", "export", "job" });
		assertThat(tagger.cachedSentences()).isEqualTo(2);
		tagger.tags(new String[] { "Rewrote", "the", "slow", "query" });
		assertThat(tagger.cachedSentences()).isEqualTo(3);
	}

	@Test
	void theCacheIsBounded() {
		PartOfSpeech tagger = PartOfSpeech.english(10);
		for (int i = 0; i < 50; i++) {
			tagger.tags(new String[] { "Sentence", "number", String.valueOf(i) });
		}
		assertThat(tagger.cachedSentences()).isLessThanOrEqualTo(10);
	}

	private static String classify(String sentence) {
		Tokens tokens = Tokens.of(sentence);
		Opening opening = OPENINGS.of(sentence, tokens, 0, tokens.count(), true, true);
		return opening.pastVerb() ? "past" : opening.imperative() ? "imperative" : "other";
	}

	/** The rival: the first word's form and the word after it, no tagger. */
	private static String rulesOnly(String sentence) {
		String[] words = sentence.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}'-]+");
		int first = words.length > 1 && words(("openingAdverbs")).contains(words[0]) ? 1 : 0;
		String word = words[first];
		if (word.endsWith("ed") || IRREGULAR_PAST.contains(word)) {
			return "past";
		}
		boolean bare = !word.endsWith("ing") && !word.endsWith("s") && !STOPWORDS.contains(word);
		return bare && first + 1 < words.length && OBJECT_STARTS.contains(words[first + 1]) ? "imperative" : "other";
	}

	private static List<Labelled> labelled() {
		try (InputStream in = OpeningsTests.class.getResourceAsStream("/rubric/openings.tsv")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(line -> !line.isBlank() && !line.startsWith("#"))
				.map(line -> line.split("\t"))
				.map(parts -> new Labelled(parts[0], parts[1]))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> grammarRules() {
		try (InputStream in = OpeningsTests.class.getResourceAsStream("/rubric/rules.yaml")) {
			Map<String, Object> rules = new Yaml(new SafeConstructor(new LoaderOptions()))
				.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			return (Map<String, Object>) rules.get("grammar");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@SuppressWarnings("unchecked")
	private static Set<String> words(String key) {
		return new HashSet<>((List<String>) GRAMMAR.get(key));
	}

}
