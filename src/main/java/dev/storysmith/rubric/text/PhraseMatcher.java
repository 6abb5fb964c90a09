package dev.storysmith.rubric.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToIntFunction;

/**
 * Finds cue phrases of several categories in one pass over a range of tokens.
 *
 * <p>All phrases live in one trie keyed by lower-cased words, so matching costs about one hash
 * lookup per token however many phrases share a prefix ("i", "i ... led", "i think", "i learned"
 * are one walk). Two wildcards: {@code "#"} matches a number (digits or a number word) and
 * {@code "..."} lets up to the category's maximum gap of tokens stand between its two sides
 * ("i ... led" matches "I then led"); a short gap keeps "I" close to its verb, a long one lets
 * "chose X over Y" name a product in between.
 *
 * <p>Within one category hits never overlap: at each position the phrase reaching furthest wins
 * and later phrases starting inside it are skipped, so "a lot" inside "a lot of" is not counted
 * twice for the same category. Different categories may overlap freely.
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

	/** A trie node: the words that may follow, and the categories of phrases ending here. */
	private static final class Node<C> {

		final Map<String, Node<C>> words = new HashMap<>();

		/** Reached through "#". */
		Node<C> number;

		/** Reached through "...", by the gap's maximum length; its children match after the gap. */
		final Map<Integer, Node<C>> gaps = new TreeMap<>();

		final List<C> ends = new ArrayList<>();

		Node<C> next(String element, int maxGap) {
			if (element.equals(NUMBER)) {
				number = number == null ? new Node<>() : number;
				return number;
			}
			if (element.equals(GAP)) {
				return gaps.computeIfAbsent(maxGap, k -> new Node<>());
			}
			return words.computeIfAbsent(element, k -> new Node<>());
		}

	}

	private final Node<C> root = new Node<>();

	private final Set<String> numberWords;

	private final int categories;

	private final int longestPhrase;

	public PhraseMatcher(Class<C> cueType, Map<C, List<String>> phrases, ToIntFunction<C> maxGap,
			Set<String> numberWords) {
		this.numberWords = new HashSet<>(numberWords);
		this.categories = cueType.getEnumConstants().length;
		int longest = 0;
		for (Map.Entry<C, List<String>> category : phrases.entrySet()) {
			for (String text : category.getValue()) {
				String[] elements = parse(text);
				Node<C> node = root;
				for (String element : elements) {
					node = node.next(element, maxGap.applyAsInt(category.getKey()));
				}
				if (!node.ends.contains(category.getKey())) {
					node.ends.add(category.getKey());
				}
				longest = Math.max(longest, elements.length);
			}
		}
		this.longestPhrase = longest;
	}

	/** "i ... led" becomes [i, ..., led]; "a/b test" becomes [a, b, test]; "#-person" becomes [#, person]. */
	static String[] parse(String phrase) {
		List<String> elements = new ArrayList<>();
		String[] sides = phrase.split("\\.\\.\\.", -1);
		for (int s = 0; s < sides.length; s++) {
			if (s > 0) {
				elements.add(GAP);
			}
			for (String word : sides[s].replace(NUMBER, " " + NUMBER + " ").trim().split("\\s+")) {
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

	/** One search: the token range, its number flags and the best hit per category at one position. */
	private final class Search {

		final Tokens tokens;

		final int from;

		final int to;

		final boolean[] numbers;

		final int[] path = new int[longestPhrase];

		final List<Hit<C>> longest = new ArrayList<>(Collections.nCopies(categories, null));

		/** Categories with a hit at the current position, so only those are visited. */
		final List<C> reached = new ArrayList<>();

		Search(Tokens tokens, int from, int to) {
			this.tokens = tokens;
			this.from = from;
			this.to = to;
			this.numbers = new boolean[to - from];
			for (int t = from; t < to; t++) {
				numbers[t - from] = tokens.isDigits(t) || numberWords.contains(tokens.lower(t));
			}
		}

		/** Follows every way the trie continues from {@code node} with the token at {@code pos}. */
		void step(Node<C> node, int pos, int depth) {
			if (pos >= to) {
				return;
			}
			Node<C> word = node.words.get(tokens.lower(pos));
			if (word != null) {
				path[depth] = pos;
				arrive(word, pos + 1, depth + 1);
			}
			if (node.number != null && numbers[pos - from]) {
				path[depth] = pos;
				arrive(node.number, pos + 1, depth + 1);
			}
		}

		void arrive(Node<C> node, int pos, int depth) {
			for (C cue : node.ends) {
				Hit<C> best = longest.get(cue.ordinal());
				if (best == null) {
					reached.add(cue);
				}
				if (best == null || pos > best.endToken()) {
					longest.set(cue.ordinal(), new Hit<>(cue, Arrays.copyOf(path, depth)));
				}
			}
			step(node, pos, depth);
			node.gaps.forEach((maxGap, gap) -> {
				for (int q = pos; q <= pos + maxGap && q < to; q++) {
					step(gap, q, depth);
				}
			});
		}

	}

	/** All hits inside tokens {@code [from, to)}, in order of their first token. */
	public List<Hit<C>> find(Tokens tokens, int from, int to) {
		List<Hit<C>> hits = new ArrayList<>();
		if (from >= to) {
			return hits;
		}
		Search search = new Search(tokens, from, to);
		int[] coveredUntil = new int[categories];
		for (int p = from; p < to; p++) {
			search.step(root, p, 0);
			for (C cue : search.reached) {
				Hit<C> hit = search.longest.get(cue.ordinal());
				if (p >= coveredUntil[cue.ordinal()]) {
					hits.add(hit);
					coveredUntil[cue.ordinal()] = hit.endToken();
				}
				search.longest.set(cue.ordinal(), null);
			}
			search.reached.clear();
		}
		return hits;
	}

}
