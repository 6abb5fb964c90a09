package dev.storysmith.system;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** App-wide beans; scheduling is on for modules' periodic checks (the question bank's version check). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SystemConfiguration {

	/** One clock for the app, so tests can fix time instead of sleeping. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
