package dev.storysmith.question;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.storysmith.system.StringListConverter;

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

	@Column(nullable = false, length = 1000)
	@Convert(converter = StringListConverter.class)
	private List<String> signals = new ArrayList<>();

	@Column(name = "sort_order", nullable = false)
	private int sortOrder;

	protected Competency() {
	}

	Competency(String id) {
		this.id = id;
	}

	/** @return true when the stored competency already says exactly this, at this position */
	boolean matches(CompetencyView view, int sortOrder) {
		return view.equals(toView()) && this.sortOrder == sortOrder;
	}

	void update(CompetencyView view, int sortOrder) {
		this.name = view.name();
		this.description = view.description();
		this.signals = new ArrayList<>(view.signals());
		this.sortOrder = sortOrder;
	}

	CompetencyView toView() {
		return new CompetencyView(id, name, description, signals);
	}

}
