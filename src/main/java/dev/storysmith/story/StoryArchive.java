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

	/** Drill answers one imported story may bring. */
	public static final int MAX_DRILLS = 500;

	/** The column sizes of {@code story_drill_answer}. */
	private static final int MAX_DRILL_QUESTION = 600;

	private static final int MAX_DRILL_ANSWER = 1000;

	private final StoryRepository stories;

	private final StoryRevisionRepository revisions;

	private final DrillAnswerRepository drills;

	private final StoryRules rules;

	private final StoryScorer scorer;

	private final StoryProperties properties;

	private final Clock clock;

	StoryArchive(StoryRepository stories, StoryRevisionRepository revisions, DrillAnswerRepository drills,
			StoryRules rules, StoryScorer scorer, StoryProperties properties, Clock clock) {
		this.stories = stories;
		this.revisions = revisions;
		this.drills = drills;
		this.rules = rules;
		this.scorer = scorer;
		this.properties = properties;
		this.clock = clock;
	}

	/** Every story of the owner, oldest first, each with its revisions by number and its drill answers in order. */
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
						.toList(),
					drills.findByStoryIdAndOwnerIdOrderByIdAsc(story.getId(), owner)
						.stream()
						.map(DrillAnswer::toRecord)
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
		Map<String, Integer> maxima = scorer.criterionMaxima();
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
			criteria.forEach((id, score) -> checkScore(id, score, maxima, prefix + "criteria." + id,
					prefix + "criteria." + id, problems));
		}
		checkDrills(record, maxima, problems);
		return problems;
	}

	/** A score kept from the past: for a criterion the rubric has, from 0 to that criterion's maximum. */
	private static void checkScore(String criterion, Integer score, Map<String, Integer> maxima, String criterionField,
			String scoreField, List<StoryProblem> problems) {
		if (criterion == null || !maxima.containsKey(criterion)) {
			problems.add(StoryProblem.of(criterionField, "story.revision.criterion.unknown", criterion));
		}
		else if (score == null || score < 0 || score > maxima.get(criterion)) {
			problems.add(StoryProblem.of(scoreField, "story.revision.criterion.invalid", criterion,
					maxima.get(criterion)));
		}
	}

	/** Drill answers as the drill itself makes them: a known criterion and section, a score in range, bounded text. */
	private void checkDrills(StoryRecord record, Map<String, Integer> maxima, List<StoryProblem> problems) {
		if (record.drills().size() > MAX_DRILLS) {
			problems.add(StoryProblem.of("drills", "story.drills.tooMany", MAX_DRILLS, record.drills().size()));
			return;
		}
		Set<String> sections = rules.sectionIds(record.content().framework());
		for (int i = 0; i < record.drills().size(); i++) {
			DrillRecord drill = record.drills().get(i);
			String prefix = "drills[" + i + "].";
			if (drill == null) {
				problems.add(StoryProblem.of("drills[" + i + "]", "story.drill.missing"));
				continue;
			}
			checkScore(drill.criterion(), drill.score(), maxima, prefix + "criterion", prefix + "score", problems);
			checkText(prefix + "question", drill.question(), MAX_DRILL_QUESTION, problems);
			checkText(prefix + "answer", drill.answer(), MAX_DRILL_ANSWER, problems);
			if (!sections.contains(drill.sectionId())) {
				problems.add(StoryProblem.of(prefix + "sectionId", "story.drill.section.unknown", drill.sectionId()));
			}
			StoryTimes.check(prefix + "answeredAt", drill.answeredAt(), problems);
		}
	}

	private static void checkText(String field, String text, int max, List<StoryProblem> problems) {
		if (text == null || text.isBlank()) {
			problems.add(StoryProblem.of(field, "story.drill.text.blank"));
		}
		else if (text.length() > max) {
			problems.add(StoryProblem.of(field, "story.drill.text.tooLong", max, text.length()));
		}
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
		Map<String, Integer> maxima = scorer.criterionMaxima();
		for (RevisionRecord revision : record.revisions()) {
			revisions.save(StoryRevision.imported(saved, revision, revision.createdAt() == null ? now : revision.createdAt(),
					maxima.keySet()));
		}
		revisions.flush();
		for (DrillRecord drill : record.drills()) {
			drills.save(DrillAnswer.imported(owner, saved.getId(), drill, maxima.get(drill.criterion()),
					drill.answeredAt() == null ? now : drill.answeredAt()));
		}
		drills.flush();
		return saved.getId();
	}

	private static StoryContent revisionContent(RevisionRecord revision) {
		return new StoryContent(revision.title(), revision.framework(), revision.sections(), revision.unplacedNotes(),
				Set.of(), Set.of());
	}

}
