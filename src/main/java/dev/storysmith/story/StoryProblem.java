package dev.storysmith.story;

import java.util.List;

/**
 * One reason a story cannot be stored: the field it concerns ("title", "sections.action",
 * "stories") and a message code with arguments, resolved from messages.properties.
 */
public record StoryProblem(String field, String code, List<Object> arguments) {

	static StoryProblem of(String field, String code, Object... arguments) {
		return new StoryProblem(field, code, List.of(arguments));
	}

}
