package dev.storysmith.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.storysmith.system.StringListConverter;

/**
 * A plan as saved: what the user gave (posting, date, level) and the questions last picked for it.
 * Everything else (competencies, stories, days) is computed again when the plan is shown, so
 * the plan follows the user's stories as they improve.
 */
@Entity
@Table(name = "prep_plan")
class SavedPlan {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "owner_id", nullable = false, updatable = false)
	private Long ownerId;

	@Column(nullable = false, length = 120)
	private String title;

	@Column(nullable = false, length = PlanInput.MAX_POSTING)
	private String posting;

	@Column(name = "interview_date")
	private LocalDate interviewDate;

	@Column(length = 16)
	private String level;

	@Column(name = "question_ids", nullable = false, length = 2000)
	@Convert(converter = StringListConverter.class)
	private List<String> questionIds = new ArrayList<>();

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected SavedPlan() {
	}

	SavedPlan(long ownerId, PlanInput input, List<String> questionIds, Instant now) {
		this.ownerId = ownerId;
		this.title = input.title();
		this.posting = input.posting();
		this.interviewDate = input.interviewDate();
		this.level = input.level() == null ? null : input.level().id();
		this.questionIds = new ArrayList<>(questionIds);
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** Keeps the questions last computed, so other modules see the plan as its page shows it. */
	void pickedQuestions(List<String> questionIds, Instant now) {
		if (!questionIds.equals(this.questionIds)) {
			this.questionIds = new ArrayList<>(questionIds);
			this.updatedAt = now;
		}
	}

	Long getId() {
		return id;
	}

	Instant getUpdatedAt() {
		return updatedAt;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	PlanInput input() {
		return new PlanInput(posting, interviewDate, Level.fromId(level).orElse(null));
	}

	PlanChoice toChoice() {
		return new PlanChoice(id, title, questionIds);
	}

}
