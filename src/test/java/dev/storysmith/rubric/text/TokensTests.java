package dev.storysmith.rubric.text;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokensTests {

	private static List<String> lowerTokens(String text) {
		Tokens tokens = Tokens.of(text);
		List<String> words = new ArrayList<>();
		for (int i = 0; i < tokens.count(); i++) {
			words.add(tokens.lower(i));
		}
		return words;
	}

	@Test
	void splitsOnPunctuationButKeepsContractionsAndDecimals() {
		assertThat(lowerTokens("I’d cut p95 from 1.4 s to 420ms for 2,000 users, didn't I?"))
			.containsExactly("i'd", "cut", "p95", "from", "1.4", "s", "to", "420ms", "for", "2,000", "users", "didn't", "i");
	}

	@Test
	void keepsOffsetsIntoTheOriginalText() {
		String text = "  A/B test: +3.1%";
		Tokens tokens = Tokens.of(text);
		assertThat(tokens.count()).isEqualTo(4);
		for (int i = 0; i < tokens.count(); i++) {
			assertThat(text.substring(tokens.start(i), tokens.end(i)).toLowerCase()).isEqualTo(tokens.lower(i));
		}
		assertThat(tokens.isDigits(3)).isTrue();
		assertThat(tokens.isDigits(0)).isFalse();
	}

	@Test
	void treatsCombiningMarksAsPartOfAWordAndLoneSurrogatesAsSeparators() {
		assertThat(lowerTokens("cafe\u0301 x\uD800y \uD83D\uDE80 \u05E9\u05DC\u05D5\u05DD"))
			.containsExactly("cafe\u0301", "x", "y", "\u05E9\u05DC\u05D5\u05DD");
	}

	@Test
	void findsTheFirstTokenAtOrAfterAnOffset() {
		Tokens tokens = Tokens.of("one two three");
		assertThat(tokens.firstAtOrAfter(0)).isEqualTo(0);
		assertThat(tokens.firstAtOrAfter(1)).isEqualTo(1);
		assertThat(tokens.firstAtOrAfter(4)).isEqualTo(1);
		assertThat(tokens.firstAtOrAfter(100)).isEqualTo(3);
	}

	@Test
	void countsSpokenWordsAsWhitespaceSeparatedChunksWithALetterOrDigit() {
		String text = "A trade-off - p95 fell to 420 ms (-53%).\n\u00A0 \u2014 done";
		assertThat(Tokens.countWords(text, 0, text.length())).isEqualTo(9);
		assertThat(Tokens.countWords("", 0, 0)).isZero();
		assertThat(Tokens.countWords(" \t\n ", 0, 4)).isZero();
	}

}
