package dev.storysmith.question;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

@Entity
@Table(name = "sample_answer")
class SampleAnswer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "question_id")
	private Question question;

	@Column(name = "sort_order", nullable = false)
	private int sortOrder;

	@Column(name = "framework_id", nullable = false, length = 64)
	private String frameworkId;

	@ElementCollection
	@CollectionTable(name = "sample_answer_section", joinColumns = @JoinColumn(name = "sample_answer_id"))
	@OrderColumn(name = "sort_order")
	private List<AnswerSection> sections = new ArrayList<>();

	protected SampleAnswer() {
	}

	SampleAnswer(Question question, int sortOrder, SampleAnswerView view) {
		this.question = question;
		this.sortOrder = sortOrder;
		this.frameworkId = view.framework();
		view.sections().forEach((sectionId, body) -> sections.add(new AnswerSection(sectionId, body)));
	}

	SampleAnswerView toView() {
		Map<String, String> texts = new LinkedHashMap<>();
		sections.forEach(s -> texts.put(s.getSectionId(), s.getBody()));
		return new SampleAnswerView(frameworkId, texts);
	}

}
