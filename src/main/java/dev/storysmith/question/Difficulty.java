package dev.storysmith.question;

import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

public enum Difficulty {

	EASY, MEDIUM, HARD;

	/** The lower-case id used in bank files, URLs and JSON. */
	@JsonValue
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<Difficulty> fromId(String id) {
		for (Difficulty difficulty : values()) {
			if (difficulty.id().equals(id)) {
				return Optional.of(difficulty);
			}
		}
		return Optional.empty();
	}

}
