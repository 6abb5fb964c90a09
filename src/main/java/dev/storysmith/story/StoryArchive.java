package dev.storysmith.story;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;

import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads all of a user's stories with their revisions, and writes such stories back into an
 * account, for backup and restore. It checks one story at a time against {@link StoryRules};
 * the caller decides about a whole batch (and holds the transaction around it), so a
 * refused batch writes nothing.
 */
@Service
@Transactional
public class StoryArchive {

	/** The criteria a revision keeps a score for, each 0 to {@link #MAX_CRITERION}. */
	public static final Set<String> CRITERIA = Set.of("metrics", "role", "tradeoffs", "lessons", "structure",
			"specificity", "length");

	static final int MAX_CRITERION = 4;

	/** Revisions one imported story may bring; far more than saving by hand makes, and it bounds a restore's work. */
	public static final int MAX_REVISIONS = 1000;

	private final StoryRepository stories;

	private final StoryRevisionRepository revisions;

	private final StoryRules rules;

	private final StoryScorer scorer;

	private final StoryProperties properties;

	private final Clock clock;

	private final EntityManager entityManager;

	StoryArchive(StoryRepository stories, StoryRevisionRepository revisions, StoryRules rules, StoryScorer scorer,
			StoryProperties properties, Clock clock, EntityManager entityManager) {
		this.stories = stories;
		this.revisions = revisions;
		this.rules = rules;
		this.scorer = scorer;
		this.properties = properties;
		this.clock = clock;
		this.entityManager = entityManager;
	}

	/**
	 * Holds the owner's account row until the surrounding transaction ends, so two imports into
	 * one account (a double-clicked restore) run one after the other and the second sees what
	 * the first stored.
	 * @return false when another transaction held the lock longer than the database waits
	 */
	public boolean lockOwner(long owner) {
		try {
			entityManager.createNativeQuery("select id from user_account where id = ? for update")
				.setParameter(1, owner)
				.getResultList();
			return true;
		}
		catch (PessimisticLockException | LockTimeoutException | org.hibernate.PessimisticLockException
				| PessimisticLockingFailureException ex) {
			return false;
		}
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
		StoryTimes.check("createdAt", record.createdAt(), problems);
		StoryTimes.check("updatedAt", record.updatedAt(), problems);
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
			StoryTimes.check(prefix + "createdAt", revision.createdAt(), problems);
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
			criteria.forEach((id, score) -> {
				if (!CRITERIA.contains(id)) {
					problems.add(StoryProblem.of(prefix + "criteria." + id, "story.revision.criterion.unknown", id));
				}
				else if (score == null || score < 0 || score > MAX_CRITERION) {
					problems.add(StoryProblem.of(prefix + "criteria." + id, "story.revision.criterion.invalid", id,
							MAX_CRITERION));
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
			revisions.save(StoryRevision.imported(saved, revision, revision.createdAt() == null ? now : revision.createdAt()));
		}
		revisions.flush();
		return saved.getId();
	}

	private static StoryContent revisionContent(RevisionRecord revision) {
		return new StoryContent(revision.title(), revision.framework(), revision.sections(), revision.unplacedNotes(),
				Set.of(), Set.of());
	}

}
