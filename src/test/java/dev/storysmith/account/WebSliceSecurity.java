package dev.storysmith.account;

import java.time.Clock;

import org.mockito.Mockito;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import dev.storysmith.rubric.RubricEngine;

/**
 * The app's real security rules for {@code @WebMvcTest} slices of other modules, with the
 * account beans behind them mocked: a slice then sees the same public/private split as the app.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(SecurityConfiguration.class)
public class WebSliceSecurity {

	@Bean
	AccountUserDetailsService accountUserDetailsService() {
		return Mockito.mock(AccountUserDetailsService.class);
	}

	@Bean
	LoginThrottle loginThrottle() {
		return Mockito.mock(LoginThrottle.class);
	}

	@Bean
	AccessTokens accessTokens() {
		return Mockito.mock(AccessTokens.class);
	}

	/** Page slices load {@link PreferencesAdvice}; anonymous visitors never reach it, so a mock suffices. */
	@Bean
	AccountPreferences accountPreferences() {
		return Mockito.mock(AccountPreferences.class);
	}

	/** Every signed-in test principal is in epoch 0, so the session-epoch check keeps it signed in. */
	@Bean
	UserAccountRepository userAccountRepository() {
		UserAccountRepository accounts = Mockito.mock(UserAccountRepository.class);
		Mockito.when(accounts.findSessionEpochById(Mockito.anyLong())).thenReturn(java.util.Optional.of(0));
		return accounts;
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	/**
	 * Every slice loads the story module's {@code SpeakingRateAdvice} (a controller advice),
	 * which reads the speaking rate from the rubric: the real engine with the shipped rules.
	 */
	@Bean
	RubricEngine rubricEngine() {
		return RubricEngine.withDefaultRules();
	}

}
