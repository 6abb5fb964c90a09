package dev.storysmith.practice;

/** How rehearsal pages write a time: minutes and seconds, as the page's own timer does. */
public final class RehearsalTimes {

	private RehearsalTimes() {
	}

	/** {@code 75_400} ms as {@code "1:15"}; rounds to the nearest second. */
	public static String clock(long millis) {
		long seconds = Math.round(Math.max(0, millis) / 1000.0);
		return seconds / 60 + ":" + String.format("%02d", seconds % 60);
	}

}
