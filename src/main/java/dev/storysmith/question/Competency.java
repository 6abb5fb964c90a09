package dev.storysmith.question;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "competency")
class Competency {

	@Id
	@Column(length = 80)
	private String id;

	@Column(nullable = false, length = 200)
	private String name;

	@Column(nullable = false, length = 2000)
	private String description;

	@Column(name = "sort_order", nullable = false)
	private int sortOrder;

	protected Competency() {
	}

	Competency(String id) {
		this.id = id;
	}

	void update(CompetencyView view, int sortOrder) {
		this.name = view.name();
		this.description = view.description();
		this.sortOrder = sortOrder;
	}

	CompetencyView toView() {
		return new CompetencyView(id, name, description);
	}

}
