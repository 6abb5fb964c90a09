package dev.storysmith.practice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the rehearsal page measured, as stored and shown: times in milliseconds, the estimated
 * pace in words a minute with its likely range, each pause with the card it fell in, the time
 * spent on each section's card, and the transcript ("" when none).
 */
record RehearsalMeasures(int durationMs, int speakingMs, int longestRunMs, int syllables, int wpm, int wpmLow,
		int wpmHigh, List<PauseAt> pauses, Map<String, Integer> sectionMs, String transcript) {

	record PauseAt(int atMs, int lengthMs, String section) {
	}

	/** Share of the rehearsal spent speaking, 0-100. */
	public int speakingPercent() {
		return durationMs == 0 ? 0 : (int) Math.round(100.0 * speakingMs / durationMs);
	}

	/** Share of the rehearsal spent on each section's card, 0-100. */
	public Map<String, Integer> sectionPercent() {
		int total = sectionMs.values().stream().mapToInt(Integer::intValue).sum();
		Map<String, Integer> shares = new LinkedHashMap<>();
		sectionMs.forEach((id, ms) -> shares.put(id, total == 0 ? 0 : (int) Math.round(100.0 * ms / total)));
		return shares;
	}

}
