package dev.storysmith.rubric;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The rubric engine is plain Java: the web layer wraps it, it never reaches into Spring. */
class RubricArchitectureTests {

	private final JavaClasses rubric = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.storysmith.rubric");

	/**
	 * {@code rubric.web} is the Spring adapter around the engine (API, playground, bean); the rest
	 * stays plain. The module declaration in {@code package-info} is the one annotation allowed.
	 */
	@Test
	void usesNoSpringAndNoJackson() {
		noClasses().that()
			.resideOutsideOfPackage("dev.storysmith.rubric.web..")
			.and()
			.doNotHaveSimpleName("package-info")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "com.fasterxml.jackson..", "tools.jackson..", "jakarta..")
			.check(rubric);
	}

	/** The engine scores any framework shape; adapting the bank's frameworks is the web layer's job. */
	@Test
	void coreKnowsNoOtherModule() {
		noClasses().that()
			.resideOutsideOfPackage("dev.storysmith.rubric.web..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("dev.storysmith.framework..", "dev.storysmith.story..", "dev.storysmith.question..",
					"dev.storysmith.practice..", "dev.storysmith.account..", "dev.storysmith.system..")
			.check(rubric);
	}

	@Test
	void textHandlingKnowsNothingOfScoring() {
		noClasses().that()
			.resideInAPackage("dev.storysmith.rubric.text..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("dev.storysmith.rubric.rules..")
			.check(rubric);
	}

}
