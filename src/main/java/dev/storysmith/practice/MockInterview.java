package dev.storysmith.practice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * A mock interview: its questions in order, answered one at a time, and, once the last one is
 * handed in, the mean of their scores. Answers are taken only in order, so going back or sending
 * a page twice never changes an answer already given.
 */
@Entity
@Table(name = "mock_interview")
class MockInterview {

	/** The answer format of one free text box per question; otherwise the format is a framework id. */
	static final String FREE = "free";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "owner_id", nullable = false, updatable = false)
	private Long ownerId;

	@Column(name = "answer_format", nullable = false, length = 64)
	private String answerFormat;

	/** The plan module's id of the plan the questions came from, if any. */
	@Column(name = "plan_id")
	private Long planId;

	@Column(name = "started_at", nullable = false)
	private Instant startedAt;

	@Column(name = "finished_at")
	private Instant finishedAt;

	@Column
	private Integer overall;

	@OneToMany(mappedBy = "mock", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("number")
	private List<MockAnswer> answers = new ArrayList<>();

	protected MockInterview() {
	}

	MockInterview(long ownerId, String answerFormat, Long planId, Instant now) {
		this.ownerId = ownerId;
		this.answerFormat = answerFormat;
		this.planId = planId;
		this.startedAt = now;
	}

	void ask(String questionId, String questionTitle, String frameworkId) {
		answers.add(new MockAnswer(this, answers.size() + 1, questionId, questionTitle, frameworkId));
	}

	/** The first question not answered yet; empty once every answer is in. */
	Optional<MockAnswer> current() {
		return answers.stream().filter(a -> !a.isAnswered()).findFirst();
	}

	/** Closes the mock once every answer is in, with the rounded mean of their scores. */
	void finishIfComplete(Instant now) {
		if (finishedAt == null && current().isEmpty() && !answers.isEmpty()) {
			finishedAt = now;
			overall = (int) Math.round(answers.stream().mapToInt(MockAnswer::getOverall).average().orElse(0));
		}
	}

	boolean isFreeText() {
		return FREE.equals(answerFormat);
	}

	Long getId() {
		return id;
	}

	Long getOwnerId() {
		return ownerId;
	}

	String getAnswerFormat() {
		return answerFormat;
	}

	Long getPlanId() {
		return planId;
	}

	Instant getStartedAt() {
		return startedAt;
	}

	Instant getFinishedAt() {
		return finishedAt;
	}

	Integer getOverall() {
		return overall;
	}

	List<MockAnswer> getAnswers() {
		return Collections.unmodifiableList(answers);
	}

}
