package dev.storysmith.practice;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.storysmith.framework.FrameworkView;
import dev.storysmith.framework.SectionKind;
import dev.storysmith.framework.SectionView;

import static org.assertj.core.api.Assertions.assertThat;

class RoundShapeTests {

	static final FrameworkView STAR_L = framework("star-l", section("situation", SectionKind.CONTEXT, 15),
			section("task", SectionKind.TASK, 10), section("action", SectionKind.ACTION, 45),
			section("result", SectionKind.RESULT, 20), section("lessons", SectionKind.REFLECTION, 10));

	@Test
	void aRealIncidentGetsTheStoryShapeNotTheHypotheticalPlaybook() {
		assertThat(RoundShape.framework(List.of("incident-playbook", "star-l"), List.of("incidents", "postmortem"), 180))
			.isEqualTo("star-l");
	}

	@Test
	void aHypotheticalQuestionKeepsItsPlaybook() {
		assertThat(RoundShape.framework(List.of("incident-playbook", "hypothetical-playbook"),
				List.of("hypothetical", "latency"), 120))
			.isEqualTo("incident-playbook");
		assertThat(RoundShape.framework(List.of("star", "star-l"), List.of("hypothetical"), 120))
			.isEqualTo(RoundShape.HYPOTHETICAL_FALLBACK);
	}

	@Test
	void theResumeShapeIsKeptForTheResumeWalkThroughOnly() {
		assertThat(RoundShape.framework(List.of("impact", "star-r"), List.of("metrics", "causation"), 180))
			.isEqualTo("star-r");
		assertThat(RoundShape.framework(List.of("impact", "star-l"), List.of("resume", "walkthrough"), 180))
			.isEqualTo("impact");
	}

	@Test
	void theDeepDiveNeedsAtLeastThreeMinutes() {
		assertThat(RoundShape.framework(List.of("deep-dive", "star-r"), List.of(), 120)).isEqualTo("star-r");
		assertThat(RoundShape.framework(List.of("deep-dive", "star-r"), List.of(), 180)).isEqualTo("deep-dive");
	}

	@Test
	void fallsBackToStarLWhenNoSuggestionFits() {
		assertThat(RoundShape.framework(List.of("deep-dive"), List.of(), 60)).isEqualTo(RoundShape.FALLBACK);
		assertThat(RoundShape.framework(List.of(), List.of(), 180)).isEqualTo(RoundShape.FALLBACK);
	}

	@Test
	void aTwoMinuteRoundMergesFiveSectionsIntoFourBoxes() {
		List<RoundShape.Box> boxes = RoundShape.boxes(STAR_L, 120);

		assertThat(boxes).extracting(RoundShape.Box::titleKey)
			.containsExactly("practice.box.context", "practice.box.action", "practice.box.result",
					"practice.box.lesson");
		assertThat(boxes).extracting(RoundShape.Box::id).containsExactly("situation", "action", "result", "lessons");
		assertThat(boxes.get(0).title()).isEqualTo("Situation + Task");
		assertThat(boxes.get(0).share()).isEqualTo(25);
	}

	@Test
	void aLongerRoundKeepsOneBoxPerSection() {
		List<RoundShape.Box> boxes = RoundShape.boxes(STAR_L, 180);

		assertThat(boxes).extracting(RoundShape.Box::id)
			.containsExactly("situation", "task", "action", "result", "lessons");
		assertThat(boxes).allSatisfy(box -> assertThat(box.titleKey()).isNull());
	}

	@Test
	void eightSectionsInThreeMinutesBecomeAtMostFourBoxes() {
		FrameworkView playbook = framework("incident-playbook", section("triage", SectionKind.CONTEXT, 15),
				section("breakdown", SectionKind.ACTION, 15), section("hypotheses", SectionKind.ACTION, 15),
				section("success", SectionKind.RESULT, 10), section("teams", SectionKind.ACTION, 10),
				section("poc", SectionKind.ACTION, 10), section("communicate", SectionKind.ACTION, 10),
				section("after", SectionKind.REFLECTION, 15));

		List<RoundShape.Box> boxes = RoundShape.boxes(playbook, 180);

		assertThat(boxes).hasSize(4);
		assertThat(boxes.get(1).id()).isEqualTo("breakdown");
		assertThat(boxes.stream().mapToInt(RoundShape.Box::share).sum()).isEqualTo(100);
	}

	private static FrameworkView framework(String id, SectionView... sections) {
		return new FrameworkView(id, id, "", "", List.of(sections));
	}

	private static SectionView section(String id, SectionKind kind, int share) {
		String title = Character.toUpperCase(id.charAt(0)) + id.substring(1);
		return new SectionView(id, title, kind, "Say the " + id + ".", List.of(), share);
	}

}
