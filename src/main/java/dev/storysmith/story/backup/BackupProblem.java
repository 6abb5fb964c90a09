package dev.storysmith.story.backup;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Why a backup was refused as a whole; nothing of it was stored. {@code errors} lists each
 * broken field of each story ({@code stories[2].sections.action}) with a message code.
 */
public final class BackupProblem extends RuntimeException {

	/** One broken field: where, and the message code with its arguments. */
	record FieldError(int story, String field, String code, List<Object> arguments) {
	}

	private final HttpStatus status;

	private final String titleCode;

	private final String field;

	private final String code;

	private final List<Object> arguments;

	private final List<FieldError> errors;

	/** The size limit a too-large upload passed, in bytes; null for other refusals. */
	private Long limitBytes;

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

	/** A refusal of an upload larger than {@code limit} bytes. */
	static BackupProblem tooLarge(long limit, String code, Object... arguments) {
		BackupProblem problem = of(HttpStatus.CONTENT_TOO_LARGE, "backup.problem.tooLarge", "body", code, arguments);
		problem.limitBytes = limit;
		return problem;
	}

	static BackupProblem of(HttpStatus status, String titleCode, String field, String code, Object... arguments) {
		return new BackupProblem(status, titleCode, field, code, List.of(arguments), List.of());
	}

	/** The headline, e.g. "Invalid story in backup". */
	String title(MessageSource messages, Locale locale) {
		return message(messages, titleCode, List.of(), locale);
	}

	/** What went wrong and that nothing changed, with the first broken field when there is a list. */
	String detail(MessageSource messages, Locale locale) {
		String detail = message(messages, code, arguments, locale);
		if (!errors.isEmpty() && !errors.get(0).code().equals(code)) {
			FieldError first = errors.get(0);
			detail += " " + first.field() + ": " + message(messages, first.code(), first.arguments(), locale);
		}
		return detail;
	}

	/** This refusal as a problem detail: the status, headline, detail, field and each broken field. */
	public ProblemDetail toProblem(MessageSource messages, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail(messages, locale));
		problem.setTitle(title(messages, locale));
		problem.setProperty("field", field);
		problem.setProperty("changed", false);
		if (limitBytes != null) {
			problem.setProperty("limitBytes", limitBytes);
		}
		if (!errors.isEmpty()) {
			problem.setProperty("errors", errors(messages, locale));
		}
		return problem;
	}

	/** Each broken field as {@code story}, {@code field} and {@code message}. */
	List<Map<String, Object>> errors(MessageSource messages, Locale locale) {
		return errors.stream()
			.map(e -> Map.<String, Object>of("story", e.story(), "field", e.field(), "message",
					message(messages, e.code(), e.arguments(), locale)))
			.toList();
	}

	private static String message(MessageSource messages, String code, List<Object> arguments, Locale locale) {
		return messages.getMessage(code, arguments.toArray(), code, locale);
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
