package dev.storysmith.account;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/account}: who the presented credentials belong to, so a script can check its token. */
@RestController
@Tag(name = "Account", description = "Who you are signed in as")
class AccountApiController {

	@Operation(summary = "Who the presented credentials belong to", description = "Check a token from a script.")
	@SecurityRequirement(name = "basicAuth")
	@SecurityRequirement(name = "accessToken")
	@GetMapping("/api/account")
	Me me(@AuthenticationPrincipal AccountPrincipal me) {
		boolean admin = me.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN"));
		return new Me(me.id(), me.getUsername(), admin);
	}

	record Me(long id, String username, boolean admin) {
	}

}
