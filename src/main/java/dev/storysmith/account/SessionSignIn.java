package dev.storysmith.account;

import java.net.URI;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

/**
 * Signs a user into the page session without a second form (after registering, or to refresh
 * the session after a password change), and remembers where a visitor was going when the
 * sign-in page interrupted them.
 */
@Component
class SessionSignIn {

	static final String HOME = "/stories";

	private final AccountUserDetailsService users;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	private final RequestCache requests = new HttpSessionRequestCache();

	SessionSignIn(AccountUserDetailsService users) {
		this.users = users;
	}

	/** Signs the user in on a fresh session id (no session fixation), as a form sign-in would. */
	void signIn(String username, HttpServletRequest request, HttpServletResponse response) {
		AccountPrincipal principal = users.loadUserByUsername(username);
		principal.eraseCredentials();
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
	}

	/** The page the visitor asked for before signing in (forgotten once used), or the story bank. */
	String returnUrl(HttpServletRequest request, HttpServletResponse response) {
		Optional<String> saved = savedPath(request, response).map(ignored -> {
			String url = requests.getRequest(request, response).getRedirectUrl();
			requests.removeRequest(request, response);
			return url;
		});
		return saved.orElse(HOME);
	}

	/** Why the sign-in page is shown, as a message key. */
	String reason(HttpServletRequest request, HttpServletResponse response) {
		return savedPath(request, response).map(SignInReason::forPath).orElse(SignInReason.GENERAL);
	}

	private Optional<String> savedPath(HttpServletRequest request, HttpServletResponse response) {
		SavedRequest saved = requests.getRequest(request, response);
		return Optional.ofNullable(saved).map(s -> URI.create(s.getRedirectUrl()).getPath());
	}

}
