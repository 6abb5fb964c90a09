package dev.storysmith.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import dev.storysmith.system.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

@DataJpaTest
@Import({ LoginThrottle.class, LoginThrottleTests.FixedTime.class })
class LoginThrottleTests {

	@Autowired
	LoginThrottle throttle;

	@Autowired
	MutableClock clock;

	@Test
	void locksAUsernameForFifteenMinutesAfterFiveFailures() {
		for (int i = 0; i < 4; i++) {
			throttle.recordFailure("alice");
		}
		assertThat(throttle.lockedUntil("alice")).isEmpty();

		throttle.recordFailure("Alice");

		assertThat(throttle.lockedUntil("alice")).contains(clock.instant().plus(Duration.ofMinutes(15)));
		assertThat(throttle.lockedUntil("bob")).isEmpty();
	}

	@Test
	void unlocksWhenTheLockExpires() {
		for (int i = 0; i < 5; i++) {
			throttle.recordFailure("carol");
		}
		clock.advance(Duration.ofMinutes(14));
		assertThat(throttle.lockedUntil("carol")).isPresent();

		clock.advance(Duration.ofMinutes(1).plusSeconds(1));

		assertThat(throttle.lockedUntil("carol")).isEmpty();
	}

	@Test
	void forgetsFailuresOlderThanTheWindow() {
		for (int i = 0; i < 4; i++) {
			throttle.recordFailure("dave");
		}
		clock.advance(Duration.ofMinutes(16));

		throttle.recordFailure("dave");

		assertThat(throttle.lockedUntil("dave")).isEmpty();
	}

	@Test
	void aSuccessfulSignInClearsTheCount() {
		for (int i = 0; i < 4; i++) {
			throttle.recordFailure("erin");
		}
		throttle.recordSuccess("erin");

		throttle.recordFailure("erin");

		assertThat(throttle.lockedUntil("erin")).isEmpty();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class FixedTime {

		@Bean
		MutableClock clock() {
			return new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
		}

	}

}
