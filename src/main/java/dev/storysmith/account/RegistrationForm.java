package dev.storysmith.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a person types to open an account. */
record RegistrationForm(
		@NotBlank(message = "{register.username.required}")
		@Size(min = 3, max = 40, message = "{register.username.size}")
		@Pattern(regexp = "[A-Za-z0-9._-]*", message = "{register.username.pattern}") String username,
		@NotBlank(message = "{register.password.required}")
		@Size(min = 10, max = 64, message = "{register.password.size}") String password,
		@Size(max = 64, message = "{register.password.size}") String confirmPassword) {

	static RegistrationForm empty() {
		return new RegistrationForm("", "", "");
	}

}
