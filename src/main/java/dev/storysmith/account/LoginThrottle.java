package dev.storysmith.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows password guessing: after {@value #LIMIT} failed sign-ins for one username within
 * 15 minutes, that username is refused for 15 minutes, whatever the password. Counted in
 * the database, so every app instance enforces the same lock.
 */
@Service
@Transactional
class LoginThrottle {

	static final int LIMIT = 5;

	static final Duration WINDOW = Duration.ofMinutes(15);

	static final Duration LOCK = Duration.ofMinutes(15);

	private final LoginAttemptRepository attempts;

	private final Clock clock;

	LoginThrottle(LoginAttemptRepository attempts, Clock clock) {
		this.attempts = attempts;
		this.clock = clock;
	}

	/** When the username is locked, the moment the lock ends. */
	@Transactional(readOnly = true)
	public Optional<Instant> lockedUntil(String username) {
		Instant now = clock.instant();
		return attempts.findById(key(username)).filter(a -> a.isLocked(now)).map(LoginAttempt::getLockedUntil);
	}

	public void recordFailure(String username) {
		Instant now = clock.instant();
		LoginAttempt attempt = attempts.findById(key(username)).orElseGet(() -> new LoginAttempt(key(username), now));
		attempt.fail(now, LIMIT, WINDOW, LOCK);
		attempts.save(attempt);
	}

	public void recordSuccess(String username) {
		attempts.deleteById(key(username));
	}

	private static String key(String username) {
		String normalized = AccountUserDetailsService.normalize(username);
		return normalized.length() <= 100 ? normalized : normalized.substring(0, 100);
	}

}
