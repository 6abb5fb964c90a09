package dev.storysmith.rubric.text;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.storysmith.rubric.text.PhraseMatcher.Hit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PhraseMatcherTests {

	enum Kind {
		DECISION, FILLER, SCOPE, OWNERSHIP
	}

	private final PhraseMatcher<Kind> matcher = new PhraseMatcher<>(Kind.class, phrases(),
			kind -> kind == Kind.DECISION ? 6 : 2, Set.of("five"));

	private static Map<Kind, List<String>> phrases() {
		Map<Kind, List<String>> phrases = new LinkedHashMap<>();
		phrases.put(Kind.DECISION, List.of("chose ... over", "instead of", "a/b test"));
		phrases.put(Kind.FILLER, List.of("a lot", "a lot of", "lot"));
		phrases.put(Kind.SCOPE, List.of("team of #", "# ... engineers"));
		phrases.put(Kind.OWNERSHIP, List.of("i ... led"));
		return phrases;
	}

	private List<String> found(String text) {
		Tokens tokens = Tokens.of(text);
		return matcher.find(tokens, 0, tokens.count())
			.stream()
			.map(hit -> hit.cue() + ":" + text.substring(tokens.start(hit.firstToken()), tokens.end(hit.endToken() - 1)))
			.toList();
	}

	@Test
	void matchesWholeWordsIgnoringCaseAndPunctuation() {
		assertThat(found("INSTEAD OF an A-B Test, nothing insteadof")).containsExactly("DECISION:INSTEAD OF",
				"DECISION:A-B Test");
	}

	@Test
	void gapsAllowUpToTheCategorysMaximumWords() {
		assertThat(found("I chose the small managed queue service over Kafka")).containsExactly(
				"DECISION:chose the small managed queue service over");
		assertThat(found("I chose a b c d e f g over h")).isEmpty();
		assertThat(found("I then led it")).containsExactly("OWNERSHIP:I then led");
		assertThat(found("I told them the team led")).isEmpty();
	}

	@Test
	void reportsOnlyTheMatchedWordsOfAPhraseNotTheWordsInItsGap() {
		Tokens tokens = Tokens.of("we chose caching over runners");
		List<Hit<Kind>> hits = matcher.find(tokens, 0, tokens.count());
		assertThat(hits).singleElement().satisfies(hit -> assertThat(hit.words()).containsExactly(1, 3));
	}

	@Test
	void numberWildcardMatchesDigitsAndNumberWords() {
		assertThat(found("a team of 12 and five senior engineers")).containsExactly("SCOPE:team of 12",
				"SCOPE:five senior engineers");
	}

	@Test
	void longestPhraseWinsAndOverlapsOfOneCategoryCountOnce() {
		assertThat(found("a lot of stuff and a lot")).containsExactly("FILLER:a lot of", "FILLER:a lot");
	}

	@Test
	void searchesOnlyTheGivenTokenRange() {
		Tokens tokens = Tokens.of("instead of this, instead of that");
		assertThat(matcher.find(tokens, 1, 4)).isEmpty();
		assertThat(matcher.find(tokens, 3, 6)).extracting(hit -> Arrays.toString(hit.words())).containsExactly("[3, 4]");
	}

	@Test
	void rejectsPhrasesThatCannotMatch() {
		assertThatIllegalArgumentException().isThrownBy(() -> PhraseMatcher.parse("... over"));
		assertThatIllegalArgumentException().isThrownBy(() -> PhraseMatcher.parse("!!"));
	}

}
