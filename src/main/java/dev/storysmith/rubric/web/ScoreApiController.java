package dev.storysmith.rubric.web;

import java.io.IOException;
import java.io.InputStream;

import io.micrometer.core.instrument.MeterRegistry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import dev.storysmith.rubric.FollowUpPlanner;
import dev.storysmith.rubric.RubricEngine;
import dev.storysmith.rubric.Scorecard;
import dev.storysmith.system.ApiProblems;

/**
 * {@code POST /api/score}: public, stores nothing, needs no CSRF token. Reads the body
 * itself, so an oversized one is refused after 64 KB whatever its Content-Length says, and
 * malformed JSON gets a message a person can act on.
 */
@RestController
@Tag(name = "Scoring", description = "The rubric engine: public, stores nothing")
class ScoreApiController {

	static final int MAX_BODY_BYTES = 64 * 1024;

	private final RubricEngine engine;

	private final DraftRequests drafts;

	private final FollowUpPlanner followUps;

	private final JsonMapper json;

	/** Rubric scoring alone, without parsing or serialising: {@code storysmith.score}. */
	private final Timer scoring;

	ScoreApiController(RubricEngine engine, DraftRequests drafts, FollowUpPlanner followUps, JsonMapper json,
			MeterRegistry meters) {
		this.engine = engine;
		this.drafts = drafts;
		this.followUps = followUps;
		this.json = json;
		this.scoring = Timer.builder("storysmith.score")
			.description("Time the rubric engine takes to score one draft")
			.tag("source", "api")
			.register(meters);
	}

	@Operation(summary = "Score a draft against the rubric",
			description = "Send either `framework` plus `sections` (text per section id) or one free `text`, "
					+ "which is split into sections by its headings or labels. With `questionId` the follow-ups include "
					+ "that bank question's own. No sign-in and no CSRF token needed.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = "application/json", schema = @Schema(implementation = ScoreRequest.class))))
	@ApiResponse(responseCode = "200",
			description = "The scorecard (overall 0-100, criteria with evidence and advice) and the likely follow-ups",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = ScoreResponse.class)))
	@ApiResponse(responseCode = "400", description = "Bad JSON, unknown framework, section or question; `field` names it",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
	@ApiResponse(responseCode = "413", description = "The body is larger than 64 KB",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
	@PostMapping(path = "/api/score", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ScoreResponse score(HttpServletRequest request) throws IOException {
		ScoreRequest body = parse(readLimited(request));
		try {
			var draft = drafts.toDraft(body);
			var bank = drafts.bankFollowUps(body);
			Scorecard card = scoring.record(() -> engine.score(draft));
			return new ScoreResponse(card, followUps.plan(draft, card, bank));
		}
		catch (DraftRequests.InvalidDraftException ex) {
			throw ApiProblems.badRequest(ex.field(), ex.getMessage());
		}
	}

	private ScoreRequest parse(byte[] body) {
		if (body.length == 0) {
			throw ApiProblems.badRequest("body", "The body is empty; send JSON like {\"text\": \"...\"}.");
		}
		try {
			ScoreRequest request = json.readValue(body, ScoreRequest.class);
			if (request == null) {
				throw ApiProblems.badRequest("body", "The body must be a JSON object.");
			}
			return request;
		}
		catch (JacksonException ex) {
			throw ApiProblems.badRequest("body", "The body is not valid JSON for a draft: send {\"framework\": \"star-l\", "
					+ "\"sections\": {\"situation\": \"...\"}} or {\"text\": \"...\"}, with string values.");
		}
	}

	private static byte[] readLimited(HttpServletRequest request) throws IOException {
		if (request.getContentLengthLong() > MAX_BODY_BYTES) {
			throw tooLarge();
		}
		try (InputStream in = request.getInputStream()) {
			byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
			if (body.length > MAX_BODY_BYTES) {
				throw tooLarge();
			}
			return body;
		}
	}

	private static ErrorResponseException tooLarge() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
				"The body is larger than the limit of 64 KB; score a shorter draft.");
		problem.setTitle("Draft too large");
		problem.setProperty("field", "body");
		problem.setProperty("limitBytes", MAX_BODY_BYTES);
		return new ErrorResponseException(HttpStatus.CONTENT_TOO_LARGE, problem, null);
	}

}
