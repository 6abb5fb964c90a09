package dev.storysmith.framework;

import java.util.List;

/** One section of a framework: the box an editor shows, with its guidance. */
public record SectionView(String id, String title, SectionKind kind, String prompt, List<String> hints, int share) {

	public SectionView {
		hints = List.copyOf(hints);
	}

}
