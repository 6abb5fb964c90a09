package dev.storysmith.story.export;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;

import dev.storysmith.question.CompetencyView;
import dev.storysmith.question.QuestionCatalog;
import dev.storysmith.rubric.CriterionScore;
import dev.storysmith.rubric.Evidence;
import dev.storysmith.rubric.Scorecard;
import dev.storysmith.story.StoryContent;
import dev.storysmith.story.StoryExceptions;
import dev.storysmith.story.StoryQueries;
import dev.storysmith.story.StoryView;
import dev.storysmith.system.ApiProblems;

/**
 * Builds the interview-day one-pager from the stories a user picked: each story's rubric
 * evidence gives its strongest numbers, its decision and its lesson. Only the owner's stories;
 * an id that is not theirs is a 404, no id or more than {@value #MAX_STORIES} a 400.
 */
@Service
class OnePagers {

	static final int MAX_STORIES = 6;

	static final int MAX_IDS_CHARS = 200;

	/** Words of each line on the card, so six stories fit one sheet. */
	private static final int LINE_WORDS = 30;

	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\n+");

	private static final Pattern DIGIT = Pattern.compile("\\d");

	private final StoryQueries stories;

	private final QuestionCatalog questions;

	private final Clock clock;

	OnePagers(StoryQueries stories, QuestionCatalog questions, Clock clock) {
		this.stories = stories;
		this.questions = questions;
		this.clock = clock;
	}

	/** The one-pager of the owner's stories named in {@code ids} ("1,2,5"), in that order. */
	OnePager build(long owner, String ids) {
		List<StoryView> chosen = parse(ids).stream()
			.map(id -> stories.find(owner, id).orElseThrow(() -> new StoryExceptions.NotFound(id)))
			.toList();
		List<OnePager.Card> cards = chosen.stream().map(this::card).toList();
		Map<String, List<String>> competencies = new LinkedHashMap<>();
		for (CompetencyView competency : questions.competencies()) {
			List<String> titles = chosen.stream()
				.filter(s -> s.competencies().contains(competency.id()))
				.map(StoryView::title)
				.toList();
			if (!titles.isEmpty()) {
				competencies.put(competency.name(), titles);
			}
		}
		return new OnePager(cards, competencies, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
	}

	private static Set<Long> parse(String ids) {
		if (ids == null || ids.isBlank()) {
			throw ApiProblems.badRequest("ids", "Pick at least one story for the one-pager (ids=1,2).");
		}
		if (ids.length() > MAX_IDS_CHARS) {
			throw ApiProblems.badRequest("ids", "Pick at most " + MAX_STORIES + " stories for the one-pager.");
		}
		Set<Long> parsed = new LinkedHashSet<>();
		for (String part : ids.split(",")) {
			String id = part.strip();
			if (!id.matches("\\d{1,18}")) {
				throw ApiProblems.badRequest("ids", "'" + id + "' is not a story id; send ids like 1,2,5.");
			}
			parsed.add(Long.parseLong(id));
		}
		if (parsed.size() > MAX_STORIES) {
			throw ApiProblems.badRequest("ids", "You picked " + parsed.size() + " stories; the one-pager holds at most "
					+ MAX_STORIES + ".");
		}
		return parsed;
	}

	private OnePager.Card card(StoryView story) {
		Scorecard card = stories.score(new StoryContent(story.title(), story.framework(), story.sections(), "",
				story.questionIds(), story.competencies()));
		List<Evidence> metrics = evidence(card, "metrics");
		List<String> numbers = metrics.stream()
			.map(Evidence::text)
			.filter(text -> DIGIT.matcher(text).find())
			.distinct()
			.sorted(Comparator.comparingInt(String::length).reversed())
			.limit(3)
			.toList();
		String hook = metrics.stream()
			.filter(e -> DIGIT.matcher(e.text()).find())
			.findFirst()
			.map(e -> sentenceAround(story.sections().getOrDefault(e.section(), ""), e.start()))
			.orElseGet(() -> firstSentence(story));
		return new OnePager.Card(story.id(), story.title(), words(hook), numbers, words(first(card, "tradeoffs")),
				words(first(card, "lessons")));
	}

	private static List<Evidence> evidence(Scorecard card, String criterion) {
		return card.criteria()
			.stream()
			.filter(c -> c.id().equals(criterion))
			.map(CriterionScore::evidence)
			.findFirst()
			.orElse(List.of());
	}

	private static String first(Scorecard card, String criterion) {
		return evidence(card, criterion).stream().map(Evidence::text).map(String::strip).findFirst().orElse("");
	}

	private static String sentenceAround(String text, int offset) {
		int start = 0;
		var matcher = SENTENCE_END.matcher(text);
		while (matcher.find()) {
			if (matcher.end() > offset) {
				return text.substring(start, matcher.start()).strip();
			}
			start = matcher.end();
		}
		return text.substring(start).strip();
	}

	private static String firstSentence(StoryView story) {
		return story.sections()
			.values()
			.stream()
			.filter(text -> !text.isBlank())
			.findFirst()
			.map(text -> SENTENCE_END.split(text.strip(), 2)[0])
			.orElse("");
	}

	private static String words(String text) {
		List<String> words = new ArrayList<>(List.of(text.strip().split("\\s+")));
		return words.size() <= LINE_WORDS ? text.strip() : String.join(" ", words.subList(0, LINE_WORDS)) + "...";
	}

}
