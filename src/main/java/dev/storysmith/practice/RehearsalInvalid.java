package dev.storysmith.practice;

/** A rehearsal whose numbers do not fit together or name a section the story does not have. */
class RehearsalInvalid extends RuntimeException {

	private final String field;

	private final String code;

	RehearsalInvalid(String field, String code) {
		super(field + ": " + code);
		this.field = field;
		this.code = code;
	}

	String field() {
		return field;
	}

	/** The message key that tells the user what is wrong. */
	String code() {
		return code;
	}

}
