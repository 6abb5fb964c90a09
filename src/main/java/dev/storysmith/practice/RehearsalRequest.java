package dev.storysmith.practice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What the rehearsal page sends when the user saves: the story, the numbers it measured and
 * the transcript if any. There is no field for audio. Times are in milliseconds; a rehearsal
 * may last up to 30 minutes.
 */
record RehearsalRequest(
		@NotNull(message = "{rehearsal.story.required}") @Min(value = 1, message = "{rehearsal.story.required}") Long storyId,
		@Min(value = 1000, message = "{rehearsal.duration.range}") @Max(value = MAX_MS, message = "{rehearsal.duration.range}") int durationMs,
		@Min(value = 0, message = "{rehearsal.time.range}") @Max(value = MAX_MS, message = "{rehearsal.time.range}") int speakingMs,
		@Min(value = 0, message = "{rehearsal.time.range}") @Max(value = MAX_MS, message = "{rehearsal.time.range}") int longestRunMs,
		@Min(value = 0, message = "{rehearsal.syllables.range}") @Max(value = 50_000, message = "{rehearsal.syllables.range}") int syllables,
		@Min(value = 0, message = "{rehearsal.wpm.range}") @Max(value = MAX_WPM, message = "{rehearsal.wpm.range}") int wpm,
		@Min(value = 0, message = "{rehearsal.wpm.range}") @Max(value = MAX_WPM, message = "{rehearsal.wpm.range}") int wpmLow,
		@Min(value = 0, message = "{rehearsal.wpm.range}") @Max(value = MAX_WPM, message = "{rehearsal.wpm.range}") int wpmHigh,
		@Size(max = 500, message = "{rehearsal.pauses.tooMany}") List<@Valid @NotNull Pause> pauses,
		@Size(max = 20, message = "{rehearsal.sections.tooMany}") Map<@Size(max = 64, message = "{rehearsal.section.unknown}") String, @NotNull @Min(value = 0, message = "{rehearsal.time.range}") @Max(value = MAX_MS, message = "{rehearsal.time.range}") Integer> sections,
		@Size(max = MAX_TRANSCRIPT, message = "{rehearsal.transcript.tooLong}") String transcript) {

	static final int MAX_MS = 30 * 60 * 1000;

	static final int MAX_WPM = 600;

	static final int MAX_TRANSCRIPT = 20_000;

	/** A pause: where it began, how long it lasted, the section whose card was showing. */
	record Pause(
			@Min(value = 0, message = "{rehearsal.time.range}") @Max(value = MAX_MS, message = "{rehearsal.time.range}") int atMs,
			@Min(value = 0, message = "{rehearsal.time.range}") @Max(value = MAX_MS, message = "{rehearsal.time.range}") int lengthMs,
			@Size(max = 64, message = "{rehearsal.section.unknown}") String section) {
	}

	RehearsalMeasures toMeasures() {
		return new RehearsalMeasures(durationMs, speakingMs, longestRunMs, syllables, wpm, wpmLow, wpmHigh,
				pauses == null ? List.of()
						: pauses.stream().map(p -> new RehearsalMeasures.PauseAt(p.atMs(), p.lengthMs(), p.section())).toList(),
				sections == null ? Map.of() : new LinkedHashMap<>(sections), transcript == null ? "" : transcript.strip());
	}

}
