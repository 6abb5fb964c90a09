package dev.storysmith.system;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.context.request.ServletWebRequest;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorPageAttributesTests {

	private final ErrorPageAttributes attributes = new ErrorPageAttributes();

	@Test
	void aRefusedRequestShowsItsProblemDetailOnThePage() {
		Map<String, Object> shown = attributesFor(HttpStatus.BAD_REQUEST, "Pick at least one story for the one-pager.");

		assertThat(shown).containsEntry("detail", "Pick at least one story for the one-pager.")
			.containsEntry("reason", "Bad Request")
			.doesNotContainKey("error");
	}

	@Test
	void aServerFailureNeverShowsItsDetail() {
		Map<String, Object> shown = attributesFor(HttpStatus.INTERNAL_SERVER_ERROR, "select * from story_revision");

		assertThat(shown).doesNotContainKey("detail");
	}

	private Map<String, Object> attributesFor(HttpStatus status, String detail) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setAttribute("jakarta.servlet.error.status_code", status.value());
		request.setAttribute("jakarta.servlet.error.exception",
				new ErrorResponseException(status, ProblemDetail.forStatusAndDetail(status, detail), null));
		return attributes.getErrorAttributes(new ServletWebRequest(request), ErrorAttributeOptions.defaults());
	}

}
