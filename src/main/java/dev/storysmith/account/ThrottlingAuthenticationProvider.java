package dev.storysmith.account;

import java.time.Instant;
import java.util.Optional;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Password sign-in (form and HTTP Basic) behind the login throttle: a locked username is
 * refused before its password is even checked, so guessing gains nothing while locked.
 */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final LoginThrottle throttle;

	ThrottlingAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle) {
		this.passwords = passwords;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = authentication.getName();
		Optional<Instant> locked = throttle.lockedUntil(username);
		if (locked.isPresent()) {
			throw new SignInLockedException(locked.get());
		}
		try {
			Authentication result = passwords.authenticate(authentication);
			throttle.recordSuccess(username);
			return result;
		}
		catch (BadCredentialsException ex) {
			throttle.recordFailure(username);
			Optional<Instant> nowLocked = throttle.lockedUntil(username);
			if (nowLocked.isPresent()) {
				throw new SignInLockedException(nowLocked.get());
			}
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	/** Sign-in refused because of too many failures; says until when. */
	static final class SignInLockedException extends LockedException {

		private final Instant until;

		SignInLockedException(Instant until) {
			super("Too many failed sign-ins for this username; try again after " + until);
			this.until = until;
		}

		Instant until() {
			return until;
		}

	}

}
