package dev.storysmith.story;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

import dev.storysmith.rubric.Scorecard;

/** A snapshot of a story taken on an explicit save, with the scores it earned then. */
@Entity
@Table(name = "story_revision")
class StoryRevision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "story_id", nullable = false, updatable = false)
	private Long storyId;

	@Column(name = "owner_id", nullable = false, updatable = false)
	private Long ownerId;

	@Column(name = "revision_number", nullable = false)
	private int number;

	@Column(nullable = false, length = 200)
	private String title;

	@Column(name = "framework_id", nullable = false, length = 64)
	private String frameworkId;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "story_revision_section", joinColumns = @JoinColumn(name = "revision_id"))
	@MapKeyColumn(name = "section_id", length = 64)
	@Column(name = "body", nullable = false, length = 10000)
	private Map<String, String> sections = new HashMap<>();

	@Column(name = "unplaced_notes", nullable = false, length = 20000)
	private String unplacedNotes;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private int overall;

	/** Score per rubric criterion id, as the rubric gave it when the revision was taken. */
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "story_revision_score", joinColumns = @JoinColumn(name = "revision_id"))
	@MapKeyColumn(name = "criterion_id", length = 64)
	@Column(name = "score", nullable = false)
	private Map<String, Integer> scores = new HashMap<>();

	protected StoryRevision() {
	}

	StoryRevision(Story story, int number, Scorecard score, Instant now) {
		StoryContent content = story.content();
		this.storyId = story.getId();
		this.ownerId = story.getOwnerId();
		this.number = number;
		this.title = content.title();
		this.frameworkId = content.framework();
		this.sections.putAll(content.sections());
		this.unplacedNotes = content.unplacedNotes();
		this.createdAt = now;
		this.overall = score.overall();
		score.criteria().forEach(c -> this.scores.put(c.id(), c.score()));
	}

	Long getId() {
		return id;
	}

	Long getStoryId() {
		return storyId;
	}

	StoryContent content(StoryContent current) {
		return new StoryContent(title, frameworkId, sections, unplacedNotes, current.questionIds(),
				current.competencies());
	}

	/** A revision from a backup, with the number, time and scores it had (0 for a criterion it lacks). */
	static StoryRevision imported(Story story, RevisionRecord record, Instant createdAt,
			java.util.Collection<String> criteria) {
		StoryRevision revision = new StoryRevision();
		StoryContent content = new StoryContent(record.title(), record.framework(), record.sections(),
				record.unplacedNotes(), java.util.Set.of(), java.util.Set.of());
		revision.storyId = story.getId();
		revision.ownerId = story.getOwnerId();
		revision.number = record.number();
		revision.title = content.title();
		revision.frameworkId = content.framework();
		content.sections().forEach((id, text) -> {
			if (!text.isEmpty()) {
				revision.sections.put(id, text);
			}
		});
		revision.unplacedNotes = content.unplacedNotes();
		revision.createdAt = createdAt;
		revision.overall = record.overall();
		Map<String, Integer> scores = record.criteria() == null ? Map.of() : record.criteria();
		criteria.forEach(id -> revision.scores.put(id, scores.getOrDefault(id, 0)));
		return revision;
	}

	/** This revision as a backup keeps it. */
	RevisionRecord toRecord() {
		return new RevisionRecord(number, createdAt, title, frameworkId, new TreeMap<>(sections),
				unplacedNotes, overall, toView().criteria());
	}

	RevisionView toView() {
		return new RevisionView(id, number, createdAt, title, frameworkId, overall, new TreeMap<>(scores));
	}

}
