package dev.storysmith.system;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Answers a request Spring Security's firewall refuses (a {@code ;}, an encoded {@code %} or
 * {@code /}, a {@code ..} in the URL) with 400: under {@code /api} as
 * {@code application/problem+json} like every other API error, elsewhere with the error page.
 * The refused URL is not echoed back.
 */
@Component
class RejectedRequests implements RequestRejectedHandler {

	static final String DETAIL = "The URL contains a sequence this app refuses (such as ';', '%25', '//' or '..').";

	private final JsonMapper json;

	RejectedRequests(JsonMapper json) {
		this.json = json;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException ex)
			throws IOException {
		if (!ApiRequests.isApi(request)) {
			request.setAttribute(ErrorPageAttributes.DETAIL, DETAIL);
			response.sendError(HttpStatus.BAD_REQUEST.value());
			return;
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, DETAIL);
		problem.setTitle("Refused URL");
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		json.writeValue(response.getOutputStream(), problem);
	}

}
