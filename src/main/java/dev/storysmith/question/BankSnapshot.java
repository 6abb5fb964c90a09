package dev.storysmith.question;

import java.text.ParseException;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

import dev.storysmith.framework.FrameworkCatalog;
import dev.storysmith.system.MarkdownRenderer;

/**
 * One version of the bank, held in memory: every active question with its page already
 * rendered to safe HTML, the vocabulary, the counts the list shows and the search index.
 * Immutable; a new import builds a new snapshot that replaces this one as a whole.
 */
final class BankSnapshot {

	static final int PAGE_SIZE = 20;

	static final int NEAR_MATCHES = 5;

	private static final int PROMPT_LINE = 160;

	/**
	 * The locale comes from the visitor's Accept-Language header: labels are kept for this many
	 * locales at most, further ones are formatted per request rather than growing the map.
	 */
	static final int LABEL_LOCALES = 16;

	private final long version;

	private final List<Prepared> questions;

	private final Map<String, Prepared> byId;

	private final List<CompetencyView> competencies;

	private final Map<CompetencyView, Long> countsByCompetency;

	private final Map<Difficulty, Long> countsByDifficulty;

	private final QuestionIndex index;

	private final Map<Locale, ListLabels> labels = new ConcurrentHashMap<>();

	/** A question with everything its pages need, computed once. */
	private record Prepared(QuestionDetail detail, QuestionSummary summary, QuestionPage page, String promptLine) {
	}

	private BankSnapshot(long version, List<Prepared> questions, List<CompetencyView> competencies,
			QuestionIndex index) {
		this.version = version;
		this.questions = List.copyOf(questions);
		this.byId = questions.stream().collect(Collectors.toUnmodifiableMap(p -> p.detail().id(), Function.identity()));
		this.competencies = List.copyOf(competencies);
		Map<CompetencyView, Long> byCompetency = new LinkedHashMap<>();
		competencies.forEach(c -> byCompetency.put(c, questions.stream()
			.filter(p -> p.detail().competencies().contains(c.id()))
			.count()));
		this.countsByCompetency = Collections.unmodifiableMap(byCompetency);
		Map<Difficulty, Long> byDifficulty = new EnumMap<>(Difficulty.class);
		for (Difficulty difficulty : Difficulty.values()) {
			byDifficulty.put(difficulty, questions.stream().filter(p -> p.detail().difficulty() == difficulty).count());
		}
		this.countsByDifficulty = Collections.unmodifiableMap(byDifficulty);
		this.index = index;
	}

	/** The bank before the first import has been read: no questions, version 0. */
	static BankSnapshot empty() {
		return new BankSnapshot(0, List.of(), List.of(), QuestionIndex.build(List.of(), TextAnalysis.withoutSynonyms()));
	}

	/**
	 * @param synonyms the bank's synonym list (Solr format)
	 * @throws ParseException when the synonym list cannot be read
	 */
	static BankSnapshot build(long version, List<QuestionDetail> active, List<CompetencyView> vocabulary,
			String synonyms, FrameworkCatalog frameworks, MarkdownRenderer markdown) throws ParseException {
		Map<String, CompetencyView> byId = vocabulary.stream()
			.collect(Collectors.toMap(CompetencyView::id, Function.identity(), (a, b) -> a));
		List<Prepared> prepared = active.stream()
			.sorted(Comparator.comparing((QuestionDetail q) -> q.title().toLowerCase(Locale.ROOT)).thenComparing(QuestionDetail::id))
			.map(q -> new Prepared(q, q.summary(), QuestionPage.of(q, byId, frameworks, markdown),
					oneLine(plainText(markdown.toHtml(q.prompt())))))
			.toList();
		List<QuestionIndex.Entry> entries = prepared.stream()
			.map(p -> new QuestionIndex.Entry(p.detail().id(), p.detail().title(), plainText(p.page().promptHtml()),
					p.detail().competencies(),
					p.page().competencies().stream().map(CompetencyView::name).collect(Collectors.joining("\n")),
					plainText(p.page().listenForHtml()), p.detail().difficulty()))
			.toList();
		return new BankSnapshot(version, prepared, vocabulary, QuestionIndex.build(entries, TextAnalysis.of(synonyms)));
	}

	long version() {
		return version;
	}

	/** The analysis this snapshot's search uses, with its synonym list. */
	TextAnalysis textAnalysis() {
		return index.analysis();
	}

	Optional<QuestionDetail> find(String id) {
		return Optional.ofNullable(byId.get(id)).map(Prepared::detail);
	}

	Optional<QuestionPage> page(String id) {
		return Optional.ofNullable(byId.get(id)).map(Prepared::page);
	}

	List<CompetencyView> competencies() {
		return competencies;
	}

	Map<CompetencyView, Long> countsByCompetency() {
		return countsByCompetency;
	}

	/** The list page's count labels for this bank, formatted on first use in each locale. */
	ListLabels labels(Locale locale, MessageSource messages) {
		ListLabels known = labels.get(locale);
		if (known != null) {
			return known;
		}
		ListLabels formatted = ListLabels.of(countsByCompetency, countsByDifficulty, questions.size(), PAGE_SIZE, messages,
				locale);
		if (labels.size() < LABEL_LOCALES) {
			labels.putIfAbsent(locale, formatted);
		}
		return formatted;
	}

	/** Questions matching the filter: by title, or best match first when it has text. */
	List<QuestionSummary> search(QuestionFilter filter) {
		return matches(filter).questions().stream().map(Prepared::summary).toList();
	}

	/** One page of the list for {@code filter}, pages counted from 1 (a page past the end shows the last). */
	QuestionListing list(QuestionFilter filter, int page) {
		Matches matches = matches(filter);
		int total = matches.questions().size();
		int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int shown = Math.min(Math.max(page, 1), pages);
		List<QuestionListItem> items = matches.questions()
			.subList((shown - 1) * PAGE_SIZE, Math.min(total, shown * PAGE_SIZE))
			.stream()
			.map(p -> item(p, matches.result()))
			.toList();
		List<QuestionSummary> near = total == 0 && filter.text() != null
				? index.nearMatches(filter.text(), NEAR_MATCHES).stream().map(id -> byId.get(id).summary()).toList()
				: List.of();
		return new QuestionListing(items, shown, pages, total, near);
	}

	private record Matches(List<Prepared> questions, Optional<QuestionIndex.Result> result) {
	}

	private Matches matches(QuestionFilter filter) {
		if (filter.text() == null) {
			return new Matches(questions.stream()
				.filter(p -> filter.competency() == null || p.detail().competencies().contains(filter.competency()))
				.filter(p -> filter.difficulty() == null || p.detail().difficulty() == filter.difficulty())
				.toList(), Optional.empty());
		}
		QuestionIndex.Result result = index.search(filter.text(), filter.competency(), filter.difficulty());
		return new Matches(result.ids().stream().map(byId::get).toList(), Optional.of(result));
	}

	private QuestionListItem item(Prepared prepared, Optional<QuestionIndex.Result> result) {
		var query = result.flatMap(QuestionIndex.Result::query);
		return new QuestionListItem(prepared.detail().id(),
				index.highlight(query, QuestionIndex.Marked.TITLE, prepared.detail().title()),
				index.highlight(query, QuestionIndex.Marked.PROMPT, prepared.promptLine()), prepared.detail().difficulty(),
				prepared.page().competencies());
	}

	/** The words of rendered, sanitized HTML, without tags and entities. */
	static String plainText(String html) {
		return HtmlUtils.htmlUnescape(html.replaceAll("<[^>]*>", " ")).replaceAll("\\s+", " ").strip();
	}

	/** The first sentence, or the text cut at a word before {@value #PROMPT_LINE} characters. */
	static String oneLine(String text) {
		int sentenceEnd = -1;
		for (int i = 0; i < text.length() - 1; i++) {
			char c = text.charAt(i);
			if ((c == '.' || c == '?' || c == '!') && text.charAt(i + 1) == ' ') {
				sentenceEnd = i + 1;
				break;
			}
		}
		String line = sentenceEnd > 0 ? text.substring(0, sentenceEnd) : text;
		if (line.length() <= PROMPT_LINE) {
			return line;
		}
		int cut = line.lastIndexOf(' ', PROMPT_LINE - 1);
		return line.substring(0, cut > 0 ? cut : PROMPT_LINE - 1) + "…";
	}

}
