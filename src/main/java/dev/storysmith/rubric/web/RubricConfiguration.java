package dev.storysmith.rubric.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.storysmith.rubric.FollowUpPlanner;
import dev.storysmith.rubric.RubricEngine;

/** One engine and one follow-up planner for the app: their rules are loaded once, and both are thread-safe. */
@Configuration(proxyBeanMethods = false)
class RubricConfiguration {

	@Bean
	RubricEngine rubricEngine() {
		return RubricEngine.withDefaultRules();
	}

	@Bean
	FollowUpPlanner followUpPlanner(RubricEngine engine) {
		return FollowUpPlanner.withDefaultRules(engine);
	}

}
