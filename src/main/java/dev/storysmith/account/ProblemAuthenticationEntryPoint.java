package dev.storysmith.account;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import tools.jackson.databind.json.JsonMapper;

/**
 * How the stateless API refuses a request: 401 when credentials are missing or wrong, 429
 * with Retry-After while the username is locked, 403 when the user lacks a role. Always
 * {@code application/problem+json}, never a redirect to the login page.
 */
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final JsonMapper json;

	private final Clock clock;

	ProblemAuthenticationEntryPoint(JsonMapper json, Clock clock) {
		this.json = json;
		this.clock = clock;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		if (ex instanceof ThrottlingAuthenticationProvider.SignInLockedException locked) {
			long seconds = Math.max(1, Duration.between(clock.instant(), locked.until()).toSeconds());
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
			write(request, response, HttpStatus.TOO_MANY_REQUESTS, "Too many failed sign-ins",
					"Too many failed sign-ins for this username. Try again in " + Math.max(1, seconds / 60)
							+ " minutes.");
			return;
		}
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Storysmith\", Bearer");
		String detail = request.getHeader(HttpHeaders.AUTHORIZATION) == null
				? "Sign in with HTTP Basic or send 'Authorization: Bearer <personal access token>'."
				: "The credentials or access token were not accepted.";
		write(request, response, HttpStatus.UNAUTHORIZED, "Unauthorized", detail);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		write(request, response, HttpStatus.FORBIDDEN, "Forbidden", "Your account may not do this.");
	}

	private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title,
			String detail) throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setInstance(java.net.URI.create(request.getRequestURI()));
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		json.writeValue(response.getOutputStream(), problem);
	}

}
