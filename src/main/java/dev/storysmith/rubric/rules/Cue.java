package dev.storysmith.rubric.rules;

import java.util.Locale;

/** Categories of cue phrases; each has a list under {@code cues.<key>} in the rules file. */
public enum Cue {

	FIRST_PERSON, TEAM, OWNERSHIP, TITLE, SCOPE, DECISION, OPTION, REASON, COST, MITIGATION, LEARNING, CHANGE, NOW, GENERAL, VALIDATION, HEDGE, FILLER,
	VAGUE, CONTEXT, RESULT;

	/** The key in the rules file: FIRST_PERSON is {@code firstPerson}. */
	String key() {
		StringBuilder key = new StringBuilder();
		for (String part : name().toLowerCase(Locale.ROOT).split("_")) {
			key.append(key.length() == 0 ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
		}
		return key.toString();
	}

	static Cue ofKey(String key) {
		for (Cue cue : values()) {
			if (cue.key().equals(key)) {
				return cue;
			}
		}
		throw new IllegalStateException("rules.yaml: unknown cue category '" + key + "'");
	}

}
