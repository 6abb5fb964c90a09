package dev.storysmith.rubric.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * Turns a draft into an {@link AnalyzedDraft}: one pass per section for tokens, one for
 * sentences, one cue lookup per token, and the number patterns only on sentences with a digit.
 * Also applies the content gate that keeps stuffed keywords from earning credit.
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
			Gate gate, Pattern quantity, String quantityPrefixes, List<GuardedPattern> baselineResults, Grammar grammar) {
		this.splitter = splitter;
		this.cues = cues;
		this.stopwords = new HashSet<>(stopwords);
		this.genericWords = new HashSet<>(genericWords);
		this.gate = gate;
		this.quantity = quantity;
		this.quantityPrefixes = quantityPrefixes;
		this.baselineResults = List.copyOf(baselineResults);
		this.grammar = grammar;
	}

	public AnalyzedDraft analyze(Draft draft) {
		Map<String, String> texts = draft.sections();
		String free = texts.get(Draft.FREE_SECTION);
		boolean anyLabelled = draft.framework()
			.sections()
			.stream()
			.anyMatch(s -> !texts.getOrDefault(s.id(), "").isBlank());
		boolean unlabeled = free != null && !anyLabelled;
		List<AnalyzedSection> sections = new ArrayList<>();
		if (free != null && (unlabeled || !free.isBlank())) {
			sections.add(section(Draft.FREE_SECTION, null, Draft.FREE_SECTION, free));
		}
		if (!unlabeled) {
			for (SectionShape shape : draft.framework().sections()) {
				sections.add(section(shape.id(), shape.kind(), shape.title(), texts.getOrDefault(shape.id(), "")));
			}
		}
		Map<AnalyzedSection, List<Span>> spansOf = new java.util.IdentityHashMap<>();
		sections.forEach(section -> spansOf.put(section, splitter.split(section.text())));
		boolean firstPersonStory = speaksInFirstPerson(spansOf);
		List<AnalyzedSentence> sentences = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		AnalyzedSection closing = sections.stream().filter(s -> !s.text().isBlank()).reduce((a, b) -> b).orElse(null);
		for (AnalyzedSection section : sections) {
			List<Span> blocks = reflectionBlocks(section);
			List<Span> spans = spansOf.get(section);
			for (int i = 0; i < spans.size(); i++) {
				Span span = spans.get(i);
				boolean reflection = blocks.stream().anyMatch(b -> b.start() <= span.start() && span.start() < b.end());
				boolean closes = section == closing && i >= spans.size() - CLOSING_SENTENCES;
				sentences.add(sentence(section, span, seen, reflection, closes, firstPersonStory));
			}
		}
		int words = sections.stream().mapToInt(AnalyzedSection::words).sum();
		return new AnalyzedDraft(draft.framework(), List.copyOf(sections), List.copyOf(sentences), unlabeled, words);
	}

	private static AnalyzedSection section(String id, SectionKind kind, String title, String text) {
		return new AnalyzedSection(id, kind, title, text, TextNormalizer.lower(text), Tokens.of(text),
				Tokens.countWords(text, 0, text.length()));
	}

	/**
	 * Whether the story is told by the speaker: in the first person, or with no sentence opened by
	 * "we" (a résumé-style answer under a "Role:" line, where "we" appears only in passing). Only
	 * then does a list item with a past verb and no subject mean "I"; in a story told by "we" it
	 * means "we".
	 */
	private static boolean speaksInFirstPerson(Map<AnalyzedSection, List<Span>> spansOf) {
		boolean weOpens = false;
		for (Map.Entry<AnalyzedSection, List<Span>> entry : spansOf.entrySet()) {
			Tokens tokens = entry.getKey().tokens();
			for (int t = 0; t < tokens.count(); t++) {
				if (FIRST_PERSON_WORDS.contains(tokens.lower(t))) {
					return true;
				}
			}
			for (Span span : entry.getValue()) {
				int first = tokens.firstAtOrAfter(span.start());
				weOpens |= first < tokens.count() && tokens.start(first) < span.end() && TEAM_WORDS.contains(tokens.lower(first));
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

	private AnalyzedSentence sentence(AnalyzedSection section, Span span, Set<String> seen, boolean reflection,
			boolean closes, boolean firstPersonStory) {
		Tokens tokens = section.tokens();
		int first = tokens.firstAtOrAfter(span.start());
		int end = tokens.firstAtOrAfter(span.end());
		int count = end - first;
		List<Hit<Cue>> hits = new ArrayList<>(cues.find(tokens, first, end));
		boolean stated = firstPersonActor(hits);
		Opening opening = grammar.openings()
			.of(section.text(), tokens, first, end, firstPersonStory && !stated, reflection || closes && !hasDigit(tokens, first, end));
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
				keyword[t - first] |= isKeyword;
				noise[t - first] |= NOISE.contains(hit.cue());
			}
		}
		int keywordWords = 0;
		int contentWords = 0;
		Set<String> stems = new HashSet<>();
		boolean hasDigit = false;
		StringJoiner normalized = new StringJoiner(" ");
		for (int t = first; t < end; t++) {
			String word = tokens.lower(t);
			normalized.add(word);
			hasDigit |= tokens.isDigits(t);
			if (keyword[t - first]) {
				keywordWords += stopwords.contains(word) ? 0 : 1;
			}
			else if (!noise[t - first] && (tokens.isDigits(t) || !stopwords.contains(word) && !genericWords.contains(word))) {
				contentWords++;
				if (!tokens.isDigits(t)) {
					stems.add(stem(word));
				}
			}
		}
		boolean repeat = count > 0 && !seen.add(normalized.toString());
		long keywordCues = found.stream().filter(gate.keywordCues()::contains).count();
		boolean content = contentWords >= gate.minContentWords() && keywordWords <= gate.maxKeywordShare() * count
				&& keywordCues <= gate.maxKeywordCues() && count >= gate.minWordsPerClause() * clauses(section.text(), span)
				&& !repeat;
		return new AnalyzedSentence(section, span, Tokens.countWords(section.text(), span.start(), span.end()), count,
				List.copyOf(hits), found, keywordHits, content, stated || opening.pastVerb(), opening.pastVerb(), reflection,
				opening.imperative(), Set.copyOf(stems), hasDigit ? quantities(section, span, first, end) : List.of(),
				hasDigit ? baselineResults(section, span, first, end) : List.of());
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
	private static int clauses(String text, Span span) {
		int clauses = 1;
		for (int i = span.start(); i < span.end(); i++) {
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
	 * itself next.
	 */
	private List<Span> quantities(AnalyzedSection section, Span span, int firstToken, int endToken) {
		List<Span> spans = new ArrayList<>();
		Matcher m = quantity.matcher(section.lower()).useTransparentBounds(true);
		int next = span.start();
		for (int t = firstToken; t < endToken; t++) {
			if (!section.tokens().isDigits(t)) {
				continue;
			}
			if (notAMetric(section, t, firstToken)) {
				continue;
			}
			int number = section.tokens().start(t);
			for (int start : new int[] { withPrefix(section.lower(), number, span.start()), number }) {
				if (start >= next && m.region(start, span.end()).lookingAt() && m.end() > start) {
					spans.add(new Span(start, m.end()));
					next = m.end();
				}
			}
		}
		return spans;
	}

	/** A baseline -> result whose first number names something: "from Java 11 to 17", "from 2019 to 2021". */
	private boolean namesSomething(AnalyzedSection section, int start, int end, int firstToken, int endToken) {
		Tokens tokens = section.tokens();
		for (int t = Math.max(firstToken, tokens.firstAtOrAfter(start)); t < endToken && tokens.start(t) < end; t++) {
			if (tokens.isDigits(t)) {
				return notAMetric(section, t, firstToken);
			}
		}
		return false;
	}

	/**
	 * A number that names something rather than measuring it: after "HTTP", "Java", "version",
	 * "in" (a year) and the like, or shaped like a status code or year ("502s", "2021").
	 */
	private boolean notAMetric(AnalyzedSection section, int token, int firstToken) {
		Tokens tokens = section.tokens();
		if (token > firstToken && grammar.notMetricAfter().contains(tokens.lower(token - 1))) {
			return true;
		}
		return grammar.notMetric().matcher(section.lower()).region(tokens.start(token), section.lower().length()).lookingAt();
	}

	/** Steps back over a currency or sign character, and one space before the number. */
	private int withPrefix(String lower, int number, int sentenceStart) {
		int at = number;
		if (at - 1 > sentenceStart && lower.charAt(at - 1) == ' ' && quantityPrefixes.indexOf(lower.charAt(at - 2)) >= 0) {
			at--;
		}
		return at > sentenceStart && quantityPrefixes.indexOf(lower.charAt(at - 1)) >= 0 ? at - 1 : number;
	}

	private List<Span> baselineResults(AnalyzedSection section, Span span, int firstToken, int endToken) {
		List<Span> spans = new ArrayList<>();
		String sentence = section.lower().substring(span.start(), span.end());
		for (GuardedPattern pattern : baselineResults) {
			if (!pattern.mayMatch(sentence)) {
				continue;
			}
			Matcher m = pattern.regex().matcher(section.lower()).region(span.start(), span.end()).useTransparentBounds(true);
			while (m.find()) {
				if (m.end() > m.start() && !namesSomething(section, m.start(), m.end(), firstToken, endToken)) {
					spans.add(new Span(m.start(), m.end()));
				}
			}
		}
		return spans;
	}

}
