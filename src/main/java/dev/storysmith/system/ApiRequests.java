package dev.storysmith.system;

import jakarta.servlet.http.HttpServletRequest;

/** Tells JSON API requests ({@code /api/**}) from page requests, which are answered differently. */
public final class ApiRequests {

	private ApiRequests() {
	}

	public static boolean isApi(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/api/") || path.equals("/api");
	}

}
