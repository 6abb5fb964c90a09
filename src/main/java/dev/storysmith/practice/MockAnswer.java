package dev.storysmith.practice;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

/**
 * One question of a mock interview and the answer given to it: the text (per section, or one
 * free text), when its page was first served and when the answer came in, and the score per
 * criterion the rubric gave it when it was handed in.
 */
@Entity
@Table(name = "mock_answer")
class MockAnswer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "mock_id", nullable = false, updatable = false)
	private MockInterview mock;

	@Column(nullable = false, updatable = false)
	private int number;

	@Column(name = "question_id", nullable = false, length = 80)
	private String questionId;

	/** Kept so the summary still names a question later retired from the bank. */
	@Column(name = "question_title", nullable = false, length = 300)
	private String questionTitle;

	@Column(name = "framework_id", nullable = false, length = 64)
	private String frameworkId;

	@Column(name = "served_at")
	private Instant servedAt;

	@Column(name = "answered_at")
	private Instant answeredAt;

	@Column
	private Integer overall;

	/** The story the answer was saved into (the story module's id), when the user chose to. */
	@Column(name = "story_id")
	private Long storyId;

	@ElementCollection
	@CollectionTable(name = "mock_answer_section", joinColumns = @JoinColumn(name = "answer_id"))
	@MapKeyColumn(name = "section_id", length = 64)
	@Column(name = "body", nullable = false, length = 10000)
	private Map<String, String> sections = new LinkedHashMap<>();

	@ElementCollection
	@CollectionTable(name = "mock_answer_score", joinColumns = @JoinColumn(name = "answer_id"))
	@MapKeyColumn(name = "criterion_id", length = 64)
	@Column(name = "score", nullable = false)
	private Map<String, Integer> scores = new LinkedHashMap<>();

	protected MockAnswer() {
	}

	MockAnswer(MockInterview mock, int number, String questionId, String questionTitle, String frameworkId) {
		this.mock = mock;
		this.number = number;
		this.questionId = questionId;
		this.questionTitle = questionTitle;
		this.frameworkId = frameworkId;
	}

	/** The first time the question's page is served starts its clock; later visits keep it. */
	void served(Instant now) {
		if (servedAt == null) {
			servedAt = now;
		}
	}

	void answer(Map<String, String> text, int overall, Map<String, Integer> scores, Instant now) {
		served(now);
		text.forEach((section, body) -> {
			if (!body.isBlank()) {
				sections.put(section, body);
			}
		});
		this.overall = overall;
		this.scores.putAll(scores);
		this.answeredAt = now;
	}

	void savedInto(long storyId) {
		this.storyId = storyId;
	}

	boolean isAnswered() {
		return answeredAt != null;
	}

	/** From the first serving of the page to the hand-in; zero before the answer. */
	Duration used() {
		return answeredAt == null || servedAt == null ? Duration.ZERO : Duration.between(servedAt, answeredAt);
	}

	int getNumber() {
		return number;
	}

	String getQuestionId() {
		return questionId;
	}

	String getQuestionTitle() {
		return questionTitle;
	}

	String getFrameworkId() {
		return frameworkId;
	}

	Instant getServedAt() {
		return servedAt;
	}

	Instant getAnsweredAt() {
		return answeredAt;
	}

	Integer getOverall() {
		return overall;
	}

	Long getStoryId() {
		return storyId;
	}

	Map<String, String> getSections() {
		return Collections.unmodifiableMap(sections);
	}

	Map<String, Integer> getScores() {
		return Collections.unmodifiableMap(scores);
	}

}
