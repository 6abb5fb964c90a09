package dev.storysmith.practice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.random.RandomGenerator;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.storysmith.framework.FrameworkCatalog;
import dev.storysmith.question.QuestionCatalog;
import dev.storysmith.question.QuestionDetail;
import dev.storysmith.question.QuestionFilter;
import dev.storysmith.question.QuestionSummary;
import dev.storysmith.rubric.FollowUp;
import dev.storysmith.rubric.Scorecard;
import dev.storysmith.story.StoryContent;
import dev.storysmith.story.StoryCommands;
import dev.storysmith.story.StoryQueries;
import dev.storysmith.story.StoryView;

/**
 * Timed practice: picks a question the user has not practised lately, times the answer and keeps
 * it as a practice attempt with its score. The user may then save it as a new story or into one
 * of their stories, through the story module's public commands.
 */
@Service
@Transactional
public class PracticeService {

	static final int MIN_SECONDS = 60;

	static final int MAX_SECONDS = 15 * 60;

	static final int DEFAULT_SECONDS = 180;

	private final PracticeAttemptRepository sessions;

	private final QuestionCatalog questions;

	private final StoryQueries stories;

	private final StoryCommands commands;

	private final FrameworkCatalog frameworks;

	private final ActivityDays activity;

	private final Clock clock;

	/** Breaks ties among equally fresh questions, so "surprise me" does not always pick the same one. */
	private final RandomGenerator random = RandomGenerator.getDefault();

	PracticeService(PracticeAttemptRepository sessions, QuestionCatalog questions, StoryQueries stories,
			StoryCommands commands, FrameworkCatalog frameworks, ActivityDays activity, Clock clock) {
		this.activity = activity;
		this.sessions = sessions;
		this.questions = questions;
		this.stories = stories;
		this.commands = commands;
		this.frameworks = frameworks;
		this.clock = clock;
	}

	/**
	 * Starts a round on a question probing one of the competencies (any, when none is given),
	 * preferring questions never practised, then the longest ago.
	 * @return empty when no active question matches
	 */
	public Optional<Long> start(long owner, Set<String> competencies, int timeLimitSeconds) {
		List<QuestionSummary> candidates = candidates(competencies);
		if (candidates.isEmpty()) {
			return Optional.empty();
		}
		Map<String, Instant> lastPractised = new HashMap<>();
		for (PracticeAttempt session : sessions.findByOwnerIdOrderByStartedAtDesc(owner)) {
			lastPractised.putIfAbsent(session.getQuestionId(), session.getStartedAt());
		}
		Comparator<QuestionSummary> leastRecent = Comparator
			.comparing(q -> lastPractised.getOrDefault(q.id(), Instant.MIN));
		QuestionSummary oldest = candidates.stream().min(leastRecent).orElseThrow();
		List<QuestionSummary> tied = candidates.stream().filter(q -> leastRecent.compare(q, oldest) == 0).toList();
		QuestionSummary chosen = tied.get(random.nextInt(tied.size()));
		int limit = Math.max(MIN_SECONDS, Math.min(MAX_SECONDS, timeLimitSeconds));
		String framework = RoundShape.framework(chosen.frameworks(), chosen.tags(), limit);
		return Optional.of(sessions.save(new PracticeAttempt(owner, chosen.id(), framework, limit, clock.instant())).getId());
	}

	@Transactional(readOnly = true)
	public Optional<PracticeRound> find(long owner, long id) {
		return sessions.findByIdAndOwnerId(id, owner).map(this::round);
	}

	/**
	 * Hands in the answer: it is scored and kept with the attempt, and no story changes. Only the
	 * sections of the attempt's framework are kept. Handing in twice keeps the first answer.
	 */
	public PracticeRound finish(long owner, long id, Map<String, String> answer) {
		PracticeAttempt attempt = attempt(owner, id);
		if (attempt.isFinished()) {
			return round(attempt);
		}
		Map<String, String> sections = frameworks.find(attempt.getFrameworkId())
			.map(f -> f.inSpeakingOrder(answer))
			.orElse(Map.of());
		StoryContent content = new StoryContent(title(attempt), attempt.getFrameworkId(), sections, "", Set.of(),
				Set.of());
		attempt.finish(content.sections(), stories.score(content).overall(), clock.instant());
		activity.record(owner, attempt.getFinishedAt());
		return round(attempt);
	}

	/**
	 * Scores the handed-in answer as the story module would score it, with the follow-ups an
	 * interviewer would ask of it (the practised question's own among them).
	 */
	@Transactional(readOnly = true)
	public Optional<ScoredAnswer> scorecard(long owner, long id) {
		return sessions.findByIdAndOwnerId(id, owner).filter(PracticeAttempt::isFinished).map(a -> {
			StoryContent content = new StoryContent(title(a), a.getFrameworkId(), a.getSections(), "",
					Set.of(a.getQuestionId()), Set.of());
			Scorecard scorecard = stories.score(content);
			return new ScoredAnswer(scorecard, stories.followUps(content, scorecard));
		});
	}

	/** A handed-in answer's scorecard and the follow-ups it invites. */
	public record ScoredAnswer(Scorecard scorecard, List<FollowUp> followUps) {
	}

	/** The user's stories an answer to this attempt can go into: same framework, those linked to the question first. */
	@Transactional(readOnly = true)
	public List<StoryView> targets(long owner, PracticeRound round) {
		return stories.list(owner)
			.stream()
			.filter(s -> s.framework().equals(round.framework()))
			.sorted(Comparator.comparing((StoryView s) -> !s.questionIds().contains(round.questionId())))
			.toList();
	}

	/**
	 * Saves the handed-in answer as a new story linked to the question and its competencies,
	 * through the story module's commands.
	 * @return the new story's id
	 */
	public long saveAsNewStory(long owner, long id) {
		PracticeAttempt attempt = finished(owner, id);
		Optional<QuestionDetail> question = questions.find(attempt.getQuestionId());
		Set<String> competencies = question.map(q -> (Set<String>) new TreeSet<>(q.competencies())).orElse(Set.of());
		StoryView created = commands.createWithRevision(owner, new StoryContent(title(attempt),
				attempt.getFrameworkId(), attempt.getSections(), "",
				question.map(q -> Set.of(q.id())).orElse(Set.of()), competencies));
		attempt.savedInto(created.id());
		return created.id();
	}

	/**
	 * Puts the handed-in answer into one of the user's stories; the story's earlier text stays
	 * as a revision.
	 */
	public long addToStory(long owner, long id, long storyId) {
		PracticeAttempt attempt = finished(owner, id);
		StoryView story = commands.takeInText(owner, storyId, attempt.getSections());
		attempt.savedInto(story.id());
		return story.id();
	}

	/** Question titles by id for the attempts, the id itself for a question gone from the bank. */
	@Transactional(readOnly = true)
	public Map<String, String> questionTitles(List<PracticeRound> rounds) {
		Map<String, String> titles = new LinkedHashMap<>();
		rounds.forEach(r -> titles.computeIfAbsent(r.questionId(),
				k -> questions.find(k).map(QuestionDetail::title).orElse(k)));
		return titles;
	}

	@Transactional(readOnly = true)
	public List<PracticeRound> recent(long owner) {
		return sessions.findByOwnerIdOrderByStartedAtDesc(owner).stream().limit(20).map(this::round).toList();
	}

	/** Days in a row, up to today or yesterday, with a handed-in attempt or a saved story revision. */
	@Transactional(readOnly = true)
	public int streak(long owner) {
		return activity.streak(owner);
	}

	private PracticeAttempt attempt(long owner, long id) {
		return sessions.findByIdAndOwnerId(id, owner).orElseThrow(() -> new PracticeNotFound(id));
	}

	private PracticeAttempt finished(long owner, long id) {
		PracticeAttempt attempt = attempt(owner, id);
		if (!attempt.isFinished()) {
			throw new PracticeNotFound(id);
		}
		return attempt;
	}

	private String title(PracticeAttempt attempt) {
		return questions.find(attempt.getQuestionId()).map(QuestionDetail::title).orElse(attempt.getQuestionId());
	}

	private List<QuestionSummary> candidates(Set<String> competencies) {
		if (competencies.isEmpty()) {
			return questions.search(QuestionFilter.none());
		}
		Map<String, QuestionSummary> union = new LinkedHashMap<>();
		for (String competency : competencies) {
			questions.search(new QuestionFilter(competency, null, null)).forEach(q -> union.putIfAbsent(q.id(), q));
		}
		return new ArrayList<>(union.values());
	}

	private PracticeRound round(PracticeAttempt session) {
		return new PracticeRound(session.getId(), session.getQuestionId(), session.getFrameworkId(),
				session.getTimeLimitSeconds(), session.getStartedAt(), session.deadline(), session.getFinishedAt(),
				session.getStoryId(), session.getOverall(), session.overtime(), session.getSections());
	}

	/** A practice round as pages see it. */
	public record PracticeRound(long id, String questionId, String framework, int timeLimitSeconds, Instant startedAt,
			Instant deadline, Instant finishedAt, Long storyId, Integer overall, Duration overtime,
			Map<String, String> sections) {

		public boolean finished() {
			return finishedAt != null;
		}

	}

}
