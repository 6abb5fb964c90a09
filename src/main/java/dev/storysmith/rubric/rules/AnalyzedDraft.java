package dev.storysmith.rubric.rules;

import java.util.Arrays;
import java.util.List;

import dev.storysmith.rubric.FrameworkShape;
import dev.storysmith.rubric.SectionKind;

/**
 * A draft analysed once for all criteria.
 *
 * @param sections text outside any framework section first (if any), then, unless the draft is
 *     unlabeled, every framework section in order, empty ones included
 * @param sentences every sentence, in section order
 * @param unlabeled whether the whole story is one free text with no section labels; structure
 *     is then judged from the flow of the text instead of from sections
 * @param words spoken words in the whole draft
 */
public record AnalyzedDraft(FrameworkShape framework, List<AnalyzedSection> sections, List<AnalyzedSentence> sentences,
		boolean unlabeled, int words) {

	public boolean frameworkHas(SectionKind kind) {
		return framework.sections().stream().anyMatch(section -> section.kind() == kind);
	}

	public List<AnalyzedSentence> sentencesIn(AnalyzedSection section) {
		return sentences.stream().filter(sentence -> sentence.section() == section).toList();
	}

	/** Content sentences with a cue of this category, the ones that earn credit for it. */
	public List<AnalyzedSentence> counting(Cue cue) {
		return sentences.stream().filter(sentence -> sentence.counts(cue)).toList();
	}

	/** Content sentences with a cue of any of these categories, each once, in order. */
	public List<AnalyzedSentence> countingAny(Cue... cues) {
		return sentences.stream().filter(sentence -> Arrays.stream(cues).anyMatch(sentence::counts)).toList();
	}

	/**
	 * Sentences that tell what somebody did, where the speaker should be the actor: every
	 * sentence of an Action section; in unlabeled text, every sentence with an actor ("I", "we").
	 */
	public List<AnalyzedSentence> actionSentences(int minTokens) {
		return sentences.stream()
			.filter(s -> s.tokens() >= minTokens)
			.filter(s -> s.section().isAction() || unlabeled && s.someoneActs())
			.toList();
	}

}
