package dev.storysmith.story;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

import dev.storysmith.question.TextAnalysis;

/**
 * Ranks one user's stories against a probe (a bank question or a pasted text) with a Lucene
 * index built for the call: BM25 over each story's title, section text, notes, linked
 * competency names and linked question titles, analysed exactly as the question search
 * analyses text (synonyms on the probe's side). The bank's questions are indexed alongside as
 * background, never listed: with a handful of stories every word would look rare, while next
 * to sixty questions "team" and "first" weigh little and "postmortem" a lot.
 *
 * <p>The score a user sees, 0-100, means the same whatever the probe's length: the probe's own
 * text is indexed as one more document, a story's BM25 score is divided by the score that
 * document gets ("as close as repeating the question"), capped at 1, then square-rooted so
 * that a story with a quarter of that weight shows 50, not 25; under {@value #MIN_TEXT_SHARE}
 * of that weight the words count for nothing. For a pasted text that is the
 * score. For a bank question it counts for {@value #TEXT_POINTS_FOR_QUESTION} points; the share
 * of the question's competencies the story is linked to for {@value #COMPETENCY_POINTS} and
 * being linked to the question itself for {@value #LINKED_POINTS}. Stories under
 * {@value #MIN_SCORE} are not listed: a word or two in common is chance, not a fit.
 */
final class StoryRanking {

	/** What the stories are compared with: text, and for a bank question its id and competencies. */
	record Probe(String text, String questionId, Set<String> competencies) {

		static Probe text(String text) {
			return new Probe(text, null, Set.of());
		}

		boolean isQuestion() {
			return questionId != null;
		}

	}

	/** Turns a reason's message key and arguments into the sentence shown (the app's messages). */
	interface Reasons {

		String say(String key, Object... args);

	}

	static final int MIN_SCORE = 10;

	/**
	 * Below this share of the probe's weight the words in common count for nothing: one word
	 * shared with a long question ("paged" and "search page") is chance, not a fit.
	 */
	static final double MIN_TEXT_SHARE = 0.1;

	static final int TEXT_POINTS_FOR_QUESTION = 50;

	static final int COMPETENCY_POINTS = 30;

	static final int LINKED_POINTS = 20;

	static final int MAX_REASONS = 3;

	/** Words named in one "mentions" reason. */
	static final int MAX_WORDS = 3;

	/**
	 * A word found in more than this share of the background texts (the bank) is too common
	 * to be a reason: "on" and "first" match, but do not explain a fit.
	 */
	static final double COMMON_WORD_SHARE = 0.2;

	/**
	 * Distinct words of a probe that are searched: with synonyms and two fields this keeps a
	 * query far below Lucene's clause limit, and a recruiter's question has fewer.
	 */
	static final int MAX_PROBE_TERMS = 60;

	private static final String ID = "id";

	private static final String TITLE = "title";

	/** Title, sections, notes, competency names and question titles of a story, one after another. */
	private static final String ALL = "all";

	private static final long PROBE_DOC = -1;

	private static final long BACKGROUND_DOC = -2;

	/** Marks the background documents, so that word counts can be taken over them alone. */
	private static final String KIND = "kind";

	private static final String BACKGROUND = "background";

	/** The title counts again on top of its place in {@link #ALL}: a story titled "The outage" is about outages. */
	private static final float TITLE_BOOST = 0.5f;

	private final TextAnalysis analysis;

	private final Map<String, String> competencyNames;

	private final Function<String, String> questionTitles;

	private final Background background;

	private final Reasons reasons;

	/**
	 * @param competencyNames display names by competency id
	 * @param questionTitles the title of a bank question by id, null when it is not in the bank
	 * @param background texts indexed only for word statistics (the bank's questions), indexed
	 *     with the same {@code analysis}
	 */
	StoryRanking(TextAnalysis analysis, Map<String, String> competencyNames, Function<String, String> questionTitles,
			Background background, Reasons reasons) {
		this.analysis = analysis;
		this.competencyNames = competencyNames;
		this.questionTitles = questionTitles;
		this.background = background;
		this.reasons = reasons;
	}

	/** The stories that fit the probe, best first, at most {@code limit}. */
	List<StoryMatch> rank(List<StoryView> stories, Probe probe, int limit) {
		if (stories.isEmpty() || limit <= 0) {
			return List.of();
		}
		String probeWords = distinctWords(probe.text());
		Set<String> probeTerms = new HashSet<>(analysis.queryTerms(probeWords));
		// The stories and the probe first, then the background: the same documents, in the same
		// order, as one index, so BM25 sees the same statistics; only the background is kept.
		try (DirectoryReader own = DirectoryReader.open(index(stories, probe));
				MultiReader reader = new MultiReader(new IndexReader[] { own, background.reader }, false)) {
			Map<Long, Double> textScores = textScores(reader, probeWords);
			Map<String, Integer> docFreq = new HashMap<>();
			for (String term : probeTerms) {
				docFreq.put(term, reader.docFreq(new Term(ALL, term)));
			}
			Set<String> common = common(new IndexSearcher(reader), probeTerms);
			List<StoryMatch> matches = new ArrayList<>();
			for (StoryView story : stories) {
				Set<String> shared = new LinkedHashSet<>(story.competencies());
				shared.retainAll(probe.competencies());
				boolean linked = probe.isQuestion() && story.questionIds().contains(probe.questionId());
				double share = textScores.getOrDefault(story.id(), 0.0);
				int score = score(probe, share < MIN_TEXT_SHARE ? 0 : Math.sqrt(share), shared.size(), linked);
				if (score >= MIN_SCORE) {
					List<String> words = share < MIN_TEXT_SHARE ? List.of()
							: mentioned(story, probeTerms, docFreq, common);
					matches.add(new StoryMatch(story.id(), story.title(), score,
							why(story, probe, probeTerms, shared, linked, words)));
				}
			}
			return matches.stream()
				.sorted(Comparator.comparingInt(StoryMatch::score).reversed().thenComparing(StoryMatch::title))
				.limit(limit)
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the in-memory story index", ex);
		}
	}

	/** The probe's terms found in more than {@link #COMMON_WORD_SHARE} of the background texts. */
	private Set<String> common(IndexSearcher searcher, Set<String> probeTerms) throws IOException {
		Set<String> common = new HashSet<>();
		for (String term : probeTerms) {
			Query inBackground = new BooleanQuery.Builder().add(new TermQuery(new Term(ALL, term)), Occur.FILTER)
				.add(new TermQuery(new Term(KIND, BACKGROUND)), Occur.FILTER)
				.build();
			if (searcher.count(inBackground) > background.size * COMMON_WORD_SHARE) {
				common.add(term);
			}
		}
		return common;
	}

	private static int score(Probe probe, double text, int sharedCompetencies, boolean linked) {
		if (!probe.isQuestion()) {
			return (int) Math.round(100 * text);
		}
		double competencies = probe.competencies().isEmpty() ? 0
				: (double) sharedCompetencies / probe.competencies().size();
		return (int) Math.round(TEXT_POINTS_FOR_QUESTION * text + COMPETENCY_POINTS * competencies
				+ (linked ? LINKED_POINTS : 0));
	}

	private ByteBuffersDirectory index(List<StoryView> stories, Probe probe) throws IOException {
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analysis.indexAnalyzer()))) {
			for (StoryView story : stories) {
				writer.addDocument(document(story.id(), story.title(), allText(story)));
			}
			writer.addDocument(document(PROBE_DOC, probe.text(), probe.text()));
		}
		return directory;
	}

	/**
	 * The background texts, indexed once for many rankings: indexing the bank's questions and
	 * sample answers was most of the work of a ranking. Searched concurrently by any number of
	 * rankings; it lives in the heap only (nothing to close when it is dropped).
	 */
	static final class Background {

		private final DirectoryReader reader;

		private final int size;

		private Background(DirectoryReader reader, int size) {
			this.reader = reader;
			this.size = size;
		}

		static Background of(TextAnalysis analysis, List<String> texts) {
			ByteBuffersDirectory directory = new ByteBuffersDirectory();
			try {
				try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analysis.indexAnalyzer()))) {
					for (String text : texts) {
						Document doc = document(BACKGROUND_DOC, "", text);
						doc.add(new StringField(KIND, BACKGROUND, Field.Store.NO));
						writer.addDocument(doc);
					}
				}
				return new Background(DirectoryReader.open(directory), texts.size());
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot index the background texts in memory", ex);
			}
		}

	}

	/** Each story's BM25 score as a share (0-1) of the probe's own score; stories without a word in common are absent. */
	private Map<Long, Double> textScores(IndexReader reader, String probeWords) throws IOException {
		Query query = query(probeWords);
		if (query == null) {
			return Map.of();
		}
		IndexSearcher searcher = new IndexSearcher(reader);
		Map<Long, Float> raw = new HashMap<>();
		try {
			for (ScoreDoc hit : searcher.search(query, reader.maxDoc()).scoreDocs) {
				raw.put(searcher.storedFields().document(hit.doc).getField(ID).numericValue().longValue(), hit.score);
			}
		}
		catch (IndexSearcher.TooManyClauses ex) {
			return Map.of();
		}
		float best = raw.getOrDefault(PROBE_DOC, 0f);
		Map<Long, Double> shares = new HashMap<>();
		raw.forEach((id, score) -> {
			if (id >= 0 && best > 0) {
				shares.put(id, Math.min(1.0, score / best));
			}
		});
		return shares;
	}

	private static Document document(long id, String title, String all) {
		Document doc = new Document();
		doc.add(new StoredField(ID, id));
		doc.add(new TextField(TITLE, title, Field.Store.NO));
		doc.add(new TextField(ALL, all, Field.Store.NO));
		return doc;
	}

	private String allText(StoryView story) {
		List<String> parts = new ArrayList<>(ownText(story));
		story.competencies().stream().map(id -> competencyNames.getOrDefault(id, "")).forEach(parts::add);
		story.questionIds().stream().map(questionTitles).filter(t -> t != null).forEach(parts::add);
		return String.join("\n\n", parts);
	}

	/** What the user wrote: the words a "mentions" reason may quote. */
	private static List<String> ownText(StoryView story) {
		List<String> parts = new ArrayList<>();
		parts.add(story.title());
		parts.addAll(story.sections().values());
		parts.add(story.unplacedNotes());
		return parts;
	}

	private Query query(String probeWords) {
		QueryBuilder builder = new QueryBuilder(analysis.queryAnalyzer());
		builder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
		Query all = builder.createBooleanQuery(ALL, probeWords, Occur.SHOULD);
		if (all == null) {
			return null;
		}
		BooleanQuery.Builder query = new BooleanQuery.Builder().add(all, Occur.SHOULD);
		Query title = builder.createBooleanQuery(TITLE, probeWords, Occur.SHOULD);
		if (title != null) {
			query.add(new BoostQuery(title, TITLE_BOOST), Occur.SHOULD);
		}
		return query.build();
	}

	/**
	 * The probe's words, each stem once, at most {@value #MAX_PROBE_TERMS}, as written: a
	 * question that says "incident" five times asks about incidents once.
	 */
	private String distinctWords(String text) {
		Set<String> seen = new HashSet<>();
		List<String> words = new ArrayList<>();
		for (TextAnalysis.Token token : analysis.tokens(text)) {
			if (words.size() < MAX_PROBE_TERMS && seen.add(token.term())) {
				words.add(text.substring(token.start(), token.end()));
			}
		}
		return String.join(" ", words);
	}

	private List<String> why(StoryView story, Probe probe, Set<String> probeTerms, Set<String> shared, boolean linked,
			List<String> words) {
		List<String> why = new ArrayList<>();
		if (linked) {
			why.add(reasons.say("finder.why.linked"));
		}
		List<String> competencies = probe.isQuestion() ? List.copyOf(shared) : story.competencies()
			.stream()
			.filter(id -> competencyNames.containsKey(id) && probeTerms.containsAll(analysis.terms(competencyNames.get(id))))
			.toList();
		if (!competencies.isEmpty()) {
			why.add(reasons.say("finder.why.shares",
					String.join(", ", competencies.stream().map(id -> competencyNames.getOrDefault(id, id)).toList())));
		}
		if (!words.isEmpty()) {
			why.add(reasons.say("finder.why.mentions", String.join(", ", words)));
		}
		return why.subList(0, Math.min(why.size(), MAX_REASONS));
	}

	/**
	 * The story's own words the probe asks for, as the user first wrote each stem: the rarest
	 * first (fewest texts of the index hold them), common words left out, then in the order written.
	 */
	private List<String> mentioned(StoryView story, Set<String> probeTerms, Map<String, Integer> docFreq,
			Set<String> common) {
		Map<String, String> firstSpelling = new LinkedHashMap<>();
		for (String part : ownText(story)) {
			for (TextAnalysis.Token token : analysis.tokens(part)) {
				if (probeTerms.contains(token.term()) && !common.contains(token.term())) {
					firstSpelling.putIfAbsent(token.term(), part.substring(token.start(), token.end()));
				}
			}
		}
		List<String> order = new ArrayList<>(firstSpelling.keySet());
		return order.stream()
			.sorted(Comparator.comparingInt((String term) -> docFreq.getOrDefault(term, 0))
				.thenComparingInt(order::indexOf))
			.limit(MAX_WORDS)
			.map(firstSpelling::get)
			.toList();
	}

}
