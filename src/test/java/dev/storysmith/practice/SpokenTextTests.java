package dev.storysmith.practice;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Cue phrases from a section's text, and the sentences of a story a transcript leaves out. */
class SpokenTextTests {

	@Test
	void aCueIsTheOpeningOfEachSentenceSoTheCardPromptsWithoutBeingReadOut() {
		assertThat(SpokenText.cues("Our nightly billing job failed at 2 every night for a week. I owned it.\nWe fixed it!"))
			.containsExactly("Our nightly billing job failed …", "I owned it.", "We fixed it!");
		assertThat(SpokenText.cues("  ")).isEmpty();
	}

	@Test
	void sentencesWithLessThanHalfTheirContentWordsInTheTranscriptAreNotSaid() {
		Map<String, String> story = new LinkedHashMap<>();
		story.put("situation", "Checkout latency doubled during the spring sale. Customers abandoned carts.");
		story.put("action", "I profiled the service and added a read-through cache.");
		String transcript = "So, um, checkout latency doubled in the sale, and I profiled the service, added a cache.";

		assertThat(SpokenText.notSaid(story, transcript))
			.containsExactly(new SpokenText.Part("situation", "Customers abandoned carts."));
	}

	@Test
	void withoutATranscriptEverySentenceIsNotSaid() {
		assertThat(SpokenText.notSaid(Map.of("result", "Latency fell to 300 ms. Nobody was paged again."), ""))
			.hasSize(2);
	}

	@Test
	void timesReadAsMinutesAndSeconds() {
		assertThat(RehearsalTimes.clock(75_400)).isEqualTo("1:15");
		assertThat(RehearsalTimes.clock(0)).isEqualTo("0:00");
		assertThat(RehearsalTimes.clock(600_000)).isEqualTo("10:00");
	}

}
