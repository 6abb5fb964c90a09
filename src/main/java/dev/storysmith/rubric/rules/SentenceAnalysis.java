package dev.storysmith.rubric.rules;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;

import dev.storysmith.rubric.text.PhraseMatcher.Hit;
import dev.storysmith.rubric.text.Span;
import dev.storysmith.rubric.text.Tokens;

/**
 * What one sentence says on its own, whatever draft it sits in: everything {@link DraftAnalyzer}
 * finds in the sentence's text alone, with offsets relative to the sentence (character 0 and token 0
 * are its first). {@link DraftAnalyzer} keeps these in a bounded cache keyed by the sentence text,
 * so rescoring a draft after an edit analyses only the sentences that changed; an
 * {@link AnalyzedSentence} places one in its draft.
 *
 * <p>Two facts of the draft change how a sentence reads (see {@link Reading}): whether the story is
 * told by "I" (then an item with a past verb and no subject has an implied "I") and whether the
 * sentence is in a reflection block or closes the draft (then an imperative is a lesson). The few
 * readings a sentence can have are kept here too, each computed the first time it is asked for.
 * Immutable once read; a reading computed twice by two threads at once is the same reading.
 *
 * @param tokens the sentence's word tokens
 * @param words spoken words
 * @param cueHits cue phrases found by the phrase matcher, before any reading adds an ownership cue
 * @param normalized its lower-cased words joined by single spaces, to spot a repeated sentence
 * @param clauses comma- or semicolon-separated parts (the content gate asks for enough words per part)
 * @param firstPersonWord whether "I", "my", "me" or the like is among its words
 * @param opensWithTeam whether its first word is "we" or "us"
 * @param stated whether the speaker acts in words ("I migrated", not only "I think")
 * @param hasDigit whether a number is among its tokens
 * @param quantities outcome numbers with units, relative to the sentence
 * @param baselineResults baseline -> result forms, relative to the sentence
 * @param readings the readings computed so far, by {@link #reading}'s index; empty slots are null
 */
record SentenceAnalysis(Tokens tokens, int words, List<Hit<Cue>> cueHits, String normalized, int clauses,
		boolean firstPersonWord, boolean opensWithTeam, boolean stated, boolean hasDigit, List<Span> quantities,
		List<Span> baselineResults, AtomicReferenceArray<Reading> readings) {

	/** The readings a sentence can have: implied "I" looked for or not, imperative looked for or not. */
	static final int READINGS = 4;

	/**
	 * The sentence as read in a draft.
	 *
	 * @param hits cue phrases, with an ownership cue for an implied "I" that opens with an ownership
	 *     verb ("- Led the migration"); token indices relative to the sentence
	 * @param cues the categories of {@code hits}
	 * @param keywordHits how many hits are rubric keywords
	 * @param passesGate whether it carries content by the content gate, before repeats are ruled out
	 * @param firstPersonActor whether the speaker acts in it, in words or by an implied "I"
	 * @param impliedActor whether that actor is an implied "I"
	 * @param imperative whether it opens with an imperative
	 * @param stems crude stems of its content words
	 */
	record Reading(List<Hit<Cue>> hits, Set<Cue> cues, int keywordHits, boolean passesGate, boolean firstPersonActor,
			boolean impliedActor, boolean imperative, Set<String> stems) {
	}

	/**
	 * The reading in a draft that looks for an implied "I" ({@code past}) and an imperative
	 * ({@code imperative}) or not; {@code read} computes it the first time.
	 */
	Reading reading(boolean past, boolean imperative, Supplier<Reading> read) {
		int index = (past ? 1 : 0) + (imperative ? 2 : 0);
		Reading reading = readings.get(index);
		if (reading == null) {
			reading = read.get();
			readings.set(index, reading);
		}
		return reading;
	}

}
