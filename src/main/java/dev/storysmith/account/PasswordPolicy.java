package dev.storysmith.account;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Refuses passwords that length alone does not make strong: ones containing the username,
 * well-known ones, ones made of a handful of characters, and ones BCrypt would silently cut
 * (it reads at most 72 bytes). Answers with a message key, for the form to explain.
 */
class PasswordPolicy {

	private static final int BCRYPT_MAX_BYTES = 72;

	private static final int MIN_DISTINCT_CHARACTERS = 5;

	private final Set<String> common;

	PasswordPolicy() {
		try (InputStream in = PasswordPolicy.class.getResourceAsStream("/account/common-passwords.txt")) {
			common = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	Optional<String> weakness(String username, String password) {
		String lower = password.toLowerCase(Locale.ROOT);
		if (password.getBytes(StandardCharsets.UTF_8).length > BCRYPT_MAX_BYTES) {
			return Optional.of("register.password.tooManyBytes");
		}
		if (!username.isBlank() && lower.contains(username.strip().toLowerCase(Locale.ROOT))) {
			return Optional.of("register.password.containsUsername");
		}
		if (common.contains(lower)) {
			return Optional.of("register.password.common");
		}
		if (password.codePoints().distinct().count() < MIN_DISTINCT_CHARACTERS) {
			return Optional.of("register.password.repetitive");
		}
		return Optional.empty();
	}

}
