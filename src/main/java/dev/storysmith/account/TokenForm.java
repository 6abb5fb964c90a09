package dev.storysmith.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Naming a new personal access token, so its owner recognises it when revoking. */
record TokenForm(@NotBlank(message = "{account.token.name.required}")
		@Size(max = 60, message = "{account.token.name.size}") String name) {
}
