package dev.storysmith.system;

import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * What the error page gets to show. Boot puts the reason phrase under {@code error}, the
 * name the layout uses for a flash message key, so a 403 page showed {@code ??Forbidden_en??};
 * here it is {@code reason}. A handler that knows what was wrong with a request (the form
 * field that could not be read) leaves a sentence under {@link #DETAIL} for the page to show;
 * a refused request that carries a problem detail (4xx) shows that detail.
 */
@Component
public class ErrorPageAttributes extends DefaultErrorAttributes {

	/** Request attribute: one sentence for the person, shown on the error page. */
	public static final String DETAIL = ErrorPageAttributes.class.getName() + ".detail";

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(request, options);
		Object reason = attributes.remove("error");
		if (reason != null) {
			attributes.put("reason", reason);
		}
		Object detail = request.getAttribute(DETAIL, RequestAttributes.SCOPE_REQUEST);
		if (detail == null && getError(request) instanceof ErrorResponse problem
				&& problem.getStatusCode().is4xxClientError()) {
			// A refused request (a bad pick on the one-pager, say) says what was wrong, as the API does.
			detail = problem.getBody().getDetail();
		}
		if (detail != null) {
			attributes.put("detail", detail);
		}
		return attributes;
	}

}
