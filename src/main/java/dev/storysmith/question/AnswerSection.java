package dev.storysmith.question;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
class AnswerSection {

	@Column(name = "section_id", nullable = false, length = 64)
	private String sectionId;

	@Column(nullable = false, length = 20000)
	private String body;

	protected AnswerSection() {
	}

	AnswerSection(String sectionId, String body) {
		this.sectionId = sectionId;
		this.body = body;
	}

	String getSectionId() {
		return sectionId;
	}

	String getBody() {
		return body;
	}

}
