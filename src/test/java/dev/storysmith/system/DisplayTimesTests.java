package dev.storysmith.system;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DisplayTimesTests {

	private final DisplayTimes times = new DisplayTimes();

	@Test
	void showsTheMinuteInUtc() {
		assertThat(times.minute(Instant.parse("2026-03-14T09:26:53Z"))).isEqualTo("2026-03-14 09:26 UTC");
	}

	@Test
	void showsAnInstantBeyondPrintableDatesAsItsIsoText() {
		assertThat(times.minute(Instant.MIN)).isEqualTo("-1000000000-01-01T00:00:00Z");
		assertThat(times.minute(Instant.MAX)).isEqualTo("+1000000000-12-31T23:59:59.999999999Z");
	}

	@Test
	void showsNothingForNoTime() {
		assertThat(times.minute(null)).isEmpty();
	}

}
