package dev.storysmith.framework;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FrameworkViewTests {

	private final FrameworkView star = new FrameworkView("star", "STAR", "", "",
			List.of(section("situation"), section("task"), section("action"), section("result")));

	@Test
	void putsTextInSpeakingOrderWithEveryBoxAndDropsUnknownIds() {
		Map<String, String> typed = new LinkedHashMap<>();
		typed.put("result", "It worked.");
		typed.put("epilogue", "Later.");
		typed.put("situation", "It was slow.");

		assertThat(star.inSpeakingOrder(typed)).containsExactly(Map.entry("situation", "It was slow."),
				Map.entry("task", ""), Map.entry("action", ""), Map.entry("result", "It worked."));
	}

	@Test
	void canKeepTextUnderUnknownIdsAfterTheFrameworksSections() {
		Map<String, String> typed = new LinkedHashMap<>();
		typed.put("epilogue", "Later.");
		typed.put("action", "I fixed it.");

		assertThat(star.inSpeakingOrderKeepingOthers(typed)).containsExactly(Map.entry("situation", ""),
				Map.entry("task", ""), Map.entry("action", "I fixed it."), Map.entry("result", ""),
				Map.entry("epilogue", "Later."));
	}

	private static SectionView section(String id) {
		return new SectionView(id, id, SectionKind.values()[0], "", List.of(), 25);
	}

}
