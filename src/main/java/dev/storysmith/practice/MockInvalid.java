package dev.storysmith.practice;

/** A mock interview request that cannot be carried out as asked; {@code code} is the message key that says why. */
class MockInvalid extends RuntimeException {

	private final String code;

	MockInvalid(String code) {
		super(code);
		this.code = code;
	}

	String code() {
		return code;
	}

}
