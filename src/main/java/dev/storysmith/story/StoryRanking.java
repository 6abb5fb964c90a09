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
import java.util.stream.Collectors;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

import dev.storysmith.question.TextAnalysis;

/**
 * Ranks one user's stories against a probe (a bank question or a pasted text) with a Lucene
 * index built for the call: BM25 over each story's title, section text, notes, linked
 * competency names and linked question titles, analysed exactly as the question search
 * analyses text (synonyms on the probe's side). Plain Java, one instance per request.
 *
 * <p>The score a user sees, 0-100, is built so that it means the same whatever the probe's
 * length: the probe's own text is indexed as one extra document, and a story's BM25 score is
 * divided by the score that document gets ("as close as repeating the question"), capped at 1,
 * then square-rooted so that a story sharing a quarter of that weight shows 50, not 25.
 * For a bank question that text part counts for half; the share of the question's
 * competencies the story is linked to counts for {@value #COMPETENCY_POINTS} points and being
 * linked to the question itself for {@value #LINKED_POINTS}. Stories under
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

	static final int TEXT_POINTS_FOR_QUESTION = 50;

	static final int COMPETENCY_POINTS = 30;

	static final int LINKED_POINTS = 20;

	static final int MAX_REASONS = 3;

	/** Words named in one "mentions" reason. */
	static final int MAX_WORDS = 3;

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

	/** The title counts again on top of its place in {@link #ALL}: a story titled "The outage" is about outages. */
	private static final float TITLE_BOOST = 0.5f;

	private final TextAnalysis analysis;

	private final Map<String, String> competencyNames;

	private final Function<String, String> questionTitles;

	private final Reasons reasons;

	/**
	 * @param competencyNames display names by competency id
	 * @param questionTitles the title of a bank question by id, null when it is not in the bank
	 */
	StoryRanking(TextAnalysis analysis, Map<String, String> competencyNames, Function<String, String> questionTitles,
			Reasons reasons) {
		this.analysis = analysis;
		this.competencyNames = competencyNames;
		this.questionTitles = questionTitles;
		this.reasons = reasons;
	}

	/** The stories that fit the probe, best first, at most {@code limit}. */
	List<StoryMatch> rank(List<StoryView> stories, Probe probe, int limit) {
		String probeWords = distinctWords(probe.text());
		Map<Long, Float> textScores = textScores(stories, probe, probeWords);
		Set<String> probeTerms = queryTerms(probeWords);
		List<StoryMatch> matches = new ArrayList<>();
		for (StoryView story : stories) {
			Set<String> shared = new LinkedHashSet<>(story.competencies());
			shared.retainAll(probe.competencies());
			boolean linked = probe.isQuestion() && story.questionIds().contains(probe.questionId());
			double text = Math.sqrt(textScores.getOrDefault(story.id(), 0f));
			int score = score(probe, text, shared.size(), linked);
			if (score >= MIN_SCORE) {
				matches.add(new StoryMatch(story.id(), story.title(), score, why(story, probe, probeTerms, shared, linked)));
			}
		}
		return matches.stream()
			.sorted(Comparator.comparingInt(StoryMatch::score).reversed().thenComparing(StoryMatch::title))
			.limit(Math.max(0, limit))
			.toList();
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

	/** Each story's BM25 score as a share (0-1) of the probe's own score; stories without a word in common are absent. */
	private Map<Long, Float> textScores(List<StoryView> stories, Probe probe, String probeWords) {
		Query query = query(probeWords);
		if (query == null || stories.isEmpty()) {
			return Map.of();
		}
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analysis.indexAnalyzer()))) {
			for (StoryView story : stories) {
				writer.addDocument(document(story.id(), story.title(), allText(story)));
			}
			writer.addDocument(document(PROBE_DOC, probe.text(), probe.text()));
			writer.commit();
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				IndexSearcher searcher = new IndexSearcher(reader);
				Map<Long, Float> raw = new HashMap<>();
				for (ScoreDoc hit : searcher.search(query, stories.size() + 1).scoreDocs) {
					raw.put(searcher.storedFields().document(hit.doc).getField(ID).numericValue().longValue(), hit.score);
				}
				float best = raw.getOrDefault(PROBE_DOC, 0f);
				if (best <= 0) {
					return Map.of();
				}
				raw.remove(PROBE_DOC);
				return raw.entrySet()
					.stream()
					.collect(Collectors.toMap(Map.Entry::getKey, e -> Math.min(1f, e.getValue() / best)));
			}
		}
		catch (IndexSearcher.TooManyClauses ex) {
			return Map.of();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot build the in-memory story index", ex);
		}
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

	/** Every stem the probe searches for, its synonyms included. */
	private Set<String> queryTerms(String probeWords) {
		Set<String> terms = new HashSet<>();
		try (TokenStream stream = analysis.queryAnalyzer().tokenStream(ALL, probeWords)) {
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

	private List<String> why(StoryView story, Probe probe, Set<String> probeTerms, Set<String> shared, boolean linked) {
		List<String> why = new ArrayList<>();
		if (linked) {
			why.add(reasons.say("finder.why.linked"));
		}
		if (!shared.isEmpty()) {
			why.add(reasons.say("finder.why.shares", names(shared)));
		}
		else if (!probe.isQuestion()) {
			List<String> named = story.competencies()
				.stream()
				.filter(id -> competencyNames.containsKey(id)
						&& probeTerms.containsAll(analysis.terms(competencyNames.get(id))))
				.toList();
			if (!named.isEmpty()) {
				why.add(reasons.say("finder.why.shares", names(named)));
			}
		}
		List<String> words = mentioned(story, probeTerms);
		if (!words.isEmpty()) {
			why.add(reasons.say("finder.why.mentions", String.join(", ", words)));
		}
		return why.subList(0, Math.min(why.size(), MAX_REASONS));
	}

	private String names(Iterable<String> competencyIds) {
		List<String> names = new ArrayList<>();
		competencyIds.forEach(id -> names.add(competencyNames.getOrDefault(id, id)));
		return String.join(", ", names);
	}

	/** The story's own words the probe asks for, as the user wrote them, each stem once, in order. */
	private List<String> mentioned(StoryView story, Set<String> probeTerms) {
		Map<String, String> words = new LinkedHashMap<>();
		for (String part : ownText(story)) {
			for (TextAnalysis.Token token : analysis.tokens(part)) {
				if (probeTerms.contains(token.term()) && words.size() < MAX_WORDS) {
					words.putIfAbsent(token.term(), part.substring(token.start(), token.end()));
				}
			}
		}
		return List.copyOf(words.values());
	}

}
