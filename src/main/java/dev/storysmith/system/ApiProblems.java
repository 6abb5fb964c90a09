package dev.storysmith.system;


import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Problem details ({@code application/problem+json}) the JSON API answers with. */
public final class ApiProblems {

	private ApiProblems() {
	}

	public static ErrorResponseException notFound(String what, String id) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"No " + what + " has the id '" + abbreviate(id) + "'.");
		problem.setTitle("Not found");
		return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
	}

	public static ErrorResponseException badRequest(String field, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setTitle("Invalid request");
		problem.setProperty("field", field);
		return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
	}

	/** Keeps an echoed id short, so a huge path segment is not reflected back whole. */
	static String abbreviate(String text) {
		return text.length() <= 80 ? text : text.substring(0, 80) + "...";
	}

}
