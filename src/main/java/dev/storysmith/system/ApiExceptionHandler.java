package dev.storysmith.system;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * One place that decides how a failed request is answered. The JSON API answers
 * {@code application/problem+json}, naming each invalid field; pages answer with the HTML
 * error pages, so a person in a browser never sees JSON.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(ApiExceptionHandler::describe)
			.toList();
		ProblemDetail problem = ex.getBody();
		problem.setTitle("Invalid request");
		problem.setDetail(String.join(" ", errors.stream().map(e -> e.get("field") + ": " + e.get("message")).toList()));
		problem.setProperty("errors", errors);
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

	/**
	 * Unreadable JSON: names the field Jackson stopped at (a number too large for it, a list
	 * where text belongs), so a client sees what to fix.
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setTitle("Invalid request");
		String field = JsonFields.path(ex);
		if (field.isEmpty()) {
			problem.setDetail("The body is not valid JSON of the expected shape.");
			problem.setProperty("field", "body");
		}
		else {
			problem.setDetail("The value of '" + field + "' has the wrong type or is out of range.");
			problem.setProperty("field", field);
		}
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ex.getBody();
		problem.setTitle("Unsupported content type");
		problem.setDetail("Send the body as JSON with the header 'Content-Type: application/json'"
				+ (ex.getContentType() == null ? "." : "; '" + ex.getContentType() + "' is not accepted."));
		problem.setProperty("field", "Content-Type");
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

	/**
	 * A form or query field Spring cannot even bind, such as {@code questionIds[5000]=x} (an
	 * index beyond any list a form has): a 400 naming the field, not a 500.
	 */
	@ExceptionHandler(InvalidPropertyException.class)
	ResponseEntity<Object> handleUnbindableField(InvalidPropertyException ex, WebRequest request) {
		String field = ApiProblems.abbreviate(ex.getPropertyName());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The field '" + field + "' cannot be read; reload the page and send the form again.");
		problem.setTitle("Invalid request");
		problem.setProperty("field", field);
		request.setAttribute(ErrorPageAttributes.DETAIL, problem.getDetail(), RequestAttributes.SCOPE_REQUEST);
		return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (request instanceof ServletWebRequest servlet && !ApiRequests.isApi(servlet.getRequest())) {
			sendErrorPage(servlet.getResponse(), statusCode);
			return null;
		}
		return super.handleExceptionInternal(ex, body, headers, statusCode, request);
	}

	private static void sendErrorPage(HttpServletResponse response, HttpStatusCode status) {
		try {
			if (response != null && !response.isCommitted()) {
				response.sendError(status.value());
			}
		}
		catch (IOException ex) {
			// The client has gone; there is nobody left to show an error page to.
		}
	}

	private static Map<String, String> describe(FieldError error) {
		return Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage()));
	}

}
