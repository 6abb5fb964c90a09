package dev.storysmith.practice;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import dev.storysmith.account.AccountPrincipal;

/**
 * {@code POST /rehearsals}: the rehearsal page saves what it measured, as JSON with the page's
 * CSRF token. Answers 201 with the new rehearsal's page, or a problem detail
 * ({@code application/problem+json}) naming what is wrong.
 */
@RestController
class RehearsalSaveController {

	private final RehearsalService rehearsals;

	private final MessageSource messages;

	RehearsalSaveController(RehearsalService rehearsals, MessageSource messages) {
		this.rehearsals = rehearsals;
		this.messages = messages;
	}

	@PostMapping(path = "/rehearsals", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> save(@AuthenticationPrincipal AccountPrincipal me, @Valid @RequestBody RehearsalRequest request,
			BindingResult errors, Locale locale) {
		if (errors.hasErrors()) {
			List<Map<String, String>> fields = errors.getFieldErrors()
				.stream()
				.map(e -> Map.of("field", e.getField(), "message", messages.getMessage(e, locale)))
				.distinct()
				.toList();
			return problem(HttpStatus.BAD_REQUEST, fields);
		}
		long id = rehearsals.save(me.id(), request.storyId(), request.toMeasures());
		URI page = URI.create("/rehearsals/" + id);
		return ResponseEntity.created(page).body(Map.of("id", id, "url", page.toString()));
	}

	@ExceptionHandler(RehearsalInvalid.class)
	ResponseEntity<ProblemDetail> invalid(RehearsalInvalid ex, Locale locale) {
		return problem(HttpStatus.BAD_REQUEST,
				List.of(Map.of("field", ex.field(), "message", messages.getMessage(ex.code(), null, locale))));
	}

	@ExceptionHandler(RehearsalNotFound.class)
	ResponseEntity<ProblemDetail> notFound(RehearsalNotFound ex, Locale locale) {
		return problem(HttpStatus.NOT_FOUND,
				List.of(Map.of("field", "storyId", "message", messages.getMessage("rehearsal.story.notFound", null, locale))));
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, List<Map<String, String>> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				String.join(" ", errors.stream().map(e -> e.get("message")).toList()));
		problem.setTitle(status == HttpStatus.NOT_FOUND ? "Not found" : "Invalid rehearsal");
		problem.setProperty("errors", errors);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
