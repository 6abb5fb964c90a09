package dev.storysmith.question;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.storysmith.system.StringListConverter;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/**
 * A question of the bank. Its id is the stable slug from the file, so stories can link to it;
 * a question whose file disappears is retired rather than deleted for the same reason.
 */
@Entity
@Table(name = "question")
class Question {

	@Id
	@Column(length = 80)
	private String id;

	@Column(nullable = false, length = 300)
	private String title;

	@Column(nullable = false, length = 8000)
	private String prompt;

	@Column(name = "listen_for", nullable = false, length = 20000)
	private String listenFor;

	@Convert(converter = StringListConverter.class)
	@Column(name = "follow_ups", nullable = false, length = 20000)
	private List<String> followUps;

	@Convert(converter = StringListConverter.class)
	@Column(nullable = false, length = 20000)
	private List<String> pitfalls;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private Difficulty difficulty;

	@Convert(converter = StringListConverter.class)
	@Column(nullable = false, length = 1000)
	private List<String> frameworks;

	@Convert(converter = StringListConverter.class)
	@Column(nullable = false, length = 1000)
	private List<String> tags;

	@ElementCollection
	@CollectionTable(name = "question_competency", joinColumns = @JoinColumn(name = "question_id"))
	@OrderColumn(name = "sort_order")
	@Column(name = "competency_id", nullable = false, length = 80)
	private List<String> competencyIds = new ArrayList<>();

	@OneToMany(mappedBy = "question", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("sortOrder")
	private List<SampleAnswer> sampleAnswers = new ArrayList<>();

	@Column(nullable = false)
	private boolean retired;

	@Column(name = "source_file", nullable = false, length = 500)
	private String sourceFile;

	@Column(name = "content_hash", nullable = false, length = 64)
	private String contentHash;

	@Column(name = "imported_at", nullable = false)
	private Instant importedAt;

	protected Question() {
	}

	Question(String id) {
		this.id = id;
	}

	void update(QuestionDetail detail, String sourceFile, String contentHash, Instant now) {
		this.title = detail.title();
		this.prompt = detail.prompt();
		this.listenFor = detail.listenFor();
		this.followUps = detail.followUps();
		this.pitfalls = detail.pitfalls();
		this.difficulty = detail.difficulty();
		this.frameworks = detail.frameworks();
		this.tags = detail.tags();
		this.competencyIds.clear();
		this.competencyIds.addAll(detail.competencies());
		this.sampleAnswers.clear();
		for (SampleAnswerView answer : detail.sampleAnswers()) {
			this.sampleAnswers.add(new SampleAnswer(this, sampleAnswers.size(), answer));
		}
		this.sourceFile = sourceFile;
		this.contentHash = contentHash;
		this.importedAt = now;
		this.retired = false;
	}

	boolean isUnchanged(String contentHash) {
		return !retired && contentHash.equals(this.contentHash);
	}

	boolean isRetired() {
		return retired;
	}

	void retire() {
		this.retired = true;
	}

	String getId() {
		return id;
	}

	String getSourceFile() {
		return sourceFile;
	}

	QuestionDetail toDetail() {
		return new QuestionDetail(id, title, competencyIds, difficulty, frameworks, tags, prompt, listenFor,
				followUps, pitfalls, sampleAnswers.stream().map(SampleAnswer::toView).toList());
	}

}
