package dev.storysmith.story;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.storysmith.framework.FrameworkCatalog;
import dev.storysmith.framework.FrameworkView;
import dev.storysmith.framework.SectionView;
import dev.storysmith.rubric.FollowUp;
import dev.storysmith.rubric.Scorecard;

/**
 * Everything a user does to their stories. Every method takes the owner's id first and
 * reaches only that owner's rows; a save carrying an old version is refused, never merged.
 */
@Service
@Transactional
public class StoryService implements StoryQueries, StoryCommands {

	private final StoryRepository stories;

	private final StoryRevisionRepository revisions;

	private final StoryRules rules;

	private final StoryScorer scorer;

	private final FrameworkCatalog frameworks;

	private final StoryProperties properties;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	StoryService(StoryRepository stories, StoryRevisionRepository revisions, StoryRules rules, StoryScorer scorer,
			FrameworkCatalog frameworks, StoryProperties properties, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.stories = stories;
		this.revisions = revisions;
		this.rules = rules;
		this.scorer = scorer;
		this.frameworks = frameworks;
		this.properties = properties;
		this.clock = clock;
	}

	public StoryView create(long owner, StoryContent content) {
		if (stories.countByOwnerId(owner) >= properties.maxPerUser()) {
			throw new StoryExceptions.Invalid(
					List.of(StoryProblem.of("stories", "story.limit.reached", properties.maxPerUser())));
		}
		validate(content);
		Story story = new Story(owner, clock.instant());
		applyScored(story, content);
		return view(stories.saveAndFlush(story));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<StoryView> find(long owner, long id) {
		return stories.findByIdAndOwnerId(id, owner).map(this::view);
	}

	@Override
	@Transactional(readOnly = true)
	public List<StoryView> list(long owner) {
		return stories.findByOwnerIdOrderByUpdatedAtDesc(owner).stream().map(this::view).toList();
	}

	/** Stores new content over the version the user was editing. */
	public StoryView update(long owner, long id, long expectedVersion, StoryContent content) {
		return updateScored(owner, id, expectedVersion, content).story();
	}

	/** As {@link #update}, returning the scorecard the save computed (one request saves and scores). */
	SavedStory updateScored(long owner, long id, long expectedVersion, StoryContent content) {
		Story story = current(owner, id, expectedVersion);
		validate(content, story);
		Scorecard score = applyScored(story, content);
		return new SavedStory(flush(story), score);
	}

	/** Stores the content and keeps a scored snapshot of it in the revision list. */
	public StoryView saveRevision(long owner, long id, long expectedVersion, StoryContent content) {
		Story story = current(owner, id, expectedVersion);
		validate(content, story);
		Scorecard score = applyScored(story, content);
		StoryView saved = flush(story);
		keepRevision(story, score);
		return saved;
	}

	@Override
	public StoryView createWithRevision(long owner, StoryContent content) {
		StoryView created = create(owner, content);
		return saveRevision(owner, created.id(), created.version(), created.content());
	}

	@Override
	public StoryView takeInText(long owner, long id, Map<String, String> sections) {
		StoryView story = find(owner, id).orElseThrow(() -> new StoryExceptions.NotFound(id));
		StoryView kept = saveRevision(owner, id, story.version(), story.content());
		return saveRevision(owner, id, kept.version(), new StoryContent(story.title(), story.framework(), sections,
				story.unplacedNotes(), story.questionIds(), story.competencies()));
	}

	/**
	 * Moves the story to another framework; text without a matching section goes to the
	 * unplaced notes under its section's title, and labelled notes go back into the target's
	 * sections, so a switch and a switch back restore every box.
	 */
	public StoryView switchFramework(long owner, long id, long expectedVersion, StoryContent content,
			String newFramework) {
		FrameworkView target = frameworks.find(newFramework)
			.orElseThrow(() -> new StoryExceptions.Invalid(
					List.of(StoryProblem.of("framework", "story.framework.unknown", newFramework))));
		FrameworkView source = frameworks.find(content.framework()).orElse(target);
		Set<String> labels = frameworks.all()
			.stream()
			.flatMap(f -> f.sections().stream())
			.map(s -> s.title().toLowerCase(Locale.ROOT))
			.collect(Collectors.toSet());
		return update(owner, id, expectedVersion, new SectionMover(labels).move(content, source, target));
	}

	/**
	 * Puts an earlier revision's text back as the current story. The text the story has now
	 * (autosaved or not) is first kept as a revision of its own, unless the latest revision
	 * already holds exactly that text, so a restore never loses anything and can be undone.
	 */
	public Restored restore(long owner, long id, long revisionId) {
		Story story = stories.findByIdAndOwnerId(id, owner).orElseThrow(() -> new StoryExceptions.NotFound(id));
		StoryRevision revision = revisions.findByIdAndStoryIdAndOwnerId(revisionId, id, owner)
			.orElseThrow(() -> new StoryExceptions.NotFound(id));
		StoryContent now = story.content();
		Optional<StoryRevision> latest = revisions.findFirstByStoryIdAndOwnerIdOrderByNumberDesc(id, owner);
		int kept;
		boolean keptNow = latest.map(r -> !sameText(r.content(now), now)).orElse(true);
		if (keptNow) {
			kept = keepRevision(story, scorer.score(now)).toView().number();
		}
		else {
			kept = latest.get().toView().number();
		}
		applyScored(story, revision.content(now));
		return new Restored(flush(story), revision.toView().number(), kept, keptNow);
	}

	public boolean delete(long owner, long id) {
		Optional<Story> story = stories.findByIdAndOwnerId(id, owner);
		story.ifPresent(found -> {
			stories.delete(found);
			events.publishEvent(new StoryDeleted(owner, id));
		});
		return story.isPresent();
	}

	/** The editor's page data in one read-only transaction, revisions without their text. */
	@Transactional(readOnly = true)
	Optional<EditorDraft> openEditor(long owner, long id) {
		return stories.findByIdAndOwnerId(id, owner)
			.map(story -> new EditorDraft(view(story), scorer.score(story.content()), revisions.summaries(id, owner)));
	}

	/** The user's stories that answer a question, newest first. */
	@Transactional(readOnly = true)
	public List<StoryView> answering(long owner, String questionId) {
		return list(owner).stream().filter(s -> s.questionIds().contains(questionId)).toList();
	}

	@Transactional(readOnly = true)
	public List<RevisionView> revisions(long owner, long id) {
		return revisions.findByStoryIdAndOwnerIdOrderByNumberDesc(id, owner)
			.stream()
			.map(StoryRevision::toView)
			.toList();
	}

	/** Every revision of every story of the user, oldest first, grouped by story id: the score history. */
	@Override
	@Transactional(readOnly = true)
	public Map<Long, List<RevisionView>> history(long owner) {
		Map<Long, List<RevisionView>> history = new LinkedHashMap<>();
		for (StoryRevision revision : revisions.findByOwnerIdOrderByCreatedAtAsc(owner)) {
			history.computeIfAbsent(revision.getStoryId(), k -> new java.util.ArrayList<>()).add(revision.toView());
		}
		return history;
	}

	/** An earlier revision's text, for viewing it beside the current one. */
	@Transactional(readOnly = true)
	public Optional<StoryView> revisionContent(long owner, long id, long revisionId) {
		return stories.findByIdAndOwnerId(id, owner)
			.flatMap(story -> revisions.findByIdAndStoryIdAndOwnerId(revisionId, id, owner).map(revision -> {
				StoryContent content = revision.content(story.content());
				RevisionView meta = revision.toView();
				return new StoryView(id, story.getVersion(), content.title(), content.framework(),
						ordered(content), content.unplacedNotes(), content.questionIds(), content.competencies(),
						meta.overall(), meta.createdAt(), meta.createdAt());
			}));
	}

	/** Scores content as it stands, stored or not. */
	@Override
	@Transactional(readOnly = true)
	public Scorecard score(StoryContent content) {
		return scorer.score(content);
	}

	@Override
	@Transactional(readOnly = true)
	public List<FollowUp> followUps(StoryContent content, Scorecard scorecard) {
		return scorer.followUps(content, scorecard);
	}

	private void validate(StoryContent content) {
		validate(rules.check(content));
	}

	/** Checks content for a stored story: links it already has stay valid even if their question was retired. */
	private void validate(StoryContent content, Story stored) {
		validate(rules.check(content, stored.content().questionIds()));
	}

	private static void validate(List<StoryProblem> problems) {
		if (!problems.isEmpty()) {
			throw new StoryExceptions.Invalid(problems);
		}
	}

	/** Stores a scored revision and tells other modules (practice counts the day) that it exists. */
	private StoryRevision keepRevision(Story story, Scorecard score) {
		int number = (int) revisions.countByStoryIdAndOwnerId(story.getId(), story.getOwnerId()) + 1;
		StoryRevision revision = revisions.save(new StoryRevision(story, number, score, clock.instant()));
		RevisionView view = revision.toView();
		events.publishEvent(new RevisionSaved(story.getOwnerId(), story.getId(), number, view.createdAt(),
				view.overall(), view.criteria()));
		return revision;
	}

	private static boolean sameText(StoryContent a, StoryContent b) {
		return a.title().equals(b.title()) && a.framework().equals(b.framework())
				&& nonBlank(a.sections()).equals(nonBlank(b.sections())) && a.unplacedNotes().equals(b.unplacedNotes());
	}

	private static Map<String, String> nonBlank(Map<String, String> sections) {
		Map<String, String> kept = new java.util.HashMap<>();
		sections.forEach((k, v) -> {
			if (v != null && !v.isBlank()) {
				kept.put(k, v);
			}
		});
		return kept;
	}

	/** Stores the content on the story with its score, scoring once; the scorecard is returned for revisions. */
	private Scorecard applyScored(Story story, StoryContent content) {
		Scorecard score = scorer.score(content);
		story.apply(content, score.overall(), clock.instant());
		return score;
	}

	private Story current(long owner, long id, long expectedVersion) {
		Story story = stories.findByIdAndOwnerId(id, owner).orElseThrow(() -> new StoryExceptions.NotFound(id));
		if (story.getVersion() != expectedVersion) {
			throw new StoryExceptions.Stale(story.getVersion());
		}
		return story;
	}

	private StoryView flush(Story story) {
		try {
			return view(stories.saveAndFlush(story));
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			// Another request saved between our version check and this write.
			throw new StoryExceptions.Stale(-1);
		}
	}

	private StoryView view(Story story) {
		StoryContent content = story.content();
		return new StoryView(story.getId(), story.getVersion(), content.title(), content.framework(),
				ordered(content), content.unplacedNotes(), content.questionIds(), content.competencies(),
				story.getLastOverall(), story.getCreatedAt(), story.getUpdatedAt());
	}

	private Map<String, String> ordered(StoryContent content) {
		return frameworks.find(content.framework())
			.map(f -> f.inSpeakingOrderKeepingOthers(content.sections()))
			.orElse(content.sections());
	}

}
