package dev.storysmith.rubric.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;

/**
 * Part-of-speech tags (Penn Treebank: VBD past tense, VB base form, ...) for the few sentences a
 * rubric rule needs grammar for: list items and subjectless sentences (is the first word a verb in
 * the past tense, an implied "I"?) and lines of a reflection block (is it an imperative?).
 *
 * <p>Apache OpenNLP's maximum-entropy tagger with the English UD-EWT model, read from the
 * {@code opennlp-models-pos-en} jar on the class path, so nothing downloads at run time. Tagging
 * costs about 13 µs a word, 100x the rest of the rubric per word, so results are kept in a bounded
 * cache keyed by the sentence's words: rescoring a draft after an edit tags only the sentences that
 * changed. The tagger is deterministic; each thread gets its own (the model is shared, the tagger's
 * beam search is not thread-safe).
 */
public final class PartOfSpeech {

	private static final String MODEL = "/opennlp-en-ud-ewt-pos-1.2-2.5.0.bin";

	/** Words tagged at most; the first words of a sentence are all any rule looks at. */
	static final int MAX_WORDS = 8;

	private final ThreadLocal<POSTaggerME> tagger;

	private final Cache<String, String[]> cache;

	private PartOfSpeech(POSModel model, long maxCachedSentences) {
		this.tagger = ThreadLocal.withInitial(() -> new POSTaggerME(model, POSTagFormat.UD));
		this.cache = Caffeine.newBuilder().maximumSize(maxCachedSentences).build();
	}

	/** Loads the English model once; keeps the tags of up to {@code maxCachedSentences} sentences. */
	public static PartOfSpeech english(long maxCachedSentences) {
		try (InputStream in = PartOfSpeech.class.getResourceAsStream(MODEL)) {
			if (in == null) {
				throw new IllegalStateException("Part-of-speech model not found on the class path at " + MODEL);
			}
			return new PartOfSpeech(new POSModel(in), maxCachedSentences);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the part-of-speech model " + MODEL, ex);
		}
	}

	/**
	 * Penn tags of {@code words} (at most the first {@link #MAX_WORDS}), as given: the caller passes
	 * the words in their original case, since "Profiled" at the start of a line reads differently
	 * from "profiled" in the middle of one.
	 */
	public String[] tags(String[] words) {
		String[] head = words.length > MAX_WORDS ? java.util.Arrays.copyOf(words, MAX_WORDS) : words;
		if (head.length == 0) {
			return head;
		}
		return cache.get(String.join(" ", head), key -> tagger.get().tag(head));
	}

	/** Sentences whose tags are cached now (for tests and benchmarks). */
	public long cachedSentences() {
		cache.cleanUp();
		return cache.estimatedSize();
	}

}
