package dev.storysmith.plan;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import dev.storysmith.account.AccountPrincipal;
import dev.storysmith.system.ApiProblems;
import dev.storysmith.system.UserTime;

/**
 * {@code POST /api/plan}: public, stores nothing, needs no CSRF token. A signed-in caller (Basic
 * or a personal token) also gets their best story per question. Reads the body itself, so an
 * oversized one is refused without being read whole.
 */
@RestController
@Tag(name = "Prep plan", description = "From a job posting to competencies, questions, stories and days: public, stores nothing")
class PlanApiController {

	/** A posting at its limit, every character escaped as {@code \\uXXXX}, still fits. */
	static final int MAX_BODY_BYTES = 6 * PlanInput.MAX_POSTING + 4096;

	private final PlanService plans;

	private final JsonMapper json;

	private final MessageSource messages;

	private final UserTime userTime;

	private final Clock clock;

	PlanApiController(PlanService plans, JsonMapper json, MessageSource messages, UserTime userTime, Clock clock) {
		this.plans = plans;
		this.json = json;
		this.messages = messages;
		this.userTime = userTime;
		this.clock = clock;
	}

	/** The request body; dates as {@code yyyy-MM-dd}. */
	@Schema(name = "PlanRequest")
	record PlanRequest(
			@Schema(description = "The job posting as pasted, at most 50,000 characters", requiredMode = Schema.RequiredMode.REQUIRED) String posting,
			@Schema(description = "The interview date, from today to 60 days ahead in the caller's time zone (UTC for API clients)", example = "2026-12-10") String interviewDate,
			@Schema(description = "The role's level", allowableValues = { "junior", "mid", "senior", "staff", "principal" }) String level) {
	}

	@Operation(summary = "Make a prep plan from a job posting",
			description = "Finds the competencies the posting stresses (the bank's signal phrases, weighted 0-100, strongest "
					+ "first), picks 6-10 bank questions that probe them, gives a signed-in caller's best story for each (null "
					+ "when none fits, or when not signed in) and, with an interview date, a day-by-day plan until then. "
					+ "No sign-in and no CSRF token needed.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = "application/json", schema = @Schema(implementation = PlanRequest.class))))
	@ApiResponse(responseCode = "200", description = "The plan",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = PlanResponse.class)))
	@ApiResponse(responseCode = "400",
			description = "Missing or bad JSON, empty posting, bad or out-of-range date, unknown level; `field` names the first refused field, `errors` lists each with its message",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
	@ApiResponse(responseCode = "413", description = "The posting is over 50,000 characters (or the body over its byte limit)",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
	@PostMapping(path = "/api/plan", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	PlanResponse plan(HttpServletRequest request, @AuthenticationPrincipal AccountPrincipal me, Locale locale)
			throws IOException {
		PlanRequest body = parse(readLimited(request, locale), locale);
		LocalDate today = LocalDate.now(clock.withZone(userTime.zone()));
		PlanRules.Checked checked = PlanRules.check(body.posting(), body.interviewDate(), body.level(), today);
		if (!checked.ok()) {
			throw problem(checked.problems(), locale);
		}
		return PlanResponse.of(plans.compute(checked.input(), me == null ? null : me.id(), today));
	}

	private PlanRequest parse(byte[] body, Locale locale) {
		if (body.length == 0) {
			throw ApiProblems.badRequest("body", messages.getMessage("plan.api.body.empty", null, locale));
		}
		try {
			PlanRequest request = json.readValue(body, PlanRequest.class);
			if (request == null) {
				throw ApiProblems.badRequest("body", messages.getMessage("plan.api.body.notObject", null, locale));
			}
			return request;
		}
		catch (JacksonException ex) {
			throw ApiProblems.badRequest("body", messages.getMessage("plan.api.body.invalid", null, locale));
		}
	}

	/**
	 * An over-long posting answers 413 on its own; otherwise 400 naming the first refused field
	 * in {@code field} and every one, with its message, under {@code errors}, so a client fixes
	 * a bad date and an unknown level in one go.
	 */
	private ErrorResponseException problem(List<PlanRules.Problem> problems, Locale locale) {
		for (PlanRules.Problem problem : problems) {
			if (problem.tooLarge()) {
				return tooLarge(problem.field(), message(problem, locale), locale);
			}
		}
		List<Map<String, String>> errors = problems.stream()
			.map(p -> Map.of("field", p.field(), "message", message(p, locale)))
			.toList();
		ErrorResponseException refused = ApiProblems.badRequest(problems.get(0).field(),
				String.join(" ", errors.stream().map(e -> e.get("message")).toList()));
		refused.getBody().setProperty("errors", errors);
		return refused;
	}

	private String message(PlanRules.Problem problem, Locale locale) {
		return messages.getMessage(problem.code(), problem.args().toArray(), locale);
	}

	private byte[] readLimited(HttpServletRequest request, Locale locale) throws IOException {
		if (request.getContentLengthLong() > MAX_BODY_BYTES) {
			throw bodyTooLarge(locale);
		}
		try (InputStream in = request.getInputStream()) {
			byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
			if (body.length > MAX_BODY_BYTES) {
				throw bodyTooLarge(locale);
			}
			return body;
		}
	}

	private ErrorResponseException bodyTooLarge(Locale locale) {
		return tooLarge("posting", messages.getMessage("plan.api.body.tooLarge", new Object[] { MAX_BODY_BYTES / 1024 }, locale),
				locale);
	}

	private ErrorResponseException tooLarge(String field, String detail, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, detail);
		problem.setTitle(messages.getMessage("plan.api.tooLarge.title", null, locale));
		problem.setProperty("field", field);
		problem.setProperty("limitCharacters", PlanInput.MAX_POSTING);
		return new ErrorResponseException(HttpStatus.CONTENT_TOO_LARGE, problem, null);
	}

	/** The answer of {@code POST /api/plan}. */
	@Schema(name = "PlanResponse")
	record PlanResponse(List<Competency> competencies, List<Question> questions, List<Story> stories, List<Day> days) {

		static PlanResponse of(PrepPlan plan) {
			return new PlanResponse(
					plan.competencies().stream().map(c -> new Competency(c.id(), c.name(), c.weight(), c.signals())).toList(),
					plan.questions().stream().map(q -> new Question(q.id(), q.title(), q.competencies())).toList(),
					plan.stories().stream().map(s -> new Story(s.questionId(), s.storyId())).toList(),
					plan.days()
						.stream()
						.map(d -> new Day(d.date().toString(),
								d.tasks().stream().map(t -> new Task(t.kind().id(), t.questionId(), t.storyId())).toList()))
						.toList());
		}

		@Schema(name = "PlanCompetency")
		record Competency(String id, String name,
				@Schema(description = "0-100; the strongest competency of the posting is 100") int weight,
				@Schema(description = "The bank's signal phrases found in the posting, in the order they first appear") List<String> signals) {
		}

		@Schema(name = "PlanQuestion")
		record Question(String id, String title,
				@Schema(description = "The plan's competencies this question probes, strongest first") List<String> competencies) {
		}

		@Schema(name = "PlanStory")
		record Story(String questionId, @Schema(description = "The caller's best story for the question; null when none", nullable = true) Long storyId) {
		}

		@Schema(name = "PlanDay")
		record Day(@Schema(example = "2026-12-04") String date, List<Task> tasks) {
		}

		@Schema(name = "PlanTask")
		record Task(@Schema(allowableValues = { "write", "practise", "mock", "light" }) String kind,
				@Schema(nullable = true) String questionId, @Schema(nullable = true) Long storyId) {
		}

	}

}
