package dev.storysmith.rubric.text;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceSplitterTests {

	private final SentenceSplitter splitter = new SentenceSplitter(Set.of("e.g", "vs"));

	private List<String> sentences(String text) {
		return splitter.split(text).stream().map(span -> text.substring(span.start(), span.end())).toList();
	}

	@Test
	void splitsAtTerminalPunctuationFollowedBySpace() {
		assertThat(sentences("p95 fell to 1.4 s. Then it rose again! Why? Nobody knew…"))
			.containsExactly("p95 fell to 1.4 s.", "Then it rose again!", "Why?", "Nobody knew…");
	}

	@Test
	void keepsAbbreviationsAndClosingQuotesInsideTheSentence() {
		assertThat(sentences("We compared caches, e.g. Redis vs. Memcached. He said \"ship it.\" So we did."))
			.containsExactly("We compared caches, e.g. Redis vs. Memcached.", "He said \"ship it.\"", "So we did.");
	}

	@Test
	void endsSentencesAtBlankLinesAndListItemsButNotAtSoftLineBreaks() {
		assertThat(sentences("I rewrote the retry\nlogic\n\nThen:\n- added alerts\n* wrote a runbook\n2) trained on-call"))
			.containsExactly("I rewrote the retry\nlogic", "Then:", "- added alerts", "* wrote a runbook", "2) trained on-call");
	}

	@Test
	void trimsWhitespaceAndSkipsEmptySentences() {
		assertThat(splitter.split("   ")).isEmpty();
		assertThat(splitter.split("")).isEmpty();
		assertThat(sentences("  Done.   \n\n  ")).containsExactly("Done.");
	}

}
