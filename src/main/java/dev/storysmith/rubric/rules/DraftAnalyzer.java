package dev.storysmith.rubric.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.storysmith.rubric.Draft;
import dev.storysmith.rubric.SectionKind;
import dev.storysmith.rubric.SectionShape;
import dev.storysmith.rubric.text.Openings;
import dev.storysmith.rubric.text.Openings.Opening;
import dev.storysmith.rubric.text.PhraseMatcher;
import dev.storysmith.rubric.text.PhraseMatcher.Hit;
import dev.storysmith.rubric.text.SentenceSplitter;
import dev.storysmith.rubric.text.Span;
import dev.storysmith.rubric.text.TextNormalizer;
import dev.storysmith.rubric.text.Tokens;

/**
 * Turns a draft into an {@link AnalyzedDraft}: each section is split into sentences, and each
 * sentence is analysed on its own text (tokens, one cue lookup per token, the number patterns only
 * on sentences with a digit, its opening, the content gate that keeps stuffed keywords from earning
 * credit). Only a few facts of the draft change how a sentence reads (see {@link SentenceAnalysis}),
 * so the analysis of a sentence is kept in a bounded cache keyed by its text and reused wherever the
 * sentence appears: rescoring a draft after an edit analyses only the sentences that changed, and
 * places the others at their new offsets. The cache belongs to this analyzer, which is built from
 * one rules file, so the rules an analysis was made with are always the rules in use. Thread-safe.
 */
public final class DraftAnalyzer {

	/** Thresholds of the content gate ({@code gate} in the rules file). */
	record Gate(int minContentWords, double maxKeywordShare, int maxKeywordCues, int minWordsPerClause,
			Set<Cue> keywordCues) {
	}

	/**
	 * A baseline -> result form ({@code patterns.baselineResult}): the regex runs only on sentences
	 * containing one of {@code requires}, a cheap guard that spares it most sentences.
	 */
	record GuardedPattern(Pattern regex, List<String> requires) {

		boolean mayMatch(String sentence) {
			for (String required : requires) {
				if (sentence.contains(required)) {
					return true;
				}
			}
			return false;
		}

	}

	/** The last sentences of a draft, where an imperative reads as a lesson ("Test the rollback first."). */
	private static final int CLOSING_SENTENCES = 2;

	private static final Set<String> FIRST_PERSON_WORDS = Set.of("i", "i've", "i'd", "i'm", "i'll", "my", "me", "myself");

	private static final Set<String> TEAM_WORDS = Set.of("we", "we've", "we'd", "we're", "we'll", "us");

	/** Cues whose words are noise, never content: hedges, fillers, vague claims. */
	private static final Set<Cue> NOISE = EnumSet.of(Cue.HEDGE, Cue.FILLER, Cue.VAGUE);

	private final SentenceSplitter splitter;

	private final PhraseMatcher<Cue> cues;

	private final Set<String> stopwords;

	private final Set<String> genericWords;

	private final Gate gate;

	private final Pattern quantity;

	private final String quantityPrefixes;

	private final List<GuardedPattern> baselineResults;

	private final Grammar grammar;

	/** Sentence text to its analysis. */
	private final Cache<String, SentenceAnalysis> sentenceCache;

	/**
	 * What needs grammar or context beyond one sentence: how sentences open ({@link Openings}), where
	 * a reflection block starts and ends inside a section, the verbs that make an implied "I" an
	 * ownership statement ("- Led the migration"), and the words before a number that make it an id,
	 * a version, a status code or a year rather than an outcome ("HTTP 502s", "Java 17", "in 2021").
	 */
	record Grammar(Openings openings, Pattern reflectionStart, Pattern blockEnd, Set<String> ownershipVerbs,
			Set<String> notMetricAfter, Pattern notMetric) {
	}

	DraftAnalyzer(SentenceSplitter splitter, PhraseMatcher<Cue> cues, Set<String> stopwords, Set<String> genericWords,
			Gate gate, Pattern quantity, String quantityPrefixes, List<GuardedPattern> baselineResults, Grammar grammar,
			long maxCachedSentences) {
		this.splitter = splitter;
		this.cues = cues;
		this.stopwords = new HashSet<>(stopwords);
		this.genericWords = new HashSet<>(genericWords);
		this.gate = gate;
		this.quantity = quantity;
		this.quantityPrefixes = quantityPrefixes;
		this.baselineResults = List.copyOf(baselineResults);
		this.grammar = grammar;
		this.sentenceCache = Caffeine.newBuilder().maximumSize(maxCachedSentences).build();
	}

	public AnalyzedDraft analyze(Draft draft) {
		Map<String, String> texts = draft.sections();
		String free = texts.get(Draft.FREE_SECTION);
		boolean anyLabelled = draft.framework()
			.sections()
			.stream()
			.anyMatch(s -> !texts.getOrDefault(s.id(), "").isBlank());
		boolean unlabeled = free != null && !anyLabelled;
		List<Part> parts = new ArrayList<>();
		if (free != null && (unlabeled || !free.isBlank())) {
			parts.add(part(Draft.FREE_SECTION, null, Draft.FREE_SECTION, free));
		}
		if (!unlabeled) {
			for (SectionShape shape : draft.framework().sections()) {
				parts.add(part(shape.id(), shape.kind(), shape.title(), texts.getOrDefault(shape.id(), "")));
			}
		}
		boolean firstPersonStory = speaksInFirstPerson(parts);
		List<AnalyzedSection> sections = parts.stream().map(Part::section).toList();
		List<AnalyzedSentence> sentences = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		AnalyzedSection closing = sections.stream().filter(s -> !s.text().isBlank()).reduce((a, b) -> b).orElse(null);
		for (int p = 0; p < parts.size(); p++) {
			Part part = parts.get(p);
			AnalyzedSection section = sections.get(p);
			List<Span> blocks = reflectionBlocks(section);
			for (int i = 0; i < part.spans().size(); i++) {
				Span span = part.spans().get(i);
				boolean reflection = blocks.stream().anyMatch(b -> b.start() <= span.start() && span.start() < b.end());
				boolean closes = section == closing && i >= part.spans().size() - CLOSING_SENTENCES;
				sentences.add(sentence(section, span, part.analyses().get(i), seen, reflection, closes, firstPersonStory));
			}
		}
		int words = sections.stream().mapToInt(AnalyzedSection::words).sum();
		return new AnalyzedDraft(draft.framework(), sections, List.copyOf(sentences), unlabeled, words);
	}

	/** Sentences whose analysis is cached now (for tests and benchmarks). */
	public long cachedSentences() {
		sentenceCache.cleanUp();
		return sentenceCache.estimatedSize();
	}

	/** Drops every cached sentence analysis, so the next drafts are analysed from scratch (for tests and benchmarks). */
	public void forgetSentences() {
		sentenceCache.invalidateAll();
		sentenceCache.cleanUp();
	}

	/** A section's text split into sentences, each analysed on its own (or found in the cache). */
	private record Part(String id, SectionKind kind, String title, String text, List<Span> spans,
			List<SentenceAnalysis> analyses) {

		/** Its words are its sentences' words: sentences end at whitespace, so no word spans two. */
		AnalyzedSection section() {
			return new AnalyzedSection(id, kind, title, text, TextNormalizer.lower(text),
					analyses.stream().mapToInt(SentenceAnalysis::words).sum());
		}

	}

	private Part part(String id, SectionKind kind, String title, String text) {
		List<Span> spans = splitter.split(text);
		List<SentenceAnalysis> analyses = new ArrayList<>(spans.size());
		for (Span span : spans) {
			analyses.add(sentenceCache.get(text.substring(span.start(), span.end()), this::analyzeSentence));
		}
		return new Part(id, kind, title, text, spans, analyses);
	}

	/**
	 * Whether the story is told by the speaker: in the first person, or with no sentence opened by
	 * "we" (a résumé-style answer under a "Role:" line, where "we" appears only in passing). Only
	 * then does a list item with a past verb and no subject mean "I"; in a story told by "we" it
	 * means "we".
	 */
	private static boolean speaksInFirstPerson(List<Part> parts) {
		boolean weOpens = false;
		for (Part part : parts) {
			for (SentenceAnalysis sentence : part.analyses()) {
				if (sentence.firstPersonWord()) {
					return true;
				}
				weOpens |= sentence.opensWithTeam();
			}
		}
		return !weOpens;
	}

	/**
	 * Where a section reflects: all of it for a reflection section (Lessons, What I'd do
	 * differently), otherwise from a line labelled as a reflection ("Lessons:", "## Takeaways",
	 * "**In hindsight**") to the next heading or label, or the end of the section.
	 */
	private List<Span> reflectionBlocks(AnalyzedSection section) {
		if (section.kind() == SectionKind.REFLECTION) {
			return List.of(new Span(0, section.text().length()));
		}
		List<Span> blocks = new ArrayList<>();
		String lower = section.lower();
		Matcher start = grammar.reflectionStart().matcher(lower);
		Matcher end = grammar.blockEnd().matcher(lower);
		int blockStart = -1;
		// line by line: both patterns describe one line, and a draft has few lines
		for (int line = 0; line < lower.length();) {
			int lineEnd = lower.indexOf('\n', line);
			lineEnd = lineEnd < 0 ? lower.length() : lineEnd;
			if (blockStart >= 0 && end.region(line, lineEnd).lookingAt()) {
				blocks.add(new Span(blockStart, line));
				blockStart = -1;
			}
			if (blockStart < 0 && start.region(line, lineEnd).lookingAt()) {
				blockStart = line;
			}
			line = lineEnd + 1;
		}
		if (blockStart >= 0) {
			blocks.add(new Span(blockStart, lower.length()));
		}
		return blocks;
	}

	/**
	 * The sentence read in its draft: an implied "I" is looked for in a story told by "I" when the
	 * sentence does not name its actor, an imperative in a reflection block and, unless it quotes a
	 * number, in the closing sentences. Content also means not repeating an earlier sentence.
	 */
	private AnalyzedSentence sentence(AnalyzedSection section, Span span, SentenceAnalysis analysis, Set<String> seen,
			boolean reflection, boolean closes, boolean firstPersonStory) {
		boolean past = firstPersonStory && !analysis.stated();
		boolean imperative = reflection || closes && !analysis.hasDigit();
		SentenceAnalysis.Reading reading = analysis.reading(past, imperative,
				() -> read(section.text().substring(span.start(), span.end()), analysis, past, imperative));
		boolean repeat = analysis.tokens().count() > 0 && !seen.add(analysis.normalized());
		return new AnalyzedSentence(section, span, analysis, reading, reading.passesGate() && !repeat, reflection);
	}

	/** Everything one sentence's text tells on its own; offsets are relative to the sentence. */
	private SentenceAnalysis analyzeSentence(String text) {
		String lower = TextNormalizer.lower(text);
		Tokens tokens = Tokens.of(text);
		int count = tokens.count();
		List<Hit<Cue>> hits = cues.find(tokens, 0, count);
		boolean firstPersonWord = false;
		StringJoiner normalized = new StringJoiner(" ");
		for (int t = 0; t < count; t++) {
			normalized.add(tokens.lower(t));
			firstPersonWord |= FIRST_PERSON_WORDS.contains(tokens.lower(t));
		}
		boolean hasDigit = hasDigit(tokens, 0, count);
		return new SentenceAnalysis(tokens, Tokens.countWords(text, 0, text.length()), List.copyOf(hits),
				normalized.toString(), clauses(text), firstPersonWord, count > 0 && TEAM_WORDS.contains(tokens.lower(0)),
				firstPersonActor(hits), hasDigit, hasDigit ? quantities(lower, tokens) : List.of(),
				hasDigit ? baselineResults(lower, tokens) : List.of(),
				new AtomicReferenceArray<>(SentenceAnalysis.READINGS));
	}

	/**
	 * How the sentence reads when an implied "I" ({@code past}) or an imperative is looked for: its
	 * opening, an ownership cue for an implied "I" that opens with an ownership verb, and the content
	 * gate over its cues and words.
	 */
	private SentenceAnalysis.Reading read(String text, SentenceAnalysis analysis, boolean past, boolean imperative) {
		Tokens tokens = analysis.tokens();
		int count = tokens.count();
		List<Hit<Cue>> hits = new ArrayList<>(analysis.cueHits());
		Opening opening = grammar.openings().of(text, tokens, 0, count, past, imperative);
		if (opening.pastVerb() && grammar.ownershipVerbs().contains(tokens.lower(opening.token()))) {
			hits.add(new Hit<>(Cue.OWNERSHIP, new int[] { opening.token() }));
		}
		Set<Cue> found = EnumSet.noneOf(Cue.class);
		boolean[] keyword = new boolean[count];
		boolean[] noise = new boolean[count];
		int keywordHits = 0;
		for (Hit<Cue> hit : hits) {
			found.add(hit.cue());
			boolean isKeyword = gate.keywordCues().contains(hit.cue());
			keywordHits += isKeyword ? 1 : 0;
			for (int t : hit.words()) {
				keyword[t] |= isKeyword;
				noise[t] |= NOISE.contains(hit.cue());
			}
		}
		int keywordWords = 0;
		int contentWords = 0;
		Set<String> stems = new HashSet<>();
		for (int t = 0; t < count; t++) {
			String word = tokens.lower(t);
			if (keyword[t]) {
				keywordWords += stopwords.contains(word) ? 0 : 1;
			}
			else if (!noise[t] && (tokens.isDigits(t) || !stopwords.contains(word) && !genericWords.contains(word))) {
				contentWords++;
				if (!tokens.isDigits(t)) {
					stems.add(stem(word));
				}
			}
		}
		long keywordCues = found.stream().filter(gate.keywordCues()::contains).count();
		boolean passesGate = contentWords >= gate.minContentWords() && keywordWords <= gate.maxKeywordShare() * count
				&& keywordCues <= gate.maxKeywordCues() && count >= gate.minWordsPerClause() * analysis.clauses();
		return new SentenceAnalysis.Reading(List.copyOf(hits), Collections.unmodifiableSet(found), keywordHits, passesGate,
				analysis.stated() || opening.pastVerb(), opening.pastVerb(), opening.imperative(), Set.copyOf(stems));
	}

	/** Whether a number is among the tokens: a closing sentence with a figure is a result, not a lesson. */
	private static boolean hasDigit(Tokens tokens, int first, int end) {
		for (int t = first; t < end; t++) {
			if (tokens.isDigits(t)) {
				return true;
			}
		}
		return false;
	}

	/** A crude stem, enough to see that "rollbacks" in a lesson is the "rollback" of the story. */
	static String stem(String word) {
		for (String suffix : new String[] { "ing", "ed", "es", "s" }) {
			if (word.length() > suffix.length() + 3 && word.endsWith(suffix)) {
				return word.substring(0, word.length() - suffix.length());
			}
		}
		return word;
	}

	/** Comma- or semicolon-separated parts; a bare list of cue words has many short ones. */
	private static int clauses(String text) {
		int clauses = 1;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean separator = c == ';' || c == ',' && !(i > 0 && i + 1 < text.length()
					&& Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1)));
			clauses += separator ? 1 : 0;
		}
		return clauses;
	}

	/** The speaker acts unless every "I" opens a hedge ("I think", "I guess"). */
	private static boolean firstPersonActor(List<Hit<Cue>> hits) {
		Set<Integer> hedgeStarts = new HashSet<>();
		for (Hit<Cue> hit : hits) {
			if (hit.cue() == Cue.HEDGE) {
				hedgeStarts.add(hit.firstToken());
			}
		}
		for (Hit<Cue> hit : hits) {
			if (hit.cue() == Cue.FIRST_PERSON && !hedgeStarts.contains(hit.firstToken())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Quantities start at a number, or at a currency or sign just before it ("$2.3M", "-53%"); a
	 * prefix that does not belong to the figure (a bullet "- 5%") is dropped by trying the number
	 * itself next. {@code lower} is one sentence, lower-cased.
	 */
	private List<Span> quantities(String lower, Tokens tokens) {
		List<Span> spans = new ArrayList<>();
		Matcher m = quantity.matcher(lower).useTransparentBounds(true);
		int next = 0;
		for (int t = 0; t < tokens.count(); t++) {
			if (!tokens.isDigits(t) || notAMetric(lower, tokens, t)) {
				continue;
			}
			int number = tokens.start(t);
			for (int start : new int[] { withPrefix(lower, number), number }) {
				if (start >= next && m.region(start, lower.length()).lookingAt() && m.end() > start) {
					spans.add(new Span(start, m.end()));
					next = m.end();
				}
			}
		}
		return spans;
	}

	/** A baseline -> result whose first number names something: "from Java 11 to 17", "from 2019 to 2021". */
	private boolean namesSomething(String lower, Tokens tokens, int start, int end) {
		for (int t = tokens.firstAtOrAfter(start); t < tokens.count() && tokens.start(t) < end; t++) {
			if (tokens.isDigits(t)) {
				return notAMetric(lower, tokens, t);
			}
		}
		return false;
	}

	/**
	 * A number that names something rather than measuring it: after "HTTP", "Java", "version",
	 * "in" (a year) and the like, or shaped like a status code or year ("502s", "2021"). Read
	 * within its sentence: what the next sentence opens with never decides it.
	 */
	private boolean notAMetric(String lower, Tokens tokens, int token) {
		if (token > 0 && grammar.notMetricAfter().contains(tokens.lower(token - 1))) {
			return true;
		}
		return grammar.notMetric().matcher(lower).region(tokens.start(token), lower.length()).lookingAt();
	}

	/** Steps back over a currency or sign character, and one space before the number. */
	private int withPrefix(String lower, int number) {
		int at = number;
		if (at - 1 > 0 && lower.charAt(at - 1) == ' ' && quantityPrefixes.indexOf(lower.charAt(at - 2)) >= 0) {
			at--;
		}
		return at > 0 && quantityPrefixes.indexOf(lower.charAt(at - 1)) >= 0 ? at - 1 : number;
	}

	private List<Span> baselineResults(String lower, Tokens tokens) {
		List<Span> spans = new ArrayList<>();
		for (GuardedPattern pattern : baselineResults) {
			if (!pattern.mayMatch(lower)) {
				continue;
			}
			Matcher m = pattern.regex().matcher(lower);
			while (m.find()) {
				if (m.end() > m.start() && !namesSomething(lower, tokens, m.start(), m.end())) {
					spans.add(new Span(m.start(), m.end()));
				}
			}
		}
		return spans;
	}

}
