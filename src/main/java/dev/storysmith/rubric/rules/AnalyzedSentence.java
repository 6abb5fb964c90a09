package dev.storysmith.rubric.rules;

import java.util.List;
import java.util.Set;

import dev.storysmith.rubric.Evidence;
import dev.storysmith.rubric.Finding;
import dev.storysmith.rubric.text.PhraseMatcher.Hit;
import dev.storysmith.rubric.text.Span;

/**
 * One sentence of a draft with everything the criteria ask of it: its {@link SentenceAnalysis}
 * (shared by every draft with the same sentence) read in this draft and placed at its offsets.
 * Offsets of spans are into the section text; token indices of {@link #hits()} count from the
 * sentence's first token (use {@link #spanOf} for their characters).
 */
public final class AnalyzedSentence {

	private final AnalyzedSection section;

	private final Span span;

	private final SentenceAnalysis analysis;

	private final SentenceAnalysis.Reading reading;

	private final boolean content;

	private final boolean reflection;

	private final List<Span> quantities;

	private final List<Span> baselineResults;

	AnalyzedSentence(AnalyzedSection section, Span span, SentenceAnalysis analysis, SentenceAnalysis.Reading reading,
			boolean content, boolean reflection) {
		this.section = section;
		this.span = span;
		this.analysis = analysis;
		this.reading = reading;
		this.content = content;
		this.reflection = reflection;
		this.quantities = placed(analysis.quantities(), span.start());
		this.baselineResults = placed(analysis.baselineResults(), span.start());
	}

	private static List<Span> placed(List<Span> relative, int offset) {
		return relative.isEmpty() ? relative : relative.stream().map(s -> new Span(s.start() + offset, s.end() + offset)).toList();
	}

	/** The section it is in. */
	public AnalyzedSection section() {
		return section;
	}

	/** Its characters in the section text. */
	public Span span() {
		return span;
	}

	/** Spoken words. */
	public int words() {
		return analysis.words();
	}

	/** Word tokens. */
	public int tokens() {
		return analysis.tokens().count();
	}

	/** Cue phrases found in it; token indices count from the sentence's first token. */
	public List<Hit<Cue>> hits() {
		return reading.hits();
	}

	/** The categories of {@link #hits()}, each once however often it occurs. */
	public Set<Cue> cues() {
		return reading.cues();
	}

	/** How many of the hits are rubric keywords (gate.keywordCues). */
	public int keywordHits() {
		return reading.keywordHits();
	}

	/**
	 * Whether it carries content: enough concrete words, not mostly rubric keywords, not a bare
	 * list, not a repeat of an earlier sentence. Only content sentences earn credit.
	 */
	public boolean content() {
		return content;
	}

	/**
	 * Whether the speaker acts in it ("I migrated", not "I think"), in words or, in a story told by
	 * "I", by an item that opens with a past verb ("- Rolled back the deploy").
	 */
	public boolean firstPersonActor() {
		return reading.firstPersonActor();
	}

	/** Whether that actor is the implied "I" of such an item. */
	public boolean impliedActor() {
		return reading.impliedActor();
	}

	/** Whether it is in a reflection section or a block labelled as one ("Lessons:"). */
	public boolean reflection() {
		return reflection;
	}

	/**
	 * Whether it opens with an imperative ("Test the rollback first"); only looked for in reflection
	 * blocks and the last sentences of a draft.
	 */
	public boolean imperative() {
		return reading.imperative();
	}

	/** Crude stems of its content words, to tie a lesson to the story it closes. */
	public Set<String> stems() {
		return reading.stems();
	}

	/** Outcome numbers with units. */
	public List<Span> quantities() {
		return quantities;
	}

	/** Baseline -> result forms ("from 1.4 s to 420 ms", "cut ... by 40%"). */
	public List<Span> baselineResults() {
		return baselineResults;
	}

	public boolean has(Cue cue) {
		return reading.cues().contains(cue);
	}

	/** Whether somebody acts in it: the speaker, or the team ("we", "our team"). */
	public boolean someoneActs() {
		return reading.firstPersonActor() || reading.cues().contains(Cue.TEAM);
	}

	/** A content sentence with a cue of this category: one that earns credit for it. */
	public boolean counts(Cue cue) {
		return content && reading.cues().contains(cue);
	}

	/** The characters of a hit in the section text. */
	public Span spanOf(Hit<Cue> hit) {
		return new Span(span.start() + analysis.tokens().start(hit.firstToken()),
				span.start() + analysis.tokens().end(hit.endToken() - 1));
	}

	/** The whole sentence as evidence. */
	public Evidence evidence() {
		return section.evidence(span);
	}

	/** The first cue of this category as evidence ("I proposed"), or the sentence if it has none. */
	public Evidence evidence(Cue cue) {
		return section.evidence(hits().stream().filter(hit -> hit.cue() == cue).findFirst().map(this::spanOf).orElse(span));
	}

	public Finding finding(String rule, String message) {
		return section.finding(rule, span, message);
	}

}
