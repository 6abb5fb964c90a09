package dev.storysmith.framework;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** What part a section plays in an answer; the rubric uses it to know where to look for what. */
public enum SectionKind {

	CONTEXT, TASK, ACTION, RESULT, REFLECTION;

	/** The lower-case id used in bank files and JSON. */
	@JsonValue
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

}
