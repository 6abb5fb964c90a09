package dev.storysmith.system;

import java.time.Instant;
import java.time.ZoneId;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class UserTimeTests {

	@Test
	void readsTheBrowsersZoneFromTheCookieAndFallsBackToUtc() {
		assertThat(UserTime.zone(request(null))).isEqualTo(ZoneId.of("UTC"));
		assertThat(UserTime.zone(request("Europe%2FBerlin"))).isEqualTo(ZoneId.of("Europe/Berlin"));
		assertThat(UserTime.zone(request("Mars%2FOlympus"))).isEqualTo(ZoneId.of("UTC"));
		assertThat(UserTime.zone(request("%zz"))).isEqualTo(ZoneId.of("UTC"));
		assertThat(UserTime.zone(request("Europe%2F" + "x".repeat(80)))).isEqualTo(ZoneId.of("UTC"));
	}

	@Test
	void formatsOutsideARequestInUtcAndSaysSo() {
		UserTime time = new UserTime();

		assertThat(time.dateTime(Instant.parse("2026-12-01T20:05:00Z"))).isEqualTo("2026-12-01 20:05 UTC");
		assertThat(time.clock(Instant.parse("2026-12-01T20:05:09Z"))).isEqualTo("20:05:09 UTC");
		assertThat(time.dateTime(null)).isEmpty();
	}

	@Test
	void showsAnInstantBeyondPrintableDatesAsItsIsoText() {
		UserTime time = new UserTime();

		assertThat(time.dateTime(Instant.MIN)).isEqualTo("-1000000000-01-01T00:00:00Z");
		assertThat(time.clock(Instant.MAX)).isEqualTo("+1000000000-12-31T23:59:59.999999999Z");
	}

	private static MockHttpServletRequest request(String zone) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		if (zone != null) {
			request.setCookies(new Cookie("tz", zone));
		}
		return request;
	}

}
