package dev.storysmith.story;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The persistence half of backup and restore ({@code story.backup} holds the file format and
 * the all-or-nothing batch): reads all of a user's stories with their revisions, and writes
 * such stories back into an account. It checks one story at a time against {@link StoryRules};
 * the caller decides about a whole batch (and holds the transaction around it), so a
 * refused batch writes nothing.
 */
@Service
@Transactional
public class StoryArchive {

	/** Revisions one imported story may bring; far more than saving by hand makes, and it bounds a restore's work. */
	public static final int MAX_REVISIONS = 1000;

	private final StoryRepository stories;

	private final StoryRevisionRepository revisions;

	private final StoryRules rules;

	private final StoryScorer scorer;

	private final StoryProperties properties;

	private final Clock clock;

	StoryArchive(StoryRepository stories, StoryRevisionRepository revisions, StoryRules rules, StoryScorer scorer,
			StoryProperties properties, Clock clock) {
		this.stories = stories;
		this.revisions = revisions;
		this.rules = rules;
		this.scorer = scorer;
		this.properties = properties;
		this.clock = clock;
	}

	/** Every story of the owner, oldest first, each with its revisions by number. */
	@Transactional(readOnly = true)
	public List<StoryRecord> export(long owner) {
		return stories.findByOwnerIdOrderByUpdatedAtDesc(owner)
			.stream()
			.sorted(Comparator.comparing(Story::getCreatedAt).thenComparing(Story::getId))
			.map(story -> new StoryRecord(story.content(), story.getCreatedAt(), story.getUpdatedAt(),
					revisions.findByStoryIdAndOwnerIdOrderByNumberDesc(story.getId(), owner)
						.stream()
						.map(StoryRevision::toRecord)
						.sorted(Comparator.comparingInt(RevisionRecord::number))
						.toList()))
			.toList();
	}

	/**
	 * What keeps this story from being imported; empty when it can be. Fields are relative to
	 * the story: {@code title}, {@code sections.action}, {@code revisions[0].number}.
	 */
	@Transactional(readOnly = true)
	public List<StoryProblem> check(StoryRecord record) {
		List<StoryProblem> problems = new ArrayList<>(rules.check(record.content()));
		if (record.revisions().size() > MAX_REVISIONS) {
			problems.add(StoryProblem.of("revisions", "story.revisions.tooMany", MAX_REVISIONS,
					record.revisions().size()));
			return problems;
		}
		Set<Integer> numbers = new HashSet<>();
		for (int i = 0; i < record.revisions().size(); i++) {
			RevisionRecord revision = record.revisions().get(i);
			String prefix = "revisions[" + i + "].";
			for (StoryProblem problem : rules.check(revisionContent(revision))) {
				problems.add(new StoryProblem(prefix + problem.field(), problem.code(), problem.arguments()));
			}
			if (revision.number() < 1) {
				problems.add(StoryProblem.of(prefix + "number", "story.revision.number.invalid", revision.number()));
			}
			else if (!numbers.add(revision.number())) {
				problems.add(StoryProblem.of(prefix + "number", "story.revision.number.duplicate", revision.number()));
			}
			if (revision.overall() < 0 || revision.overall() > 100) {
				problems.add(StoryProblem.of(prefix + "overall", "story.revision.overall.invalid", revision.overall()));
			}
			Map<String, Integer> criteria = revision.criteria() == null ? Map.of() : revision.criteria();
			Map<String, Integer> maxima = scorer.criterionMaxima();
			criteria.forEach((id, score) -> {
				if (!maxima.containsKey(id)) {
					problems.add(StoryProblem.of(prefix + "criteria." + id, "story.revision.criterion.unknown", id));
				}
				else if (score == null || score < 0 || score > maxima.get(id)) {
					problems.add(StoryProblem.of(prefix + "criteria." + id, "story.revision.criterion.invalid", id,
							maxima.get(id)));
				}
			});
		}
		return problems;
	}

	/** How many stories one account may keep. */
	public int maxPerUser() {
		return properties.maxPerUser();
	}

	@Transactional(readOnly = true)
	public long count(long owner) {
		return stories.countByOwnerId(owner);
	}

	/**
	 * Stores one checked story with its revisions under the owner, keeping its timestamps and
	 * the revisions' numbers, times and scores; the current score is computed afresh.
	 * @return the new story's id
	 * @throws IllegalArgumentException when {@link #check} would have refused it
	 */
	public long importStory(long owner, StoryRecord record) {
		if (!check(record).isEmpty()) {
			throw new IllegalArgumentException("story breaks the rules: " + check(record));
		}
		Instant now = clock.instant();
		Instant created = record.createdAt() == null ? now : record.createdAt();
		Instant updated = record.updatedAt() == null ? created : record.updatedAt();
		Story story = new Story(owner, created);
		story.apply(record.content(), scorer.score(record.content()).overall(), updated);
		Story saved = stories.saveAndFlush(story);
		for (RevisionRecord revision : record.revisions()) {
			revisions.save(StoryRevision.imported(saved, revision, revision.createdAt() == null ? now : revision.createdAt(),
					scorer.criterionMaxima().keySet()));
		}
		revisions.flush();
		return saved.getId();
	}

	private static StoryContent revisionContent(RevisionRecord revision) {
		return new StoryContent(revision.title(), revision.framework(), revision.sections(), revision.unplacedNotes(),
				Set.of(), Set.of());
	}

}
