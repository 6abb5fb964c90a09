package dev.storysmith.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Confirming the deletion of an account with its password. */
record AccountDeletionForm(@NotBlank(message = "{account.delete.password.required}")
		@Size(max = 64, message = "{register.password.size}") String password) {

	static AccountDeletionForm empty() {
		return new AccountDeletionForm("");
	}

}
