package dev.storysmith.question;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.NullFragmenter;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

/**
 * The Lucene index of one bank snapshot: the bank's {@link TextAnalysis} (English, stemmed,
 * synonyms applied to queries), BM25 over title, prompt, competencies and listen-for notes. Queries
 * are analysed as plain words (never parsed as Lucene syntax), so no input can fail to parse.
 * Immutable once built and safe for concurrent searches.
 */
final class QuestionIndex {

	/** Words of a query beyond this are ignored, which keeps every query far below Lucene's clause limit. */
	static final int MAX_QUERY_WORDS = 24;

	/** Characters of a query beyond this are ignored (the forms accept 200). */
	static final int MAX_QUERY_CHARS = 400;

	/** Longer words are not looked up with typos allowed: no real word is that long, and the automaton grows with it. */
	private static final int MAX_FUZZY_TERM = 20;

	private static final String ID = "id";

	private static final String TITLE = "title";

	private static final String PROMPT = "prompt";

	private static final String COMPETENCIES = "competencies";

	private static final String LISTEN_FOR = "listenFor";

	/** Every text field again, so that each word of a query must occur somewhere. */
	private static final String ALL = "all";

	private static final String COMPETENCY_ID = "competencyId";

	private static final String DIFFICULTY = "difficulty";


	private static final SimpleHTMLEncoder ENCODER = new SimpleHTMLEncoder();

	private static final SimpleHTMLFormatter MARK = new SimpleHTMLFormatter("<mark>", "</mark>");

	/** What the index needs of one question: plain text, no markdown. */
	record Entry(String id, String title, String prompt, List<String> competencyIds, String competencyNames,
			String listenFor, Difficulty difficulty) {
	}

	/** A ranked search: the ids, best first, and the query that found them (for highlighting). */
	record Result(List<String> ids, Optional<Query> query) {
	}

	private final TextAnalysis analysis;

	private final IndexSearcher searcher;

	/** Every stem a search can match: the indexed words and those of the synonym list. */
	private final Set<String> vocabulary;

	private QuestionIndex(TextAnalysis analysis, IndexSearcher searcher, Set<String> vocabulary) {
		this.analysis = analysis;
		this.searcher = searcher;
		this.vocabulary = vocabulary;
	}

	/** Indexes the entries with {@code analysis}, which the searches then use too. */
	static QuestionIndex build(List<Entry> entries, TextAnalysis analysis) {
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analysis.indexAnalyzer()))) {
			for (Entry entry : entries) {
				writer.addDocument(document(entry));
			}
			writer.commit();
			DirectoryReader reader = DirectoryReader.open(directory);
			Set<String> vocabulary = new HashSet<>(analysis.synonymTerms());
			Terms indexed = MultiTerms.getTerms(reader, ALL);
			if (indexed != null) {
				TermsEnum terms = indexed.iterator();
				for (BytesRef term = terms.next(); term != null; term = terms.next()) {
					vocabulary.add(term.utf8ToString());
				}
			}
			return new QuestionIndex(analysis, new IndexSearcher(reader), Set.copyOf(vocabulary));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot build the in-memory question index", ex);
		}
	}

	TextAnalysis analysis() {
		return analysis;
	}

	private static Document document(Entry entry) {
		Document doc = new Document();
		doc.add(new StringField(ID, entry.id(), Field.Store.YES));
		doc.add(new TextField(TITLE, entry.title(), Field.Store.NO));
		doc.add(new TextField(PROMPT, entry.prompt(), Field.Store.NO));
		doc.add(new TextField(COMPETENCIES, entry.competencyNames(), Field.Store.NO));
		doc.add(new TextField(LISTEN_FOR, entry.listenFor(), Field.Store.NO));
		for (String text : List.of(entry.title(), entry.prompt(), entry.competencyNames(), entry.listenFor())) {
			doc.add(new TextField(ALL, text, Field.Store.NO));
		}
		entry.competencyIds().forEach(id -> doc.add(new StringField(COMPETENCY_ID, id, Field.Store.NO)));
		doc.add(new StringField(DIFFICULTY, entry.difficulty().id(), Field.Store.NO));
		return doc;
	}

	/**
	 * Questions with every word of {@code text} (or one of its synonyms) in one of their fields,
	 * within the filters, best match first. Empty when the text has no searchable word.
	 */
	Result search(String text, String competency, Difficulty difficulty) {
		Optional<Query> query = strictQuery(text);
		if (query.isEmpty()) {
			return new Result(List.of(), Optional.empty());
		}
		BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(query.get(), Occur.MUST);
		if (competency != null) {
			filtered.add(new TermQuery(new Term(COMPETENCY_ID, competency)), Occur.FILTER);
		}
		if (difficulty != null) {
			filtered.add(new TermQuery(new Term(DIFFICULTY, difficulty.id())), Occur.FILTER);
		}
		return new Result(run(filtered.build(), Integer.MAX_VALUE), query);
	}

	/**
	 * Questions that share some words with {@code text}, spelled alike or not quite (typos),
	 * ignoring filters: what the empty state offers instead.
	 */
	List<String> nearMatches(String text, int max) {
		String words = firstWords(text);
		List<String> corrected = terms(words).stream().map(this::closestKnown).toList();
		Optional<Query> respelled = strictQuery(String.join(" ", corrected));
		if (respelled.isPresent()) {
			List<String> found = run(respelled.get(), max);
			if (!found.isEmpty()) {
				return found;
			}
		}
		BooleanQuery.Builder loose = new BooleanQuery.Builder();
		Query some = builder().createBooleanQuery(ALL, words, Occur.SHOULD);
		if (some != null) {
			loose.add(some, Occur.SHOULD);
		}
		for (String term : terms(words)) {
			if (term.length() > MAX_FUZZY_TERM) {
				continue;
			}
			// Short stems allow one typo (a swap counts as one), long ones two; the first letter must match.
			int edits = term.length() < 4 ? 0 : term.length() < 8 ? 1 : 2;
			loose.add(new FuzzyQuery(new Term(ALL, term), edits, 1), Occur.SHOULD);
		}
		return run(loose.build(), max);
	}

	/**
	 * A stem the bank knows that is one typo away (two for long words; a swap of neighbours
	 * counts as one), keeping the first letter; the stem itself when it is known or nothing is close.
	 */
	private String closestKnown(String stem) {
		if (vocabulary.contains(stem) || stem.length() < 4 || stem.length() > MAX_FUZZY_TERM) {
			return stem;
		}
		int allowed = stem.length() < 8 ? 1 : 2;
		String best = stem;
		int bestDistance = allowed + 1;
		for (String known : vocabulary) {
			if (known.charAt(0) == stem.charAt(0) && Math.abs(known.length() - stem.length()) <= allowed) {
				int distance = editDistance(stem, known, allowed);
				if (distance < bestDistance || distance == bestDistance && known.compareTo(best) < 0) {
					best = known;
					bestDistance = distance;
				}
			}
		}
		return bestDistance <= allowed ? best : stem;
	}

	/** Damerau-Levenshtein distance (optimal string alignment), or {@code limit + 1} once it exceeds the limit. */
	static int editDistance(String a, String b, int limit) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			int rowMin = Integer.MAX_VALUE;
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
				rowMin = Math.min(rowMin, d[i][j]);
			}
			if (rowMin > limit) {
				return limit + 1;
			}
		}
		return Math.min(d[a.length()][b.length()], limit + 1);
	}

	/** {@code text} as HTML with the words {@code query} matched marked; escaped and unmarked without one. */
	String highlight(Optional<Query> query, Marked field, String text) {
		if (query.isEmpty()) {
			return ENCODER.encodeText(text);
		}
		Highlighter highlighter = new Highlighter(MARK, ENCODER, new QueryScorer(query.get(), field.field));
		highlighter.setTextFragmenter(new NullFragmenter());
		try {
			String marked = highlighter.getBestFragment(analysis.indexAnalyzer(), field.field, text);
			return marked == null ? ENCODER.encodeText(text) : marked;
		}
		catch (IOException | InvalidTokenOffsetsException ex) {
			return ENCODER.encodeText(text);
		}
	}

	/** The fields a highlighted text can come from. */
	enum Marked {

		TITLE(QuestionIndex.TITLE), PROMPT(QuestionIndex.PROMPT);

		private final String field;

		Marked(String field) {
			this.field = field;
		}

	}

	private Optional<Query> strictQuery(String text) {
		String words = firstWords(text);
		QueryBuilder builder = builder();
		Query every = builder.createBooleanQuery(ALL, words, Occur.MUST);
		if (every == null) {
			return Optional.empty();
		}
		BooleanQuery.Builder ranked = new BooleanQuery.Builder().add(every, Occur.MUST);
		addBoosted(ranked, builder.createBooleanQuery(TITLE, words), 3f);
		addBoosted(ranked, builder.createBooleanQuery(COMPETENCIES, words), 2f);
		addBoosted(ranked, builder.createBooleanQuery(PROMPT, words), 1.5f);
		addBoosted(ranked, builder.createBooleanQuery(LISTEN_FOR, words), 1f);
		return Optional.of(ranked.build());
	}

	private static void addBoosted(BooleanQuery.Builder query, Query clause, float boost) {
		if (clause != null) {
			query.add(new BoostQuery(clause, boost), Occur.SHOULD);
		}
	}

	private QueryBuilder builder() {
		QueryBuilder builder = new QueryBuilder(analysis.queryAnalyzer());
		builder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
		return builder;
	}

	private List<String> run(Query query, int max) {
		try {
			int limit = Math.max(1, Math.min(max, searcher.getIndexReader().maxDoc()));
			List<String> ids = new ArrayList<>();
			for (ScoreDoc hit : searcher.search(query, limit).scoreDocs) {
				ids.add(searcher.storedFields().document(hit.doc).get(ID));
			}
			return ids;
		}
		catch (IndexSearcher.TooManyClauses ex) {
			return List.of();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private List<String> terms(String text) {
		return analysis.terms(text);
	}

	private static String firstWords(String text) {
		String bounded = text.length() > MAX_QUERY_CHARS ? text.substring(0, MAX_QUERY_CHARS) : text;
		String[] words = bounded.strip().split("\\s+", MAX_QUERY_WORDS + 1);
		return String.join(" ", Arrays.asList(words).subList(0, Math.min(words.length, MAX_QUERY_WORDS)));
	}

}
