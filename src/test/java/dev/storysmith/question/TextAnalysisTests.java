package dev.storysmith.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class TextAnalysisTests {

	@Test
	void tokensAreStemsWithTheOffsetsOfTheWordsAsWritten() throws ParseException {
		TextAnalysis analysis = TextAnalysis.of(QuestionFixtures.SYNONYMS);
		String text = "The team's Outages were handled on-call.";

		List<TextAnalysis.Token> tokens = analysis.tokens(text);

		assertThat(tokens).extracting(TextAnalysis.Token::term).containsExactly("team", "outag", "were", "handl", "on", "call");
		assertThat(tokens).extracting(t -> text.substring(t.start(), t.end()))
			.containsExactly("team's", "Outages", "were", "handled", "on", "call");
	}

	@Test
	void onlyTheQueryAnalyzerKnowsTheSynonyms() throws ParseException, IOException {
		TextAnalysis analysis = TextAnalysis.of("outage, incident\n");

		assertThat(terms(analysis.queryAnalyzer().tokenStream("f", "outages"))).containsExactlyInAnyOrder("outag", "incid");
		assertThat(terms(analysis.indexAnalyzer().tokenStream("f", "outages"))).containsExactly("outag");
		assertThat(analysis.queryTerms("outages")).containsExactlyInAnyOrder("outag", "incid");
		assertThat(analysis.synonymTerms()).containsExactlyInAnyOrder("outag", "incid");
	}

	private static List<String> terms(TokenStream stream) throws IOException {
		List<String> terms = new ArrayList<>();
		try (stream) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		return terms;
	}

}
