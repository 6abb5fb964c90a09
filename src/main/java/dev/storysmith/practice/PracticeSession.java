package dev.storysmith.practice;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One timed practice round: which question, how long it was given, and the story it was saved to. */
@Entity
@Table(name = "practice_session")
class PracticeSession {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "owner_id", nullable = false, updatable = false)
	private Long ownerId;

	@Column(name = "question_id", nullable = false, length = 80)
	private String questionId;

	@Column(name = "framework_id", nullable = false, length = 64)
	private String frameworkId;

	@Column(name = "time_limit_seconds", nullable = false)
	private int timeLimitSeconds;

	@Column(name = "started_at", nullable = false)
	private Instant startedAt;

	@Column(name = "finished_at")
	private Instant finishedAt;

	@Column(name = "story_id")
	private Long storyId;

	@Column
	private Integer overall;

	protected PracticeSession() {
	}

	PracticeSession(long ownerId, String questionId, String frameworkId, int timeLimitSeconds, Instant now) {
		this.ownerId = ownerId;
		this.questionId = questionId;
		this.frameworkId = frameworkId;
		this.timeLimitSeconds = timeLimitSeconds;
		this.startedAt = now;
	}

	void finish(long storyId, int overall, Instant now) {
		this.storyId = storyId;
		this.overall = overall;
		this.finishedAt = now;
	}

	/** Answers in another framework, on a fresh clock: the round starts over. */
	void restart(String frameworkId, Instant now) {
		this.frameworkId = frameworkId;
		this.startedAt = now;
	}

	boolean isFinished() {
		return finishedAt != null;
	}

	Long getId() {
		return id;
	}

	String getQuestionId() {
		return questionId;
	}

	String getFrameworkId() {
		return frameworkId;
	}

	Long getStoryId() {
		return storyId;
	}

	Instant getStartedAt() {
		return startedAt;
	}

	Instant getFinishedAt() {
		return finishedAt;
	}

	Instant deadline() {
		return startedAt.plusSeconds(timeLimitSeconds);
	}

	int getTimeLimitSeconds() {
		return timeLimitSeconds;
	}

	Integer getOverall() {
		return overall;
	}

	/** How far past the limit the answer was handed in; zero when on time. */
	Duration overtime() {
		return finishedAt == null || !finishedAt.isAfter(deadline()) ? Duration.ZERO
				: Duration.between(deadline(), finishedAt);
	}

}
