package dev.storysmith.rubric.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * Finds cue phrases of several categories in one pass over a range of tokens.
 *
 * <p>Phrases are word sequences compared with the tokens' lower-cased forms, so matching costs
 * one hash lookup per token instead of one regex scan per category. Two wildcards:
 * {@code "#"} matches a number (digits or a number word) and {@code "..."} lets up to the
 * category's maximum gap of tokens stand between its two sides ("i ... led" matches "I then
 * led"); a short gap keeps "I" close to its verb, a long one lets "chose X over Y" name a
 * product in between.
 *
 * <p>Within one category hits never overlap: at each position the longest phrase wins and
 * later phrases starting inside it are skipped, so "a lot" inside "a lot better" is not
 * counted twice for the same category. Different categories may overlap freely.
 *
 * @param <C> the cue categories
 */
public final class PhraseMatcher<C extends Enum<C>> {

	/**
	 * A phrase of category {@code cue}; {@code words} are the tokens its words matched, in order
	 * (tokens inside a gap belong to the sentence, not to the cue).
	 */
	public record Hit<C>(C cue, int[] words) {

		public int firstToken() {
			return words[0];
		}

		/** The token after the last matched word. */
		public int endToken() {
			return words[words.length - 1] + 1;
		}

	}

	private static final String NUMBER = "#";

	private static final String GAP = "...";

	private record Phrase<C>(C cue, String[] elements, int maxGap) {
	}

	private final Map<String, List<Phrase<C>>> byFirstWord = new HashMap<>();

	private final List<Phrase<C>> startingWithNumber = new ArrayList<>();

	private final Set<String> numberWords;

	private final int categories;

	public PhraseMatcher(Class<C> cueType, Map<C, List<String>> phrases, ToIntFunction<C> maxGap,
			Set<String> numberWords) {
		this.numberWords = Set.copyOf(numberWords);
		this.categories = cueType.getEnumConstants().length;
		phrases.forEach((cue, list) -> list.forEach(text -> index(new Phrase<>(cue, parse(text), maxGap.applyAsInt(cue)))));
	}

	private void index(Phrase<C> phrase) {
		String first = phrase.elements()[0];
		if (first.equals(NUMBER)) {
			startingWithNumber.add(phrase);
		}
		else {
			byFirstWord.computeIfAbsent(first, k -> new ArrayList<>()).add(phrase);
		}
	}

	/** "i ... led" becomes [i, ..., led]; "a/b test" becomes [a, b, test]. */
	static String[] parse(String phrase) {
		List<String> elements = new ArrayList<>();
		String[] sides = phrase.split("\\.\\.\\.", -1);
		for (int s = 0; s < sides.length; s++) {
			if (s > 0) {
				elements.add(GAP);
			}
			for (String word : sides[s].trim().split("\\s+")) {
				if (word.equals(NUMBER)) {
					elements.add(NUMBER);
					continue;
				}
				Tokens tokens = Tokens.of(word);
				for (int t = 0; t < tokens.count(); t++) {
					elements.add(tokens.lower(t));
				}
			}
		}
		if (elements.isEmpty() || elements.get(0).equals(GAP) || elements.get(elements.size() - 1).equals(GAP)) {
			throw new IllegalArgumentException("Not a usable cue phrase: '" + phrase + "'");
		}
		return elements.toArray(String[]::new);
	}

	/** All hits inside tokens {@code [from, to)}, in order of their first token. */
	public List<Hit<C>> find(Tokens tokens, int from, int to) {
		List<Hit<C>> hits = new ArrayList<>();
		int[] coveredUntil = new int[categories];
		@SuppressWarnings("unchecked")
		Hit<C>[] longest = new Hit[categories];
		for (int p = from; p < to; p++) {
			List<Phrase<C>> candidates = byFirstWord.getOrDefault(tokens.lower(p), List.of());
			boolean number = isNumber(tokens, p);
			if (candidates.isEmpty() && !number) {
				continue;
			}
			collectLongest(candidates, tokens, p, to, longest);
			if (number) {
				collectLongest(startingWithNumber, tokens, p, to, longest);
			}
			for (int c = 0; c < categories; c++) {
				Hit<C> hit = longest[c];
				if (hit != null && p >= coveredUntil[c]) {
					hits.add(hit);
					coveredUntil[c] = hit.endToken();
				}
				longest[c] = null;
			}
		}
		return hits;
	}

	private void collectLongest(List<Phrase<C>> phrases, Tokens tokens, int at, int to, Hit<C>[] longest) {
		for (Phrase<C> phrase : phrases) {
			int[] words = match(phrase, tokens, at, to);
			int c = phrase.cue().ordinal();
			if (words != null && (longest[c] == null || words[words.length - 1] + 1 > longest[c].endToken())) {
				longest[c] = new Hit<>(phrase.cue(), words);
			}
		}
	}

	/** Tokens the phrase's words match when it starts at {@code at}, or null. A gap takes the nearest match. */
	private int[] match(Phrase<C> phrase, Tokens tokens, int at, int to) {
		String[] elements = phrase.elements();
		int[] words = new int[elements.length];
		int matched = 0;
		int pos = at;
		boolean gap = false;
		for (String element : elements) {
			if (element.equals(GAP)) {
				gap = true;
				continue;
			}
			int last = gap ? Math.min(to, pos + phrase.maxGap() + 1) : Math.min(to, pos + 1);
			int found = -1;
			for (int q = pos; q < last && found < 0; q++) {
				if (matches(element, tokens, q)) {
					found = q;
				}
			}
			if (found < 0) {
				return null;
			}
			words[matched++] = found;
			pos = found + 1;
			gap = false;
		}
		return Arrays.copyOf(words, matched);
	}

	private boolean matches(String element, Tokens tokens, int token) {
		return element.equals(NUMBER) ? isNumber(tokens, token) : element.equals(tokens.lower(token));
	}

	private boolean isNumber(Tokens tokens, int token) {
		return tokens.isDigits(token) || numberWords.contains(tokens.lower(token));
	}

}
