package dev.storysmith.rubric.rules;

import java.util.List;
import java.util.Set;

import dev.storysmith.rubric.Evidence;
import dev.storysmith.rubric.Finding;
import dev.storysmith.rubric.text.PhraseMatcher.Hit;
import dev.storysmith.rubric.text.Span;

/**
 * One sentence with everything the criteria ask of it, computed once.
 *
 * @param section the section it is in
 * @param span its characters in the section text
 * @param words spoken words
 * @param tokens word tokens
 * @param hits cue phrases found in it
 * @param cues the categories of {@code hits}, each once however often it occurs
 * @param keywordHits how many of the hits are rubric keywords (gate.keywordCues)
 * @param content whether it carries content: enough concrete words, not mostly rubric keywords,
 *     not a bare list, not a repeat of an earlier sentence. Only content sentences earn credit.
 * @param firstPersonActor whether the speaker acts in it ("I migrated", not "I think"), in words or,
 *     in a story told by "I", by an item that opens with a past verb ("- Rolled back the deploy")
 * @param impliedActor whether that actor is the implied "I" of such an item
 * @param reflection whether it is in a reflection section or a block labelled as one ("Lessons:")
 * @param imperative whether it opens with an imperative ("Test the rollback first"); only looked
 *     for in reflection blocks and the last sentences of a draft
 * @param stems crude stems of its content words, to tie a lesson to the story it closes
 * @param quantities outcome numbers with units
 * @param baselineResults baseline -> result forms ("from 1.4 s to 420 ms", "cut ... by 40%")
 */
public record AnalyzedSentence(AnalyzedSection section, Span span, int words, int tokens, List<Hit<Cue>> hits,
		Set<Cue> cues, int keywordHits, boolean content, boolean firstPersonActor, boolean impliedActor,
		boolean reflection, boolean imperative, Set<String> stems, List<Span> quantities, List<Span> baselineResults) {

	public boolean has(Cue cue) {
		return cues.contains(cue);
	}

	/** Whether somebody acts in it: the speaker, or the team ("we", "our team"). */
	public boolean someoneActs() {
		return firstPersonActor || cues.contains(Cue.TEAM);
	}

	/** A content sentence with a cue of this category: one that earns credit for it. */
	public boolean counts(Cue cue) {
		return content && cues.contains(cue);
	}

	public Span spanOf(Hit<Cue> hit) {
		return new Span(section.tokens().start(hit.firstToken()), section.tokens().end(hit.endToken() - 1));
	}

	/** The whole sentence as evidence. */
	public Evidence evidence() {
		return section.evidence(span);
	}

	/** The first cue of this category as evidence ("I proposed"), or the sentence if it has none. */
	public Evidence evidence(Cue cue) {
		return section.evidence(hits.stream().filter(hit -> hit.cue() == cue).findFirst().map(this::spanOf).orElse(span));
	}

	public Finding finding(String rule, String message) {
		return section.finding(rule, span, message);
	}

}
