package dev.storysmith.practice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.storysmith.framework.FrameworkCatalog;
import dev.storysmith.framework.FrameworkView;
import dev.storysmith.question.QuestionCatalog;
import dev.storysmith.question.QuestionDetail;
import dev.storysmith.question.QuestionFilter;
import dev.storysmith.question.QuestionSummary;
import dev.storysmith.rubric.CriterionScore;
import dev.storysmith.rubric.Draft;
import dev.storysmith.rubric.FollowUp;
import dev.storysmith.rubric.FollowUpPlanner;
import dev.storysmith.rubric.RubricCriterion;
import dev.storysmith.rubric.RubricEngine;
import dev.storysmith.rubric.Scorecard;
import dev.storysmith.rubric.web.FrameworkShapes;
import dev.storysmith.story.StoryCommands;
import dev.storysmith.story.StoryContent;
import dev.storysmith.story.StoryQueries;
import dev.storysmith.story.StoryView;

/**
 * Mock interviews: picks the questions, serves them one at a time (the first serving of a page
 * starts its clock), takes each answer in order and scores it, and once the last is in keeps
 * the result: the score per answer and criterion, so the summary reads the same later. An
 * answer goes into a story only when the user asks, through the story module's commands.
 */
@Service
@Transactional
public class MockService {

	/** The spoken length an answer should take: two to three minutes. */
	static final int TARGET_MIN_SECONDS = 120;

	static final int TARGET_MAX_SECONDS = 180;

	/** The section id a free-text answer is kept under: the rubric's id for text no label assigns. */
	static final String FREE_SECTION = Draft.FREE_SECTION;

	private final MockInterviewRepository mocks;

	private final QuestionCatalog questions;

	private final FrameworkCatalog frameworks;

	private final RubricEngine rubric;

	private final FollowUpPlanner followUps;

	private final StoryQueries stories;

	private final StoryCommands commands;

	private final ActivityDays activity;

	private final Clock clock;

	/** Draws the questions; a mock that asked the same questions in the same order each time would teach the order. */
	private final RandomGenerator random = RandomGenerator.getDefault();

	MockService(MockInterviewRepository mocks, QuestionCatalog questions, FrameworkCatalog frameworks,
			RubricEngine rubric, FollowUpPlanner followUps, StoryQueries stories, StoryCommands commands,
			ActivityDays activity, Clock clock) {
		this.mocks = mocks;
		this.questions = questions;
		this.frameworks = frameworks;
		this.rubric = rubric;
		this.followUps = followUps;
		this.stories = stories;
		this.commands = commands;
		this.activity = activity;
		this.clock = clock;
	}

	/**
	 * What a mock is made of: competencies to balance over (none: all of them, "surprise me"),
	 * questions to ask first (a plan's), how many questions, and the answer format ({@code free}
	 * or a framework id).
	 */
	public record Choice(Set<String> competencies, List<String> preferredQuestions, Long planId, int count, String format) {
	}

	/**
	 * Creates a mock with its questions.
	 * @throws MockInvalid for an unknown competency or format, a count outside 4-6, or a bank with
	 *     nothing to ask
	 */
	long start(long owner, Choice choice) {
		if (choice.count() < MockPicker.MIN_QUESTIONS || choice.count() > MockPicker.MAX_QUESTIONS) {
			throw new MockInvalid("mock.count.range");
		}
		Optional<FrameworkView> format = MockInterview.FREE.equals(choice.format()) ? Optional.empty()
				: Optional.of(frameworks.find(choice.format()).orElseThrow(() -> new MockInvalid("mock.format.unknown")));
		Set<String> known = questions.competencyNames().keySet();
		if (!known.containsAll(choice.competencies())) {
			throw new MockInvalid("mock.competency.unknown");
		}
		List<QuestionSummary> preferred = choice.preferredQuestions()
			.stream()
			.flatMap(id -> questions.find(id).stream())
			.map(QuestionDetail::summary)
			.toList();
		List<String> over = new ArrayList<>(choice.competencies().isEmpty() && preferred.isEmpty() ? known
				: choice.competencies());
		preferred.forEach(q -> q.competencies().stream().filter(c -> !over.contains(c)).forEach(over::add));
		List<QuestionSummary> picked = MockPicker.pick(preferred, over,
				c -> questions.search(new QuestionFilter(c, null, null)), questions.search(QuestionFilter.none()),
				choice.count(), random);
		if (!choice.preferredQuestions().isEmpty() && preferred.isEmpty()) {
			throw new MockInvalid("mock.plan.noQuestion");
		}
		if (picked.isEmpty()) {
			throw new MockInvalid("mock.noQuestion");
		}
		MockInterview mock = new MockInterview(owner, choice.format(), choice.planId(), clock.instant());
		for (QuestionSummary q : picked) {
			mock.ask(q.id(), q.title(), format.map(FrameworkView::id)
				.orElseGet(() -> RoundShape.framework(q.frameworks(), q.tags(), TARGET_MAX_SECONDS)));
		}
		return mocks.save(mock).getId();
	}

	@Transactional(readOnly = true)
	Optional<MockView> find(long owner, long id) {
		return mocks.findByIdAndOwnerId(id, owner).map(MockService::view);
	}

	/** The owner's mocks, newest first. */
	@Transactional(readOnly = true)
	List<MockView> list(long owner) {
		return mocks.findByOwnerIdOrderByStartedAtDesc(owner).stream().map(MockService::view).toList();
	}

	/**
	 * Serves question {@code number}: its clock starts the first time. Empty when it is not the
	 * question to answer now (answered already, or still ahead).
	 */
	Optional<AnswerView> serve(long owner, long id, int number) {
		MockInterview mock = mocks.findByIdAndOwnerId(id, owner).orElseThrow(() -> new MockNotFound(id));
		Optional<MockAnswer> current = mock.current().filter(a -> a.getNumber() == number);
		current.ifPresent(a -> a.served(clock.instant()));
		return current.map(MockService::view);
	}

	/**
	 * Takes the answer to question {@code number}, scores it and keeps it; the last answer closes
	 * the mock. Sections that are not the answer format's are dropped.
	 * @return false, changing nothing, when that question is not the one to answer now (sent twice,
	 *     or from a page the user went back to)
	 * @throws MockInvalid when the answer holds no text
	 */
	boolean answer(long owner, long id, int number, Map<String, String> text) {
		MockInterview mock = mocks.lockByIdAndOwnerId(id, owner).orElseThrow(() -> new MockNotFound(id));
		Optional<MockAnswer> current = mock.current().filter(a -> a.getNumber() == number);
		if (current.isEmpty()) {
			return false;
		}
		MockAnswer answer = current.get();
		FrameworkView framework = framework(answer.getFrameworkId());
		Map<String, String> kept = new LinkedHashMap<>();
		for (String section : mock.isFreeText() ? List.of(FREE_SECTION) : framework.sectionIds()) {
			String body = text.get(section);
			if (body != null && !body.isBlank()) {
				kept.put(section, unixLines(body));
			}
		}
		if (kept.isEmpty()) {
			throw new MockInvalid("mock.answer.empty");
		}
		Scorecard card = rubric.score(draft(mock.isFreeText(), framework, kept));
		Map<String, Integer> scores = new LinkedHashMap<>();
		card.criteria().forEach(c -> scores.put(c.id(), c.score()));
		Instant now = clock.instant();
		answer.answer(kept, card.overall(), scores, now);
		mock.finishIfComplete(now);
		if (mock.getFinishedAt() != null) {
			activity.record(owner, now);
		}
		return true;
	}

	/** The results of a finished mock; empty while questions are still open. */
	@Transactional(readOnly = true)
	Optional<Summary> summary(long owner, long id) {
		MockInterview mock = mocks.findByIdAndOwnerId(id, owner).orElseThrow(() -> new MockNotFound(id));
		if (mock.getFinishedAt() == null) {
			return Optional.empty();
		}
		List<StoryView> mine = stories.list(owner);
		List<ScoredAnswer> scored = new ArrayList<>();
		List<Map<String, Integer>> counted = new ArrayList<>();
		Set<String> covered = new LinkedHashSet<>();
		for (MockAnswer answer : mock.getAnswers()) {
			FrameworkView framework = framework(answer.getFrameworkId());
			Optional<QuestionDetail> question = questions.find(answer.getQuestionId());
			question.ifPresent(q -> covered.addAll(q.competencies()));
			Draft draft = draft(mock.isFreeText(), framework, answer.getSections());
			Scorecard card = rubric.score(draft);
			counted.add(countedScores(answer.getScores(), card));
			List<FollowUp> asked = followUps.plan(draft, card, question.map(QuestionDetail::followUps).orElse(List.of()));
			List<StoryView> targets = storySections(mock.isFreeText(), framework, answer.getSections()).unplaced().isBlank()
					? mine.stream().filter(s -> s.framework().equals(framework.id())).toList() : List.of();
			scored.add(new ScoredAnswer(view(answer), question.map(QuestionDetail::prompt).orElse(""), card, asked,
					framework.sectionTitles(), Timing.of(answer.used()), targets));
		}
		Map<String, String> names = questions.competencyNames();
		List<String> competencies = covered.stream().map(c -> names.getOrDefault(c, c)).toList();
		Optional<CriterionMean> weakest = weakest(counted, rubric.criteria())
			.map(w -> w.withAdvice(scored.stream()
				.flatMap(s -> s.scorecard().criteria().stream())
				.filter(c -> c.id().equals(w.id()))
				.flatMap(c -> c.advice().stream())
				.distinct()
				.limit(3)
				.toList()));
		return Optional.of(new Summary(view(mock), scored, competencies, weakest));
	}

	/**
	 * Saves answer {@code number} as a new story linked to its question and the question's
	 * competencies; free text goes into the sections its labels name, the rest into the
	 * story's notes to place.
	 * @return the new story's id
	 */
	long saveAsNewStory(long owner, long id, int number) {
		MockInterview mock = finished(owner, id);
		MockAnswer answer = answerOf(mock, number);
		FrameworkView framework = framework(answer.getFrameworkId());
		StorySections text = storySections(mock.isFreeText(), framework, answer.getSections());
		Optional<QuestionDetail> question = questions.find(answer.getQuestionId());
		StoryView created = commands.createWithRevision(owner, new StoryContent(answer.getQuestionTitle(),
				framework.id(), text.sections(), text.unplaced(), question.map(q -> Set.of(q.id())).orElse(Set.of()),
				question.map(q -> Set.copyOf(q.competencies())).orElse(Set.of())));
		answer.savedInto(created.id());
		return created.id();
	}

	/**
	 * Puts answer {@code number} into one of the owner's stories in the same framework; the
	 * story's earlier text stays as a revision.
	 * @throws MockInvalid when the story is in another framework or part of a free answer has no
	 *     section label to go under
	 */
	long addToStory(long owner, long id, int number, long storyId) {
		MockInterview mock = finished(owner, id);
		MockAnswer answer = answerOf(mock, number);
		FrameworkView framework = framework(answer.getFrameworkId());
		StoryView story = stories.find(owner, storyId).orElseThrow(() -> new MockNotFound(storyId));
		StorySections text = storySections(mock.isFreeText(), framework, answer.getSections());
		if (!story.framework().equals(framework.id()) || !text.unplaced().isBlank()) {
			throw new MockInvalid("mock.save.needsNew");
		}
		commands.takeInText(owner, story.id(), text.sections());
		answer.savedInto(story.id());
		return story.id();
	}

	/**
	 * An answer's saved scores, without the criteria its framework does not ask for (lessons in
	 * STAR): those are scored at 0 when absent, and would otherwise always be "weakest".
	 */
	static Map<String, Integer> countedScores(Map<String, Integer> saved, Scorecard card) {
		Set<String> counts = card.criteria().stream().filter(CriterionScore::counted).map(CriterionScore::id)
			.collect(Collectors.toSet());
		Map<String, Integer> kept = new LinkedHashMap<>(saved);
		kept.keySet().retainAll(counts);
		return kept;
	}

	/**
	 * The criterion with the lowest mean score over the answers, among those the rubric
	 * publishes; on a tie, the one the rubric lists first.
	 */
	static Optional<CriterionMean> weakest(List<Map<String, Integer>> answers, List<RubricCriterion> criteria) {
		return criteria.stream()
			.filter(c -> answers.stream().anyMatch(a -> a.containsKey(c.id())))
			.map(c -> new CriterionMean(c.id(), c.label(), answers.stream()
				.filter(a -> a.containsKey(c.id()))
				.mapToInt(a -> a.get(c.id()))
				.average()
				.orElse(0), c.max(), List.of()))
			.min(Comparator.comparingDouble(CriterionMean::mean));
	}

	/** Story sections from an answer: free text split by its labels, what no label assigns apart. */
	private StorySections storySections(boolean freeText, FrameworkView framework, Map<String, String> answer) {
		if (!freeText) {
			return new StorySections(framework.inSpeakingOrder(answer), "");
		}
		Map<String, String> split = new LinkedHashMap<>(
				Draft.freeText(FrameworkShapes.of(framework), answer.getOrDefault(FREE_SECTION, "")).sections());
		String unplaced = split.getOrDefault(FREE_SECTION, "").strip();
		split.remove(FREE_SECTION);
		return new StorySections(split, unplaced);
	}

	private record StorySections(Map<String, String> sections, String unplaced) {
	}

	private static Draft draft(boolean freeText, FrameworkView framework, Map<String, String> text) {
		return freeText ? Draft.freeText(FrameworkShapes.of(framework), text.getOrDefault(FREE_SECTION, ""))
				: new Draft(FrameworkShapes.of(framework), framework.inSpeakingOrder(text));
	}

	private MockInterview finished(long owner, long id) {
		return mocks.findByIdAndOwnerId(id, owner)
			.filter(m -> m.getFinishedAt() != null)
			.orElseThrow(() -> new MockNotFound(id));
	}

	private static MockAnswer answerOf(MockInterview mock, int number) {
		return mock.getAnswers()
			.stream()
			.filter(a -> a.getNumber() == number)
			.findFirst()
			.orElseThrow(() -> new MockNotFound(mock.getId()));
	}

	private FrameworkView framework(String id) {
		return frameworks.find(id).orElseThrow(() -> new IllegalStateException("unknown framework " + id));
	}

	/** Browsers post CRLF; the rubric's evidence offsets and the story module count LF. */
	private static String unixLines(String text) {
		return text.replace("\r\n", "\n").replace('\r', '\n');
	}

	private static MockView view(MockInterview mock) {
		return new MockView(mock.getId(), mock.getAnswerFormat(), mock.getPlanId(), mock.getStartedAt(),
				mock.getFinishedAt(), mock.getOverall(), mock.getAnswers().stream().map(MockService::view).toList());
	}

	private static AnswerView view(MockAnswer a) {
		return new AnswerView(a.getNumber(), a.getQuestionId(), a.getQuestionTitle(), a.getFrameworkId(),
				a.getServedAt(), a.getAnsweredAt(), a.getOverall(), a.getStoryId(), Map.copyOf(a.getSections()),
				Map.copyOf(a.getScores()), a.used());
	}

	/** A mock as pages see it. */
	public record MockView(long id, String format, Long planId, Instant startedAt, Instant finishedAt, Integer overall,
			List<AnswerView> answers) {

		public boolean finished() {
			return finishedAt != null;
		}

		public boolean freeText() {
			return MockInterview.FREE.equals(format);
		}

		/** The question to answer now; empty once the mock is finished. */
		public Optional<AnswerView> current() {
			return answers.stream().filter(a -> a.answeredAt() == null).findFirst();
		}

		public int answered() {
			return (int) answers.stream().filter(a -> a.answeredAt() != null).count();
		}

	}

	/** One question of a mock and its answer, as pages see it. */
	public record AnswerView(int number, String questionId, String questionTitle, String framework, Instant servedAt,
			Instant answeredAt, Integer overall, Long storyId, Map<String, String> sections,
			Map<String, Integer> scores, Duration used) {

		/** When the answer should be over: the end of the target time, from the first serving. */
		public Instant deadline() {
			return servedAt == null ? null : servedAt.plusSeconds(TARGET_MAX_SECONDS);
		}

	}

	/** The time an answer took against the two-to-three-minute target. */
	public enum Timing {

		SHORT, ON_TARGET, OVER;

		public static Timing of(Duration used) {
			long seconds = used.toSeconds();
			return seconds < TARGET_MIN_SECONDS ? SHORT : seconds <= TARGET_MAX_SECONDS ? ON_TARGET : OVER;
		}

	}

	/** A criterion's mean score (0 to {@code max}) over the answers, with advice the answers got on it. */
	public record CriterionMean(String id, String label, double mean, int max, List<String> advice) {

		public CriterionMean withAdvice(List<String> advice) {
			return new CriterionMean(id, label, mean, max, advice);
		}

	}

	/**
	 * One answer of the summary: its scorecard, the follow-ups it invites, its timing, and the
	 * owner's stories it can go into (same framework; none when part of a free answer has no label).
	 */
	public record ScoredAnswer(AnswerView answer, String prompt, Scorecard scorecard, List<FollowUp> followUps,
			Map<String, String> sectionTitles, Timing timing, List<StoryView> targets) {
	}

	/** A finished mock: its answers, the competencies its questions probe, the weakest criterion over all answers. */
	public record Summary(MockView mock, List<ScoredAnswer> answers, List<String> competencies,
			Optional<CriterionMean> weakest) {
	}

}
