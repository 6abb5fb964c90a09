package dev.storysmith.rubric.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.storysmith.rubric.RubricEngine;

/** One engine for the app: its rules are loaded and compiled once, and it is thread-safe. */
@Configuration(proxyBeanMethods = false)
class RubricConfiguration {

	@Bean
	RubricEngine rubricEngine() {
		return RubricEngine.withDefaultRules();
	}

}
