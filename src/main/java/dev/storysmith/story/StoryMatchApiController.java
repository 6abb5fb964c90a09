package dev.storysmith.story;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.storysmith.account.AccountPrincipal;
import dev.storysmith.system.ApiProblems;

/** {@code GET /api/stories/match}: which of the caller's stories fit a question or a pasted text. */
@RestController
@Tag(name = "Stories")
@SecurityRequirement(name = "basicAuth")
@SecurityRequirement(name = "accessToken")
class StoryMatchApiController {

	/** Matches one answer lists at most. */
	static final int LIMIT = 10;

	private final StoryFinder finder;

	private final MessageSource messages;

	StoryMatchApiController(StoryFinder finder, MessageSource messages) {
		this.finder = finder;
		this.messages = messages;
	}

	@Operation(summary = "Which of your stories fits this question?",
			description = "Send a question as text (`q`, such as one a recruiter sent) or a bank question's id "
					+ "(`question`). Answers your stories that fit, best first (at most " + LIMIT + "), each with "
					+ "a score from 0 to 100 and the reasons: shared competencies, the words it has in common "
					+ "(as you wrote them), whether it was written for the question. Stories that share nothing "
					+ "are not listed, so the answer may be empty.")
	@ApiResponse(responseCode = "200", description = "Matches, best first")
	@ApiResponse(responseCode = "400", description = "`q` missing, blank or over 2,000 characters; or both `q` and `question`",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
	@ApiResponse(responseCode = "404", description = "No bank question has that id",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
	@GetMapping("/api/stories/match")
	List<StoryMatch> match(@AuthenticationPrincipal AccountPrincipal me,
			@Parameter(description = "The question as text, at most 2,000 characters") @RequestParam(required = false) String q,
			@Parameter(description = "A bank question's id, instead of q") @RequestParam(required = false) String question,
			Locale locale) {
		MatchRequest request = new MatchRequest(q, question);
		request.problem().ifPresent(problem -> {
			throw ApiProblems.badRequest(problem.field(), StoryErrors.message(problem, messages, locale));
		});
		return finder.find(me.id(), request, LIMIT).orElseThrow(() -> ApiProblems.notFound("question", question));
	}

}
