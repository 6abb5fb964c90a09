package dev.storysmith;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/** The feature packages stay modules: no cycles, and no reaching into another module's internals. */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(StorysmithApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void featurePackagesAreModules() {
		assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
			.contains("question", "framework", "system");
	}

}
