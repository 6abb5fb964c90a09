package dev.storysmith.system;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Shows moments in the user's time zone: the browser reports it in the {@code tz} cookie
 * (set by {@code timezone.js}); without it, or with a zone Java does not know, times are UTC.
 * Templates use it through {@code fragments/date}.
 */
@Component("userTime")
public class UserTime {

	static final String COOKIE = "tz";

	private static final ZoneId UTC = ZoneId.of("UTC");

	private static final int MAX_ZONE = 64;

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ENGLISH);

	private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss z", Locale.ENGLISH);

	public String dateTime(Instant instant) {
		return format(DATE_TIME, instant);
	}

	public String clock(Instant instant) {
		return format(CLOCK, instant);
	}

	/**
	 * Never fails a page: an instant beyond the dates Java can print (a billion years away, from
	 * a crafted backup restored before restores were checked) is shown as its ISO text.
	 */
	private String format(DateTimeFormatter format, Instant instant) {
		if (instant == null) {
			return "";
		}
		try {
			return format.format(instant.atZone(zone()));
		}
		catch (DateTimeException ex) {
			return instant.toString();
		}
	}

	/** The zone of the current request's user, UTC outside a request. */
	public ZoneId zone() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return zone(attributes.getRequest());
		}
		return UTC;
	}

	static ZoneId zone(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return UTC;
		}
		for (Cookie cookie : cookies) {
			if (COOKIE.equals(cookie.getName()) && cookie.getValue() != null && cookie.getValue().length() <= MAX_ZONE) {
				try {
					return ZoneId.of(URLDecoder.decode(cookie.getValue(), StandardCharsets.UTF_8));
				}
				catch (DateTimeException | IllegalArgumentException ex) {
					return UTC;
				}
			}
		}
		return UTC;
	}

}
