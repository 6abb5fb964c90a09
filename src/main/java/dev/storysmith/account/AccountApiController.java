package dev.storysmith.account;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/account}: who the presented credentials belong to, so a script can check its token. */
@RestController
class AccountApiController {

	@GetMapping("/api/account")
	Me me(@AuthenticationPrincipal AccountPrincipal me) {
		boolean admin = me.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN"));
		return new Me(me.id(), me.getUsername(), admin);
	}

	record Me(long id, String username, boolean admin) {
	}

}
