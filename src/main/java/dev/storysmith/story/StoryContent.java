package dev.storysmith.story;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What a user writes into a story, from the editor or the API: a title, a framework, the
 * text of each section by id, notes no section holds, and the questions and competencies
 * the story answers. Checked by {@link StoryRules} before it is stored.
 */
public record StoryContent(String title, String framework, Map<String, String> sections, String unplacedNotes,
		Set<String> questionIds, Set<String> competencies) {

	public StoryContent {
		title = title == null ? "" : title.strip();
		framework = framework == null ? "" : framework.strip();
		sections = sections == null ? Map.of() : normalized(sections);
		unplacedNotes = unplacedNotes == null ? "" : unixLines(unplacedNotes);
		questionIds = questionIds == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(questionIds));
		competencies = competencies == null ? Set.of()
				: Collections.unmodifiableSet(new LinkedHashSet<>(competencies));
	}

	/**
	 * Browsers post textarea text with CRLF line ends but script sees LF; storing LF keeps the
	 * character offsets of rubric evidence valid on both sides.
	 */
	private static Map<String, String> normalized(Map<String, String> sections) {
		Map<String, String> result = new LinkedHashMap<>();
		sections.forEach((id, text) -> result.put(id, text == null ? "" : unixLines(text)));
		return Collections.unmodifiableMap(result);
	}

	private static String unixLines(String text) {
		return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
	}

}
