package dev.storysmith.practice;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
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

/**
 * One timed practice attempt: which question, how long it was given, the answer handed in with
 * its score, and the story the user later saved it into, if any. The answer is the attempt's own
 * text: handing it in changes no story.
 */
@Entity
@Table(name = "practice_attempt")
class PracticeAttempt {

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

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "practice_attempt_section", joinColumns = @JoinColumn(name = "attempt_id"))
	@MapKeyColumn(name = "section_id", length = 64)
	@Column(name = "body", nullable = false, length = 10000)
	private Map<String, String> sections = new HashMap<>();

	/** The story the answer was saved into (the story module's id), when the user chose to. */
	@Column(name = "story_id")
	private Long storyId;

	@Column
	private Integer overall;

	protected PracticeAttempt() {
	}

	PracticeAttempt(long ownerId, String questionId, String frameworkId, int timeLimitSeconds, Instant now) {
		this.ownerId = ownerId;
		this.questionId = questionId;
		this.frameworkId = frameworkId;
		this.timeLimitSeconds = timeLimitSeconds;
		this.startedAt = now;
	}

	void finish(Map<String, String> answer, int overall, Instant now) {
		answer.forEach((id, text) -> {
			if (!text.isBlank()) {
				sections.put(id, text);
			}
		});
		this.overall = overall;
		this.finishedAt = now;
	}

	/** Answers in another framework, on a fresh clock: the round starts over. */
	void restart(String frameworkId, Instant now) {
		this.frameworkId = frameworkId;
		this.startedAt = now;
	}

	void savedInto(long storyId) {
		this.storyId = storyId;
	}

	Map<String, String> getSections() {
		return Collections.unmodifiableMap(sections);
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
