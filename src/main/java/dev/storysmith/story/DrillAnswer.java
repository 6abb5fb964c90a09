package dev.storysmith.story;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An answer given in the follow-up drill, kept with its story. */
@Entity
@Table(name = "story_drill_answer")
class DrillAnswer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "story_id", nullable = false, updatable = false)
	private Long storyId;

	@Column(name = "owner_id", nullable = false, updatable = false)
	private Long ownerId;

	@Column(nullable = false, length = 40)
	private String criterion;

	@Column(nullable = false, length = 600)
	private String question;

	@Column(nullable = false, length = 1000)
	private String answer;

	@Column(nullable = false)
	private int score;

	@Column(name = "max_score", nullable = false)
	private int maxScore;

	@Column(name = "section_id", nullable = false, length = 64)
	private String sectionId;

	@Column(nullable = false)
	private boolean added;

	@Column(name = "answered_at", nullable = false)
	private Instant answeredAt;

	protected DrillAnswer() {
	}

	DrillAnswer(long ownerId, long storyId, String criterion, String question, String answer, int score, int maxScore,
			String sectionId, Instant answeredAt) {
		this.ownerId = ownerId;
		this.storyId = storyId;
		this.criterion = criterion;
		this.question = question;
		this.answer = answer;
		this.score = score;
		this.maxScore = maxScore;
		this.sectionId = sectionId;
		this.answeredAt = answeredAt;
	}

	void markAdded() {
		this.added = true;
	}

	String answer() {
		return answer;
	}

	String sectionId() {
		return sectionId;
	}

	boolean added() {
		return added;
	}

	/** An answer brought in with a restored story, keeping its time and whether it was added. */
	static DrillAnswer imported(long ownerId, long storyId, DrillRecord drill, int maxScore, Instant answeredAt) {
		DrillAnswer answer = new DrillAnswer(ownerId, storyId, drill.criterion(), drill.question(), drill.answer(),
				drill.score(), maxScore, drill.sectionId(), answeredAt);
		answer.added = drill.added();
		return answer;
	}

	DrillRecord toRecord() {
		return new DrillRecord(criterion, question, answer, score, sectionId, added, answeredAt);
	}

	DrillAnswerView toView() {
		return new DrillAnswerView(id, criterion, question, answer, score, maxScore, sectionId, added, answeredAt);
	}

}
