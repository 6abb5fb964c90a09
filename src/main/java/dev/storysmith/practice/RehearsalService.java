package dev.storysmith.practice;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.storysmith.framework.FrameworkCatalog;
import dev.storysmith.framework.FrameworkView;
import dev.storysmith.framework.SectionView;
import dev.storysmith.rubric.Draft;
import dev.storysmith.rubric.FollowUp;
import dev.storysmith.rubric.FollowUpPlanner;
import dev.storysmith.rubric.RubricEngine;
import dev.storysmith.rubric.Scorecard;
import dev.storysmith.rubric.web.FrameworkShapes;
import dev.storysmith.story.StoryQueries;
import dev.storysmith.story.StoryView;

/**
 * Spoken rehearsals of a user's stories: the cue cards to speak from, saving what the page
 * measured (never audio), and reading rehearsals back with the transcript scored by the rubric
 * and compared with the written story.
 */
@Service
@Transactional
public class RehearsalService {

	/** The spoken length the rubric gives full marks for: two to three minutes. */
	static final int TARGET_MIN_SECONDS = 120;

	static final int TARGET_MAX_SECONDS = 180;

	private final RehearsalRepository rehearsals;

	private final StoryQueries stories;

	private final FrameworkCatalog frameworks;

	private final RubricEngine rubric;

	private final FollowUpPlanner followUps;

	private final Clock clock;

	RehearsalService(RehearsalRepository rehearsals, StoryQueries stories, FrameworkCatalog frameworks,
			RubricEngine rubric, FollowUpPlanner followUps, Clock clock) {
		this.rehearsals = rehearsals;
		this.stories = stories;
		this.frameworks = frameworks;
		this.rubric = rubric;
		this.followUps = followUps;
		this.clock = clock;
	}

	/** One section of the story as a card: its cues, its full text and its planned share of the time. */
	record CueCard(String sectionId, String title, int plannedShare, List<String> cues, String text) {
	}

	/** A saved rehearsal as lists show it. */
	record Summary(long id, long storyId, String storyTitle, Instant createdAt, RehearsalMeasures measures) {
	}

	/**
	 * A saved rehearsal with the time on each card in the framework's order, and what its
	 * transcript shows, when it has one: its score, what an interviewer would ask next, and the
	 * story's sentences that were not said.
	 */
	record Result(Summary rehearsal, Map<String, String> sectionTitles, Map<String, Integer> sectionMs,
			Optional<Scorecard> transcriptScore, List<FollowUp> followUps, Map<String, List<String>> notSaid) {
	}

	/** The story's sections with text, in speaking order, as cue cards. */
	@Transactional(readOnly = true)
	public List<CueCard> cards(long owner, long storyId) {
		StoryView story = story(owner, storyId);
		FrameworkView framework = framework(story);
		return framework.sections()
			.stream()
			.filter(s -> !story.sections().getOrDefault(s.id(), "").isBlank())
			.map(s -> card(s, story.sections().get(s.id())))
			.toList();
	}

	@Transactional(readOnly = true)
	public StoryView story(long owner, long storyId) {
		return stories.find(owner, storyId).orElseThrow(() -> new RehearsalNotFound("story", storyId));
	}

	/** The owner's stories that have text to rehearse, most recently changed first. */
	@Transactional(readOnly = true)
	public List<StoryView> rehearsable(long owner) {
		return stories.list(owner).stream().filter(s -> s.sections().values().stream().anyMatch(t -> !t.isBlank())).toList();
	}

	/**
	 * Keeps what the page measured. The story must be the owner's, every section named one of
	 * its framework's, and the times must fit inside the rehearsal.
	 * @return the new rehearsal's id
	 */
	public long save(long owner, long storyId, RehearsalMeasures measures) {
		StoryView story = story(owner, storyId);
		FrameworkView framework = framework(story);
		check(measures, framework);
		return rehearsals.save(new Rehearsal(owner, storyId, clock.instant(), measures)).getId();
	}

	/** The story's rehearsals, newest first. */
	@Transactional(readOnly = true)
	public List<Summary> forStory(long owner, long storyId) {
		StoryView story = story(owner, storyId);
		return rehearsals.findByOwnerIdAndStoryIdOrderByCreatedAtDesc(owner, storyId)
			.stream()
			.map(r -> summary(r, story.title()))
			.toList();
	}

	/** Every rehearsal of the owner's current stories, oldest first: the pace and pause trend. */
	@Transactional(readOnly = true)
	public List<Summary> history(long owner) {
		Map<Long, String> titles = stories.list(owner).stream().collect(Collectors.toMap(StoryView::id, StoryView::title));
		return rehearsals.findByOwnerIdOrderByCreatedAtAsc(owner)
			.stream()
			.filter(r -> titles.containsKey(r.getStoryId()))
			.map(r -> summary(r, titles.get(r.getStoryId())))
			.toList();
	}

	@Transactional(readOnly = true)
	public Result result(long owner, long id) {
		Rehearsal rehearsal = rehearsals.findByIdAndOwnerId(id, owner).orElseThrow(() -> new RehearsalNotFound("rehearsal", id));
		StoryView story = story(owner, rehearsal.getStoryId());
		FrameworkView framework = framework(story);
		Summary summary = summary(rehearsal, story.title());
		Map<String, Integer> sectionMs = new LinkedHashMap<>();
		framework.sectionIds().forEach(s -> {
			Integer ms = summary.measures().sectionMs().get(s);
			if (ms != null) {
				sectionMs.put(s, ms);
			}
		});
		String transcript = summary.measures().transcript();
		if (transcript.isBlank()) {
			return new Result(summary, framework.sectionTitles(), sectionMs, Optional.empty(), List.of(), Map.of());
		}
		Draft said = Draft.freeText(FrameworkShapes.of(framework), transcript);
		Scorecard score = rubric.score(said);
		Map<String, List<String>> notSaid = new LinkedHashMap<>();
		SpokenText.notSaid(framework.inSpeakingOrder(story.sections()), transcript)
			.forEach(p -> notSaid.computeIfAbsent(p.sectionId(), k -> new ArrayList<>()).add(p.sentence()));
		return new Result(summary, framework.sectionTitles(), sectionMs, Optional.of(score),
				followUps.plan(said, score, List.of()), notSaid);
	}

	private static CueCard card(SectionView section, String text) {
		return new CueCard(section.id(), section.title(), section.share(), SpokenText.cues(text), text);
	}

	private static void check(RehearsalMeasures m, FrameworkView framework) {
		if (m.speakingMs() > m.durationMs()) {
			throw new RehearsalInvalid("speakingMs", "rehearsal.speaking.tooLong");
		}
		if (m.longestRunMs() > m.durationMs()) {
			throw new RehearsalInvalid("longestRunMs", "rehearsal.run.tooLong");
		}
		if (m.wpmLow() > m.wpm() || m.wpm() > m.wpmHigh()) {
			throw new RehearsalInvalid("wpm", "rehearsal.wpm.order");
		}
		Predicate<String> known = id -> id == null || framework.section(id).filter(s -> s.id().equals(id)).isPresent();
		if (!m.sectionMs().keySet().stream().allMatch(known)
				|| !m.pauses().stream().map(RehearsalMeasures.PauseAt::section).allMatch(known)) {
			throw new RehearsalInvalid("sections", "rehearsal.section.unknown");
		}
		if (m.pauses().stream().anyMatch(p -> (long) p.atMs() + p.lengthMs() > m.durationMs())) {
			throw new RehearsalInvalid("pauses", "rehearsal.pause.outside");
		}
		if (m.sectionMs().values().stream().mapToLong(Integer::longValue).sum() > m.durationMs() + 1000L) {
			throw new RehearsalInvalid("sections", "rehearsal.sections.tooLong");
		}
	}

	private FrameworkView framework(StoryView story) {
		return frameworks.find(story.framework())
			.orElseThrow(() -> new IllegalStateException("story " + story.id() + " has unknown framework " + story.framework()));
	}

	private static Summary summary(Rehearsal r, String title) {
		return new Summary(r.getId(), r.getStoryId(), title, r.getCreatedAt(), r.measures());
	}

}
