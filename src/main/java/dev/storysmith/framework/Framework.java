package dev.storysmith.framework;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

@Entity
@Table(name = "framework")
class Framework {

	@Id
	@Column(length = 64)
	private String id;

	@Column(nullable = false, length = 200)
	private String name;

	@Column(nullable = false, length = 500)
	private String summary;

	@Column(nullable = false, length = 4000)
	private String description;

	@Column(nullable = false)
	private int position;

	@Column(name = "content_hash", nullable = false, length = 64)
	private String contentHash;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "framework_section", joinColumns = @JoinColumn(name = "framework_id"))
	@OrderColumn(name = "position")
	private List<FrameworkSection> sections = new ArrayList<>();

	protected Framework() {
	}

	Framework(String id) {
		this.id = id;
	}

	void update(FrameworkView view, int position, String contentHash) {
		this.name = view.name();
		this.summary = view.summary();
		this.description = view.description();
		this.position = position;
		this.contentHash = contentHash;
		this.sections.clear();
		view.sections().forEach(s -> this.sections.add(new FrameworkSection(s)));
	}

	String getContentHash() {
		return contentHash;
	}

	int getPosition() {
		return position;
	}

	FrameworkView toView() {
		return new FrameworkView(id, name, summary, description,
				sections.stream().map(FrameworkSection::toView).toList());
	}

}
