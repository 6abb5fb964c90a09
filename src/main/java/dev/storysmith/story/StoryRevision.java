package dev.storysmith.story;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

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

import dev.storysmith.rubric.CriterionScore;
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

	@Column(nullable = false)
	private int metrics;

	@Column(name = "role_score", nullable = false)
	private int role;

	@Column(nullable = false)
	private int tradeoffs;

	@Column(nullable = false)
	private int lessons;

	@Column(nullable = false)
	private int structure;

	@Column(nullable = false)
	private int specificity;

	@Column(name = "length_score", nullable = false)
	private int length;

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
		this.metrics = criterion(score, "metrics");
		this.role = criterion(score, "role");
		this.tradeoffs = criterion(score, "tradeoffs");
		this.lessons = criterion(score, "lessons");
		this.structure = criterion(score, "structure");
		this.specificity = criterion(score, "specificity");
		this.length = criterion(score, "length");
	}

	private static int criterion(Scorecard score, String id) {
		return score.criteria().stream().filter(c -> c.id().equals(id)).mapToInt(CriterionScore::score).findFirst()
			.orElse(0);
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

	/** A revision from a backup, with the number, time and scores it had. */
	static StoryRevision imported(Story story, RevisionRecord record, Instant createdAt) {
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
		Map<String, Integer> criteria = record.criteria() == null ? Map.of() : record.criteria();
		revision.metrics = criteria.getOrDefault("metrics", 0);
		revision.role = criteria.getOrDefault("role", 0);
		revision.tradeoffs = criteria.getOrDefault("tradeoffs", 0);
		revision.lessons = criteria.getOrDefault("lessons", 0);
		revision.structure = criteria.getOrDefault("structure", 0);
		revision.specificity = criteria.getOrDefault("specificity", 0);
		revision.length = criteria.getOrDefault("length", 0);
		return revision;
	}

	/** This revision as a backup keeps it. */
	RevisionRecord toRecord() {
		return new RevisionRecord(number, createdAt, title, frameworkId, new java.util.TreeMap<>(sections),
				unplacedNotes, overall, toView().criteria());
	}

	RevisionView toView() {
		return new RevisionView(id, number, createdAt, title, frameworkId, overall, Map.of("metrics", metrics, "role",
				role, "tradeoffs", tradeoffs, "lessons", lessons, "structure", structure, "specificity", specificity,
				"length", length));
	}

}
