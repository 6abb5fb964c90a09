package dev.storysmith;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feature packages stay modules: no cycles, no reaching into another module's internals,
 * and no dependency a module's {@code package-info} does not declare. Writes the module diagram
 * that docs/architecture.md shows.
 */
class ModularityTests {

	private static final String[] MODULES = { "account", "framework", "plan", "practice", "question", "rubric", "story",
			"system" };

	private final ApplicationModules modules = ApplicationModules.of(StorysmithApplication.class);

	@Test
	void modulesRespectTheirDeclaredDependencies() {
		modules.verify();
	}

	@Test
	void everyModuleDeclaresWhatItMayUse() throws ClassNotFoundException {
		assertThat(modules.stream().map(m -> m.getIdentifier().toString())).containsExactlyInAnyOrder(MODULES);
		for (String module : MODULES) {
			Class<?> info = Class.forName("dev.storysmith." + module + ".package-info");
			assertThat(info.getAnnotation(ApplicationModule.class)).as(module).isNotNull();
		}
	}

	@Test
	void writesTheModuleDiagramIntoTheDocs() {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeModulesAsPlantUml();
		assertThat(Path.of("docs/modules/components.puml")).exists();
		assertThat(contentOf("docs/modules/components.puml")).contains("Practice", "Story", "Rubric");
	}

	private static String contentOf(String path) {
		try {
			return Files.readString(Path.of(path));
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
