package dev.storysmith.practice;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The written story against the spoken one: cue-card phrases to speak from (the opening words
 * of each sentence, so the card prompts without being read out), and the sentences of the
 * story a transcript leaves out.
 */
final class SpokenText {

	/** Words a cue phrase keeps from the start of its sentence. */
	static final int CUE_WORDS = 5;

	/** A sentence counts as said when at least this share of its content words were said. */
	static final double SAID_SHARE = 0.5;

	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\n+");

	private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	/** Words too common to tell whether a sentence was said. */
	private static final Set<String> COMMON = Set.of("the", "and", "that", "this", "with", "from", "were", "was",
			"have", "had", "has", "they", "them", "then", "than", "there", "their", "what", "when", "which", "would",
			"could", "should", "into", "about", "after", "before", "our", "your", "for", "but", "not", "all", "are",
			"one", "two", "its", "his", "her", "she", "him", "who", "how", "why", "also", "just", "very", "some");

	private SpokenText() {
	}

	/** A section of the story, in speaking order. */
	record Part(String sectionId, String sentence) {
	}

	static List<String> sentences(String text) {
		return Arrays.stream(SENTENCE_END.split(text == null ? "" : text.strip()))
			.map(String::strip)
			.filter(s -> !s.isEmpty())
			.toList();
	}

	/** One cue per sentence: its first words, with an ellipsis where the sentence goes on. */
	static List<String> cues(String text) {
		List<String> cues = new ArrayList<>();
		for (String sentence : sentences(text)) {
			String[] words = sentence.split("\\s+");
			cues.add(words.length <= CUE_WORDS ? sentence
					: String.join(" ", Arrays.copyOf(words, CUE_WORDS)) + " …");
		}
		return cues;
	}

	/**
	 * The sentences of the story (sections in speaking order) of which less than half the
	 * content words occur anywhere in the transcript.
	 */
	static List<Part> notSaid(Map<String, String> sections, String transcript) {
		Set<String> said = contentWords(transcript).collect(Collectors.toSet());
		List<Part> missing = new ArrayList<>();
		sections.forEach((id, text) -> {
			for (String sentence : sentences(text)) {
				List<String> words = contentWords(sentence).distinct().toList();
				long heard = words.stream().filter(said::contains).count();
				if (!words.isEmpty() && heard < SAID_SHARE * words.size()) {
					missing.add(new Part(id, sentence));
				}
			}
		});
		return missing;
	}

	private static java.util.stream.Stream<String> contentWords(String text) {
		return Arrays.stream(NOT_WORD.split((text == null ? "" : text).toLowerCase(Locale.ROOT)))
			.filter(w -> w.length() >= 3 && !COMMON.contains(w));
	}

}
