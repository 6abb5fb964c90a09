package dev.storysmith.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Changing the password: the current one proves it is the owner. */
record PasswordChangeForm(@NotBlank(message = "{account.password.current.required}")
		@Size(max = 64, message = "{register.password.size}") String currentPassword,
		@NotBlank(message = "{register.password.required}")
		@Size(min = 10, max = 64, message = "{register.password.size}") String newPassword,
		@Size(max = 64, message = "{register.password.size}") String confirmPassword, Boolean signOutEverywhere) {

	static PasswordChangeForm empty() {
		return new PasswordChangeForm("", "", "", false);
	}

	/** An unticked box sends nothing: only a ticked one signs out everywhere. */
	boolean endsOtherSessions() {
		return Boolean.TRUE.equals(signOutEverywhere);
	}

}
