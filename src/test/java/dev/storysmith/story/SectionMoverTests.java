package dev.storysmith.story;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.storysmith.framework.FrameworkView;
import dev.storysmith.framework.SectionKind;
import dev.storysmith.framework.SectionView;

import static org.assertj.core.api.Assertions.assertThat;

class SectionMoverTests {

	static final FrameworkView STAR_L = framework("star-l", "Situation", "Task", "Action", "Result", "Lessons");

	static final FrameworkView PLAYBOOK = framework("playbook", "Frame & triage", "Hypotheses", "After");

	static final SectionMover MOVER = new SectionMover(
			Set.of("situation", "task", "action", "result", "lessons", "frame & triage", "hypotheses", "after"));

	@Test
	void aSectionTheTargetLacksBecomesALabelledNoteAndComesBackOnTheWayBack() {
		Map<String, String> sections = new LinkedHashMap<>();
		sections.put("situation", "Checkout failed.");
		sections.put("action", "I added a cache.\n\nThen I load tested it.");
		StoryContent story = content(STAR_L, sections, "");

		StoryContent away = MOVER.move(story, STAR_L, PLAYBOOK);
		StoryContent back = MOVER.move(away, PLAYBOOK, STAR_L);

		assertThat(away.sections()).isEmpty();
		assertThat(away.unplacedNotes())
			.isEqualTo("Situation:\nCheckout failed.\n\nAction:\nI added a cache.\n\nThen I load tested it.");
		assertThat(back.sections()).isEqualTo(sections);
		assertThat(back.unplacedNotes()).isEmpty();
	}

	@Test
	void unlabelledNotesAndOtherFrameworksLabelsStayInTheNotes() {
		StoryContent story = content(PLAYBOOK, Map.of("after", "We wrote a runbook."),
				"A loose thought.\n\nHypotheses:\nDNS, then the cache.");

		StoryContent moved = MOVER.move(story, PLAYBOOK, STAR_L);

		assertThat(moved.sections()).isEmpty();
		assertThat(moved.unplacedNotes())
			.isEqualTo("A loose thought.\n\nHypotheses:\nDNS, then the cache.\n\nAfter:\nWe wrote a runbook.");
	}

	@Test
	void aLabelledNoteJoinsTextTheSectionAlreadyHas() {
		StoryContent story = content(STAR_L, Map.of("result", "p95 fell to 380 ms."), "result:\nOrders recovered.");

		StoryContent moved = MOVER.move(story, STAR_L, STAR_L);

		assertThat(moved.sections()).containsEntry("result", "p95 fell to 380 ms.\n\nOrders recovered.");
		assertThat(moved.unplacedNotes()).isEmpty();
	}

	private static StoryContent content(FrameworkView framework, Map<String, String> sections, String notes) {
		return new StoryContent("Story", framework.id(), sections, notes, Set.of("q"), Set.of("ownership"));
	}

	private static FrameworkView framework(String id, String... titles) {
		return new FrameworkView(id, id, "", "", java.util.Arrays.stream(titles)
			.map(t -> new SectionView(t.toLowerCase().replaceAll("[^a-z]+.*", ""), t, SectionKind.ACTION, "", List.of(), 20))
			.toList());
	}

}
