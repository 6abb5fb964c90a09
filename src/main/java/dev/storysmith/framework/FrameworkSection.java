package dev.storysmith.framework;

import java.util.List;

import dev.storysmith.system.StringListConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

@Embeddable
class FrameworkSection {

	@Column(name = "section_id", nullable = false, length = 64)
	private String sectionId;

	@Column(nullable = false, length = 200)
	private String title;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private SectionKind kind;

	@Column(nullable = false, length = 4000)
	private String prompt;

	@Convert(converter = StringListConverter.class)
	@Column(nullable = false, length = 8000)
	private List<String> hints;

	@Column(nullable = false)
	private int share;

	protected FrameworkSection() {
	}

	FrameworkSection(SectionView view) {
		this.sectionId = view.id();
		this.title = view.title();
		this.kind = view.kind();
		this.prompt = view.prompt();
		this.hints = view.hints();
		this.share = view.share();
	}

	SectionView toView() {
		return new SectionView(sectionId, title, kind, prompt, hints, share);
	}

}
