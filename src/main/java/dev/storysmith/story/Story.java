package dev.storysmith.story;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

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
import jakarta.persistence.Version;

/** One of a user's stories. {@code @Version} makes a save from a stale tab fail instead of overwrite. */
@Entity
@Table(name = "story")
class Story {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "owner_id", nullable = false, updatable = false)
	private Long ownerId;

	@Column(nullable = false, length = 200)
	private String title;

	@Column(name = "framework_id", nullable = false, length = 64)
	private String frameworkId;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "story_section", joinColumns = @JoinColumn(name = "story_id"))
	@MapKeyColumn(name = "section_id", length = 64)
	@Column(name = "body", nullable = false, length = 10000)
	private Map<String, String> sections = new HashMap<>();

	@Column(name = "unplaced_notes", nullable = false, length = 20000)
	private String unplacedNotes = "";

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "story_question", joinColumns = @JoinColumn(name = "story_id"))
	@Column(name = "question_id", nullable = false, length = 80)
	private Set<String> questionIds = new LinkedHashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "story_competency", joinColumns = @JoinColumn(name = "story_id"))
	@Column(name = "competency_id", nullable = false, length = 80)
	private Set<String> competencies = new LinkedHashSet<>();

	@Column(name = "last_overall")
	private Integer lastOverall;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected Story() {
	}

	Story(long ownerId, Instant now) {
		this.ownerId = ownerId;
		this.createdAt = now;
	}

	void apply(StoryContent content, int overall, Instant now) {
		this.title = content.title();
		this.frameworkId = content.framework();
		this.sections.clear();
		content.sections().forEach((id, text) -> {
			if (text != null && !text.isEmpty()) {
				this.sections.put(id, text);
			}
		});
		this.unplacedNotes = content.unplacedNotes();
		this.questionIds.clear();
		this.questionIds.addAll(content.questionIds());
		this.competencies.clear();
		this.competencies.addAll(content.competencies());
		this.lastOverall = overall;
		this.updatedAt = now;
	}

	StoryContent content() {
		return new StoryContent(title, frameworkId, sections, unplacedNotes, questionIds, competencies);
	}

	Long getId() {
		return id;
	}

	long getOwnerId() {
		return ownerId;
	}

	long getVersion() {
		return version;
	}

	Integer getLastOverall() {
		return lastOverall;
	}

	Instant getUpdatedAt() {
		return updatedAt;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

}
