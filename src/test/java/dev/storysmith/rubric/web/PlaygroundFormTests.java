package dev.storysmith.rubric.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.storysmith.framework.FrameworkView;
import dev.storysmith.framework.SectionKind;
import dev.storysmith.framework.SectionView;

import static org.assertj.core.api.Assertions.assertThat;

class PlaygroundFormTests {

	static final FrameworkView STAR = new FrameworkView("star", "STAR", "", "",
			List.of(section("situation", "Situation", SectionKind.CONTEXT), section("task", "Task", SectionKind.TASK),
					section("action", "Action", SectionKind.ACTION), section("result", "Result", SectionKind.RESULT)));

	@Test
	void boxesBecomeOneLabelledAnswerAndSplitBackIntoTheSameBoxes() {
		PlaygroundForm form = new PlaygroundForm();
		form.setFramework("star");
		form.getSections().put("situation", "Checkout failed at peak.");
		form.getSections().put("result", "p95 fell to 380 ms.");

		form.switchMode("text", STAR);
		assertThat(form.isFreeText()).isTrue();
		assertThat(form.getText()).isEqualTo("Situation:\nCheckout failed at peak.\n\nResult:\np95 fell to 380 ms.");

		form.getSections().clear();
		form.switchMode("sections", STAR);
		assertThat(form.isFreeText()).isFalse();
		assertThat(form.getSections()).containsEntry("situation", "Checkout failed at peak.")
			.containsEntry("result", "p95 fell to 380 ms.");
	}

	@Test
	void unlabelledPastedTextGoesIntoTheFirstBoxAndTypedBoxesAreNeverOverwritten() {
		PlaygroundForm form = new PlaygroundForm();
		form.setMode("text");
		form.setText("We fixed checkout by caching prices.");
		form.switchMode("sections", STAR);
		assertThat(form.getSections()).containsEntry("situation", "We fixed checkout by caching prices.");

		form.getSections().put("action", "Typed in the box.");
		form.setText("Another answer.");
		form.setMode("text");
		form.switchMode("sections", STAR);
		assertThat(form.getSections()).containsEntry("action", "Typed in the box.")
			.doesNotContainValue("Another answer.");
		assertThat(form.getText()).isEqualTo("Another answer.");
	}

	@Test
	void scoresOnlyTheBoxesOfTheFrameworkShown() {
		PlaygroundForm form = new PlaygroundForm();
		form.setFramework("star");
		form.setSections(new java.util.LinkedHashMap<>(Map.of("lessons", "From STAR+L.", "action", "I cached it.")));

		assertThat(form.toRequest(STAR).sections()).containsOnlyKeys("situation", "task", "action", "result")
			.containsEntry("action", "I cached it.");
	}

	private static SectionView section(String id, String title, SectionKind kind) {
		return new SectionView(id, title, kind, "", List.of(), 25);
	}

}
