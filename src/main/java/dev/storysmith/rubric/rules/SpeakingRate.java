package dev.storysmith.rubric.rules;

/** Converts words into speaking time ({@code speakingRate} in the rules file). */
public record SpeakingRate(int wordsPerMinute) {

	/** Spoken seconds for a number of words, rounded to the nearest second. */
	public int seconds(int words) {
		return (int) Math.round(words * 60.0 / wordsPerMinute);
	}

	/** How many words fit into a number of seconds. */
	int words(int seconds) {
		return seconds * wordsPerMinute / 60;
	}

}
