package dev.storysmith.story;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import dev.storysmith.story.backup.BackupProblem;
import dev.storysmith.system.ApiProblems;

/**
 * The one place the story module's domain exceptions become answers, for pages and API alike:
 * under {@code /api/} a problem detail ({@code application/problem+json}), elsewhere the error
 * page with the same status. A page form that can show the problem beside its field (a stale
 * or invalid save) catches it itself, so the typed text stays on screen.
 */
@ControllerAdvice(basePackages = "dev.storysmith.story")
class StoryExceptionAdvice {

	private final MessageSource messages;

	StoryExceptionAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(StoryExceptions.NotFound.class)
	ResponseEntity<ProblemDetail> notFound(StoryExceptions.NotFound ex, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		return answer(ApiProblems.notFound("story", String.valueOf(ex.id())).getBody(), request, response);
	}

	@ExceptionHandler(StoryExceptions.Stale.class)
	ResponseEntity<ProblemDetail> stale(StoryExceptions.Stale ex, HttpServletRequest request,
			HttpServletResponse response, Locale locale) throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				messages.getMessage("story.stale", null, locale));
		problem.setTitle("Stale version");
		problem.setProperty("field", "version");
		return answer(problem, request, response);
	}

	@ExceptionHandler(StoryExceptions.Invalid.class)
	ResponseEntity<ProblemDetail> invalid(StoryExceptions.Invalid ex, HttpServletRequest request,
			HttpServletResponse response, Locale locale) throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				StoryErrors.describe(ex.problems(), messages, locale));
		problem.setTitle("Invalid story");
		problem.setProperty("errors", StoryErrors.fields(ex.problems(), messages, locale));
		return answer(problem, request, response);
	}

	/** A refused backup: nothing of it was stored. */
	@ExceptionHandler(BackupProblem.class)
	ResponseEntity<ProblemDetail> refusedBackup(BackupProblem ex, HttpServletRequest request,
			HttpServletResponse response, Locale locale) throws IOException {
		return answer(ex.toProblem(messages, locale), request, response);
	}

	private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			response.sendError(problem.getStatus());
			return null;
		}
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
