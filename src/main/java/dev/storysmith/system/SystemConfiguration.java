package dev.storysmith.system;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SystemConfiguration {

	/** One clock for the app, so tests can fix time instead of sleeping. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
