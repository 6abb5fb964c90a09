package dev.storysmith.question;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The English analysis the question search uses, for every module that compares text with the
 * bank: StandardTokenizer, possessives, lower case, stop words, Porter stems; queries also get
 * the bank's synonym list ({@code synonyms.txt}). One instance belongs to one bank snapshot and
 * is immutable; Lucene analyzers may be shared by concurrent threads.
 */
public final class TextAnalysis {

	/** Lucene's English stop words without "no", "not" and "on" (on-call), plus the pronouns of "tell me about a time I...". */
	private static final CharArraySet STOP_WORDS = new CharArraySet(Arrays.asList("a", "an", "and", "are", "as", "at",
			"be", "but", "by", "for", "if", "in", "into", "is", "it", "of", "or", "such", "that", "the", "their", "then",
			"there", "these", "they", "this", "to", "was", "will", "with", "i", "me", "my", "we", "our", "you", "your",
			"about"), false);

	/** The field name analyzers are asked for; every field is analysed alike. */
	private static final String ANY_FIELD = "text";

	/** A stemmed word and where it stands in the analysed text: {@code text.substring(start, end)} is the word as written. */
	public record Token(String term, int start, int end) {
	}

	private final Analyzer indexAnalyzer = new BankAnalyzer(null);

	private final Analyzer queryAnalyzer;

	private final Set<String> synonymTerms;

	private TextAnalysis(SynonymMap synonyms, Set<String> synonymTerms) {
		this.queryAnalyzer = new BankAnalyzer(synonyms);
		this.synonymTerms = synonymTerms;
	}

	/**
	 * @param synonyms the bank's synonym list in Solr format (one group of equivalent words a line)
	 * @throws ParseException when the synonym list cannot be read
	 */
	public static TextAnalysis of(String synonyms) throws ParseException {
		Analyzer plain = new BankAnalyzer(null);
		SynonymMap map = parseSynonyms(synonyms, plain);
		String groups = synonyms.lines().filter(line -> !line.strip().startsWith("#")).collect(Collectors.joining("\n"));
		return new TextAnalysis(map, Set.copyOf(terms(plain, groups)));
	}

	/** Without synonyms: what the bank uses when its list cannot be read. */
	static TextAnalysis withoutSynonyms() {
		try {
			return of("");
		}
		catch (ParseException ex) {
			throw new IllegalStateException("an empty synonym list always parses", ex);
		}
	}

	private static SynonymMap parseSynonyms(String synonyms, Analyzer analyzer) throws ParseException {
		SolrSynonymParser parser = new SolrSynonymParser(true, true, analyzer);
		try {
			parser.parse(new StringReader(synonyms));
			return parser.build();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (IllegalArgumentException ex) {
			ParseException failure = new ParseException(ex.getMessage(), 0);
			failure.initCause(ex);
			throw failure;
		}
	}

	/** For text that is stored and searched: no synonyms, so highlights and offsets stay on the words written. */
	public Analyzer indexAnalyzer() {
		return indexAnalyzer;
	}

	/** For text that is searched for: the index analysis plus the bank's synonyms (a query for "outage" also asks for "incident"). */
	public Analyzer queryAnalyzer() {
		return queryAnalyzer;
	}

	/** The stemmed words of {@code text} with their offsets, in order; stop words are left out. */
	public List<Token> tokens(String text) {
		List<Token> tokens = new ArrayList<>();
		try (TokenStream stream = indexAnalyzer.tokenStream(ANY_FIELD, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return tokens;
	}

	/** The stemmed words of {@code text}, in order. */
	public List<String> terms(String text) {
		return terms(indexAnalyzer, text);
	}

	/** The stems a search for {@code text} looks for: its own and those of their synonyms. */
	public List<String> queryTerms(String text) {
		return terms(queryAnalyzer, text);
	}

	/** Every stem the synonym list names: words a search understands even when no question uses them. */
	Set<String> synonymTerms() {
		return synonymTerms;
	}

	private static List<String> terms(Analyzer analyzer, String text) {
		List<String> terms = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream(ANY_FIELD, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return terms;
	}

	/** Tokens, possessives, lower case, stop words, Porter stems; then synonyms when given a map (queries). */
	private static final class BankAnalyzer extends Analyzer {

		private final SynonymMap synonyms;

		BankAnalyzer(SynonymMap synonyms) {
			this.synonyms = synonyms;
		}

		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			Tokenizer source = new StandardTokenizer();
			TokenStream stream = new EnglishPossessiveFilter(source);
			stream = new LowerCaseFilter(stream);
			stream = new StopFilter(stream, STOP_WORDS);
			stream = new PorterStemFilter(stream);
			if (synonyms != null && synonyms.fst != null) {
				stream = new SynonymGraphFilter(stream, synonyms, true);
			}
			return new TokenStreamComponents(source, stream);
		}

		@Override
		protected TokenStream normalize(String fieldName, TokenStream in) {
			return new LowerCaseFilter(in);
		}

		@Override
		public int getPositionIncrementGap(String fieldName) {
			return 100;
		}

	}

}
