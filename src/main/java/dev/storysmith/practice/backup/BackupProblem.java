package dev.storysmith.practice.backup;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * Why a backup was refused as a whole; nothing of it was stored. {@code errors} lists each
 * broken field of each story ({@code stories[2].sections.action}) with a message code.
 */
final class BackupProblem extends RuntimeException {

	/** One broken field: where, and the message code with its arguments. */
	record FieldError(int story, String field, String code, List<Object> arguments) {
	}

	private final HttpStatus status;

	private final String titleCode;

	private final String field;

	private final String code;

	private final List<Object> arguments;

	private final List<FieldError> errors;

	BackupProblem(HttpStatus status, String titleCode, String field, String code, List<Object> arguments,
			List<FieldError> errors) {
		super(code + " " + field);
		this.status = status;
		this.titleCode = titleCode;
		this.field = field;
		this.code = code;
		this.arguments = List.copyOf(arguments);
		this.errors = List.copyOf(errors);
	}

	static BackupProblem of(HttpStatus status, String titleCode, String field, String code, Object... arguments) {
		return new BackupProblem(status, titleCode, field, code, List.of(arguments), List.of());
	}

	HttpStatus status() {
		return status;
	}

	String titleCode() {
		return titleCode;
	}

	String field() {
		return field;
	}

	String code() {
		return code;
	}

	List<Object> arguments() {
		return arguments;
	}

	List<FieldError> errors() {
		return errors;
	}

}
