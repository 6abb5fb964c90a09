package dev.storysmith.account;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a page session whose account is gone or has since signed out everywhere: the session's
 * principal carries the epoch it was made in, and the account's current epoch is one indexed
 * read. The request then goes on as an anonymous visitor (private pages send it to sign-in).
 * Works the same for in-memory and JDBC sessions, so every app instance honours it.
 */
class SessionEpochFilter extends OncePerRequestFilter {

	private final UserAccountRepository accounts;

	SessionEpochFilter(UserAccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof AccountPrincipal me && isStale(me)) {
			SecurityContextHolder.clearContext();
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
		}
		chain.doFilter(request, response);
	}

	private boolean isStale(AccountPrincipal me) {
		return accounts.findSessionEpochById(me.id()).map(epoch -> epoch != me.sessionEpoch()).orElse(true);
	}

}
