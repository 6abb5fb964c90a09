package dev.storysmith.framework;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

import dev.storysmith.system.Slugs;

/** An answer framework as other modules see it: its sections in speaking order. */
public record FrameworkView(String id, String name, String summary, String description, List<SectionView> sections) {

	public FrameworkView {
		sections = List.copyOf(sections);
	}

	/** Finds a section by its id or its title, ignoring case and punctuation ("What I'd do differently"). */
	public Optional<SectionView> section(String idOrTitle) {
		String wanted = Slugs.of(idOrTitle);
		return sections.stream()
			.filter(s -> s.id().equals(idOrTitle.toLowerCase(Locale.ROOT)) || Slugs.of(s.title()).equals(wanted))
			.findFirst();
	}

	/** Section titles by id, in speaking order. */
	public Map<String, String> sectionTitles() {
		Map<String, String> titles = new LinkedHashMap<>();
		sections.forEach(s -> titles.put(s.id(), s.title()));
		return titles;
	}

	/**
	 * The one place section text is put in speaking order: each of this framework's sections with
	 * its text ("" when there is none). Text under an id this framework lacks is left out.
	 */
	public Map<String, String> inSpeakingOrder(Map<String, String> texts) {
		Map<String, String> ordered = new LinkedHashMap<>();
		sections.forEach(s -> ordered.put(s.id(), texts.get(s.id()) == null ? "" : texts.get(s.id())));
		return ordered;
	}

	/** Like {@link #inSpeakingOrder}, then the text under ids this framework lacks, in the order given. */
	public Map<String, String> inSpeakingOrderKeepingOthers(Map<String, String> texts) {
		Map<String, String> ordered = inSpeakingOrder(texts);
		texts.forEach(ordered::putIfAbsent);
		return ordered;
	}

	public List<String> sectionIds() {
		return sections.stream().map(SectionView::id).toList();
	}

}
