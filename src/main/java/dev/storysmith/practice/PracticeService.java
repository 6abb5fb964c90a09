package dev.storysmith.practice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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

import dev.storysmith.question.QuestionCatalog;
import dev.storysmith.question.QuestionDetail;
import dev.storysmith.question.QuestionFilter;
import dev.storysmith.question.QuestionSummary;
import dev.storysmith.story.StoryContent;
import dev.storysmith.story.StoryService;
import dev.storysmith.story.StoryView;

/**
 * Timed practice: picks a question the user has not practised lately, times the answer, and
 * saves it into a story so nothing typed against the clock is lost.
 */
@Service
@Transactional
public class PracticeService {

	static final int MIN_SECONDS = 60;

	static final int MAX_SECONDS = 15 * 60;

	static final int DEFAULT_SECONDS = 180;

	private final PracticeSessionRepository sessions;

	private final QuestionCatalog questions;

	private final StoryService stories;

	private final Clock clock;

	/** Breaks ties among equally fresh questions, so "surprise me" does not always pick the same one. */
	private final RandomGenerator random = RandomGenerator.getDefault();

	PracticeService(PracticeSessionRepository sessions, QuestionCatalog questions, StoryService stories, Clock clock) {
		this.sessions = sessions;
		this.questions = questions;
		this.stories = stories;
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
		for (PracticeSession session : sessions.findByOwnerIdOrderByStartedAtDesc(owner)) {
			lastPractised.putIfAbsent(session.getQuestionId(), session.getStartedAt());
		}
		Comparator<QuestionSummary> leastRecent = Comparator
			.comparing(q -> lastPractised.getOrDefault(q.id(), Instant.MIN));
		QuestionSummary oldest = candidates.stream().min(leastRecent).orElseThrow();
		List<QuestionSummary> tied = candidates.stream().filter(q -> leastRecent.compare(q, oldest) == 0).toList();
		QuestionSummary chosen = tied.get(random.nextInt(tied.size()));
		int limit = Math.max(MIN_SECONDS, Math.min(MAX_SECONDS, timeLimitSeconds));
		String framework = RoundShape.framework(chosen.frameworks(), chosen.tags(), limit);
		return Optional.of(sessions.save(new PracticeSession(owner, chosen.id(), framework, limit, clock.instant())).getId());
	}

	@Transactional(readOnly = true)
	public Optional<PracticeRound> find(long owner, long id) {
		return sessions.findByIdAndOwnerId(id, owner).map(this::round);
	}

	/**
	 * Hands in the answer: into a new story for the question, or into one of the user's
	 * stories (whose previous text is first kept as a revision). The answer itself is saved
	 * as a revision too.
	 */
	public PracticeRound finish(long owner, long id, Map<String, String> sections, Long targetStory) {
		PracticeSession session = sessions.findByIdAndOwnerId(id, owner)
			.orElseThrow(() -> new IllegalArgumentException("no practice round " + id));
		if (session.isFinished()) {
			return round(session);
		}
		Optional<QuestionDetail> question = questions.find(session.getQuestionId());
		Optional<StoryView> existing = Optional.ofNullable(targetStory)
			.flatMap(storyId -> stories.find(owner, storyId))
			.filter(story -> story.framework().equals(session.getFrameworkId()));
		StoryView saved;
		if (existing.isPresent()) {
			StoryView story = existing.get();
			StoryView kept = stories.saveRevision(owner, story.id(), story.version(), story.content());
			saved = stories.saveRevision(owner, story.id(), kept.version(), new StoryContent(story.title(),
					story.framework(), sections, story.unplacedNotes(), story.questionIds(), story.competencies()));
		}
		else {
			String title = question.map(QuestionDetail::title).orElse(session.getQuestionId());
			Set<String> competencies = question.map(q -> (Set<String>) new TreeSet<>(q.competencies())).orElse(Set.of());
			StoryView created = stories.create(owner, new StoryContent(title, session.getFrameworkId(), sections, "",
					question.map(q -> Set.of(q.id())).orElse(Set.of()), competencies));
			saved = stories.saveRevision(owner, created.id(), created.version(), created.content());
		}
		// Every handed-in answer is also a scored revision, so practice shows up on the progress charts.
		session.finish(saved.id(), stories.score(saved.content()).overall(), clock.instant());
		return round(session);
	}

	@Transactional(readOnly = true)
	public List<PracticeRound> recent(long owner) {
		return sessions.findByOwnerIdOrderByStartedAtDesc(owner).stream().limit(20).map(this::round).toList();
	}

	/** Days in a row, up to today or yesterday, with at least one finished round. */
	@Transactional(readOnly = true)
	public int streak(long owner) {
		Set<LocalDate> days = new TreeSet<>();
		sessions.findByOwnerIdOrderByStartedAtDesc(owner)
			.stream()
			.filter(PracticeSession::isFinished)
			.forEach(s -> days.add(LocalDate.ofInstant(s.getFinishedAt(), ZoneOffset.UTC)));
		LocalDate day = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
		if (!days.contains(day)) {
			day = day.minusDays(1);
		}
		int streak = 0;
		while (days.contains(day)) {
			streak++;
			day = day.minusDays(1);
		}
		return streak;
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

	private PracticeRound round(PracticeSession session) {
		return new PracticeRound(session.getId(), session.getQuestionId(), session.getFrameworkId(),
				session.getTimeLimitSeconds(), session.getStartedAt(), session.deadline(), session.getFinishedAt(),
				session.getStoryId(), session.getOverall(), session.overtime());
	}

	/** A practice round as pages see it. */
	public record PracticeRound(long id, String questionId, String framework, int timeLimitSeconds, Instant startedAt,
			Instant deadline, Instant finishedAt, Long storyId, Integer overall, Duration overtime) {

		public boolean finished() {
			return finishedAt != null;
		}

	}

}
