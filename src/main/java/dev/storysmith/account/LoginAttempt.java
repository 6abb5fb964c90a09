package dev.storysmith.account;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Failed sign-ins for one username within the current window, and the lock they caused. */
@Entity
@Table(name = "login_attempt")
class LoginAttempt {

	@Id
	@Column(length = 100)
	private String username;

	@Column(nullable = false)
	private int failures;

	@Column(name = "window_start", nullable = false)
	private Instant windowStart;

	@Column(name = "locked_until")
	private Instant lockedUntil;

	protected LoginAttempt() {
	}

	LoginAttempt(String username, Instant now) {
		this.username = username;
		this.windowStart = now;
	}

	boolean isLocked(Instant now) {
		return lockedUntil != null && now.isBefore(lockedUntil);
	}

	Instant getLockedUntil() {
		return lockedUntil;
	}

	/** Counts a failure; the one that reaches {@code limit} within {@code window} locks for {@code lock}. */
	void fail(Instant now, int limit, Duration window, Duration lock) {
		if (now.isAfter(windowStart.plus(window))) {
			windowStart = now;
			failures = 0;
		}
		failures++;
		if (failures >= limit) {
			lockedUntil = now.plus(lock);
			failures = 0;
			windowStart = now;
		}
	}

}
