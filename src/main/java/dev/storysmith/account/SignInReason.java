package dev.storysmith.account;

import java.util.List;
import java.util.Map;

/**
 * Why the sign-in page was shown, from the page the visitor asked for: "Sign in to save your
 * draft" reads better than a bare form. Answers a message key.
 */
final class SignInReason {

	static final String GENERAL = "login.reason.general";

	private static final List<Map.Entry<String, String>> BY_PATH = List.of(
			Map.entry("/stories/new", "login.reason.draft"), Map.entry("/stories/match", "finder.login.reason"),
			Map.entry("/stories", "login.reason.stories"),
			Map.entry("/practice", "login.reason.practice"), Map.entry("/progress", "login.reason.progress"),
			Map.entry("/coverage", "login.reason.coverage"), Map.entry("/account", "login.reason.account"));

	private SignInReason() {
	}

	/** The reason for a requested path such as {@code /stories/new}, or the general one. */
	static String forPath(String path) {
		return BY_PATH.stream()
			.filter(entry -> path.equals(entry.getKey()) || path.startsWith(entry.getKey() + "/"))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(GENERAL);
	}

}
