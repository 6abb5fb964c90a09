package dev.storysmith.rubric.text;

import java.util.Set;

/**
 * How a sentence opens, read with grammar where words alone cannot tell: with a verb in the past
 * tense and no subject ("- Profiled the ingest path", "2) Rolled back the deploy"), the implied "I"
 * of a first-person list, or with a verb in the base form, an imperative ("Test the rollback before
 * the rollout").
 *
 * <p>A list number ("2)") and a short label ("Action:") before the first word are skipped, and so is
 * one opening adverb ("Then rolled back...", "Always test..."). The part-of-speech tagger runs only
 * when the caller asks and the first word could be what it asks for, so most sentences never reach
 * it: an implied "I" needs a first word that ends in "-ed" or is an irregular past form ("led",
 * "wrote"), which the tagger, reading the sentence after "I", confirms is the verb of the sentence,
 * not a word describing its subject ("Shared state caused...", see {@link #ownSubject}). An imperative needs the tagger to call the first word a verb that is not a past or
 * "-ing" form when the sentence is read after "Please" (see {@link #words}), and not followed by
 * a past form ("Finance thanked the team" tells an event).
 */
public final class Openings {

	/** Where the opening word is and what it is. */
	public record Opening(int token, boolean pastVerb, boolean imperative) {

		public static final Opening NONE = new Opening(-1, false, false);

	}

	private static final int MAX_LABEL_TOKENS = 4;

	private static final String VERB = "VERB";

	private static final String AUX = "AUX";

	private static final String ADVERB = "ADV";

	private static final String INTERJECTION = "INTJ";

	private static final String PRONOUN = "PRON";

	private static final String PLEASE = "Please";

	/** Read after "I", a past form that can be a verb is tagged as one ("I profiled the path"). */
	private static final String I = "I";

	private static final String ADPOSITION = "ADP";

	private static final java.util.Set<String> NOMINAL = java.util.Set.of("NOUN", "PROPN", "ADJ", "NUM");

	private final PartOfSpeech tagger;

	private final Set<String> irregularPast;

	private final Set<String> openingAdverbs;

	private final Set<String> pastAndBase;

	private final Set<String> notImperative;

	/**
	 * @param irregularPast lower-case past forms that do not end in "-ed" ("led", "wrote", "cut")
	 * @param pastAndBase the irregular past forms that are also base forms ("cut", "set"): past in an
	 *     action list, imperative in a lesson
	 * @param openingAdverbs lower-case adverbs that may stand before the opening verb ("then", "always")
	 * @param notImperative lower-case words that never open an imperative ("i", "the", "since"), so
	 *     a sentence opening with one is not tagged
	 */
	public Openings(PartOfSpeech tagger, Set<String> irregularPast, Set<String> pastAndBase, Set<String> openingAdverbs,
			Set<String> notImperative) {
		this.notImperative = Set.copyOf(notImperative);
		this.tagger = tagger;
		this.irregularPast = Set.copyOf(irregularPast);
		this.pastAndBase = Set.copyOf(pastAndBase);
		this.openingAdverbs = Set.copyOf(openingAdverbs);
	}

	/**
	 * The opening of the sentence made of tokens {@code [first, end)} of {@code text}.
	 * @param past whether to look for a past-tense verb with no subject
	 * @param imperative whether to look for an imperative
	 */
	public Opening of(String text, Tokens tokens, int first, int end, boolean past, boolean imperative) {
		int head = head(text, tokens, first, end);
		if (head >= end || !past && !imperative) {
			return Opening.NONE;
		}
		int verb = head + 1 < end && openingAdverbs.contains(tokens.lower(head)) ? head + 1 : head;
		String word = tokens.lower(verb);
		boolean pastForm = word.endsWith("ed") || irregularPast.contains(word);
		if (!(past && pastForm) && !imperative) {
			return new Opening(verb, false, false);
		}
		int at = verb - head;
		boolean pastVerb = false;
		if (past && pastForm) {
			String[] words = words(text, tokens, head, end, I);
			pastVerb = isVerb(tagger.tags(words), at + 1, false) && !ownSubject(tagger.tags(words), words, at + 1);
		}
		boolean base = false;
		boolean pastNext = verb + 1 < end && (tokens.lower(verb + 1).endsWith("ed") || irregularPast.contains(tokens.lower(verb + 1)));
		if (imperative && !notImperative.contains(word) && !word.endsWith("ed") && !word.endsWith("ing") && !thirdPerson(word) && !pastNext
				&& (!irregularPast.contains(word) || pastAndBase.contains(word))) {
			String[] words = words(text, tokens, head, end, PLEASE);
			String[] tags = tagger.tags(words);
			base = isVerb(tags, at + 1, true) && !ownSubject(tags, words, at + 1);
		}
		// "Split state by blast radius": a word that is both forms reads as an imperative where one is asked for
		return new Opening(verb, pastVerb && !(base && pastAndBase.contains(word)), base);
	}

	/**
	 * Whether the opening word only names or modifies the subject of a verb that follows ("Shared
	 * state caused the race", "Speed mattered", "Finance thanked the team"): a run of nouns and adjectives with no determiner, or
	 * nothing, and then a finite verb. "Profiled the ingest path" has an object instead, and
	 * "Introduced test selection based on..." a participle ("based on"), not a finite verb.
	 */
	private static boolean ownSubject(String[] tags, String[] words, int verb) {
		for (int i = verb + 1; i < tags.length; i++) {
			if (NOMINAL.contains(tags[i])) {
				continue;
			}
			boolean finite = AUX.equals(tags[i]) || VERB.equals(tags[i]) && !words[i].endsWith("ing")
					&& !(i + 1 < tags.length && ADPOSITION.equals(tags[i + 1]));
			return finite;
		}
		return false;
	}

	/** "Deploys", "runs": a verb in the third person opens a statement, not an imperative. */
	private static boolean thirdPerson(String word) {
		return word.endsWith("s") && !word.endsWith("ss");
	}

	/** Whether the tag at {@code at} is a verb ("be", "do" count), after nothing but adverbs (and "I" or "please"). */
	private static boolean isVerb(String[] tags, int at, boolean auxiliaries) {
		for (int i = 0; i < at; i++) {
			if (!ADVERB.equals(tags[i]) && !(i == 0 && (INTERJECTION.equals(tags[i]) || PRONOUN.equals(tags[i])))) {
				return false;
			}
		}
		return VERB.equals(tags[at]) || auxiliaries && AUX.equals(tags[at]);
	}

	/**
	 * The sentence's words from {@code head}, in their original case, after a word that sets the
	 * reading: "I" for an implied subject, "Please" for an imperative. Without it the model tags a
	 * sentence-initial "Test", "Measure" or "Chose" as a noun.
	 */
	private static String[] words(String text, Tokens tokens, int head, int end, String prefix) {
		String[] words = new String[Math.min(end - head + 1, PartOfSpeech.MAX_WORDS)];
		words[0] = prefix;
		for (int i = 1; i < words.length; i++) {
			String word = text.substring(tokens.start(head + i - 1), tokens.end(head + i - 1));
			words[i] = i == 1 ? word.toLowerCase(java.util.Locale.ROOT) : word;
		}
		return words;
	}

	/** The first word after a list number ("2)") and a short label ("Action:", "Step two:"). */
	private static int head(String text, Tokens tokens, int first, int end) {
		int head = first;
		if (head < end && tokens.isDigits(head) && tokens.end(head) < text.length()
				&& (text.charAt(tokens.end(head)) == ')' || text.charAt(tokens.end(head)) == '.')) {
			head++;
		}
		for (int t = head; t < Math.min(end - 1, head + MAX_LABEL_TOKENS); t++) {
			int after = tokens.end(t);
			if (after < text.length() && text.charAt(after) == ':') {
				return t + 1;
			}
		}
		return head;
	}

}
