package dev.storysmith.story;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.storysmith.framework.FrameworkView;
import dev.storysmith.framework.SectionView;

/**
 * Moves a story's text from one framework to another without losing a word. A section the
 * target has keeps its text; any other section goes to the unplaced notes as a labelled
 * block ("Situation:" then its text). Labelled blocks already in the notes whose label names a
 * target section go back into that section, so switching away and back restores every box.
 */
final class SectionMover {

	private final Set<String> labels;

	/** @param labels every section title a note block may start with, matched ignoring case */
	SectionMover(Set<String> labels) {
		this.labels = labels;
	}

	StoryContent move(StoryContent content, FrameworkView source, FrameworkView target) {
		Map<String, String> placed = new LinkedHashMap<>();
		List<String> notes = new ArrayList<>();
		// Notes first, so text the user left unlabelled stays ahead of the labelled blocks added below.
		for (Block block : blocks(content.unplacedNotes())) {
			Optional<SectionView> home = block.label() == null ? Optional.empty() : target.section(block.label());
			if (block.body().isBlank()) {
				continue;
			}
			if (home.isPresent()) {
				placed.merge(home.get().id(), block.body(), (before, after) -> before.strip() + "\n\n" + after);
			}
			else {
				notes.add(block.text());
			}
		}
		content.sections().forEach((sectionId, text) -> {
			if (text == null || text.isBlank()) {
				return;
			}
			if (target.sectionIds().contains(sectionId)) {
				placed.merge(sectionId, text, (fromNotes, own) -> own.strip() + "\n\n" + fromNotes);
			}
			else {
				String title = source.section(sectionId).map(SectionView::title).orElse(sectionId);
				notes.add(title + ":\n" + text.strip());
			}
		});
		return new StoryContent(content.title(), target.id(), placed, String.join("\n\n", notes),
				content.questionIds(), content.competencies());
	}

	/** The notes cut at each line that is a known label followed by a colon; text before the first label has none. */
	private List<Block> blocks(String notes) {
		List<Block> blocks = new ArrayList<>();
		String label = null;
		StringBuilder text = new StringBuilder();
		for (String line : notes.split("\n", -1)) {
			String candidate = labelOf(line);
			if (candidate != null) {
				blocks.add(new Block(label, text.toString().strip()));
				label = candidate;
				text.setLength(0);
			}
			else {
				text.append(line).append('\n');
			}
		}
		blocks.add(new Block(label, text.toString().strip()));
		return blocks;
	}

	private String labelOf(String line) {
		String trimmed = line.strip();
		if (!trimmed.endsWith(":")) {
			return null;
		}
		String label = trimmed.substring(0, trimmed.length() - 1).strip();
		return labels.contains(label.toLowerCase(Locale.ROOT)) ? label : null;
	}

	private record Block(String label, String body) {

		String text() {
			return label == null ? body : label + ":\n" + body;
		}

	}

}
