package dev.storysmith.rubric.rules;

import org.junit.jupiter.api.Test;

import dev.storysmith.rubric.CriterionScore;
import dev.storysmith.rubric.RubricEngine;

import static dev.storysmith.rubric.RubricFixtures.STAR;
import static dev.storysmith.rubric.RubricFixtures.STAR_L;
import static dev.storysmith.rubric.RubricFixtures.criterion;
import static dev.storysmith.rubric.RubricFixtures.draft;
import static org.assertj.core.api.Assertions.assertThat;

class LessonsCriterionTests {

	private static final String LEARNING = "I learned that schema migrations need a tested rollback script before the forward one. ";

	private static final String CHANGE = "Since then I always write the rollback script first, and our team added it to the review checklist. ";

	private final RubricEngine engine = RubricEngine.withDefaultRules();

	private CriterionScore lessons(String text) {
		return criterion(engine.score(draft(STAR_L, "lessons", text)), "lessons");
	}

	@Test
	void aLearningWithoutAChangeScoresAtMostTwo() {
		CriterionScore lessons = lessons(LEARNING + "In hindsight I would have rehearsed the migration on a staging copy.");
		assertThat(lessons.score()).isEqualTo(2);
		assertThat(lessons.advice()).singleElement().asString().contains("what changed");
	}

	@Test
	void aLearningAndAChangeScoreThreeAndMoreDetailFour() {
		assertThat(lessons(LEARNING + CHANGE).score()).isEqualTo(3);
		assertThat(lessons(LEARNING + CHANGE + "In hindsight I would have rehearsed the migration on a staging copy.").score())
			.isEqualTo(4);
	}

	@Test
	void vagueLessonsDoNotCount() {
		assertThat(lessons("I learned a lot. Next time I would do better.").score()).isZero();
	}

	@Test
	void isOptionalForFrameworksWithoutAReflectionSection() {
		CriterionScore lessons = criterion(engine.score(draft(STAR, "result", "We shipped the schema migration on time.")),
				"lessons");
		assertThat(lessons.score()).isZero();
		assertThat(lessons.advice()).singleElement().asString().contains("STAR framework has no lessons section");
	}

}
