package dev.storysmith.system;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/**
 * Times as pages show them, in UTC: {@code ${@times.minute(story.updatedAt)}} gives
 * "2026-03-14 09:26 UTC". Never fails a page: an instant beyond the dates Java can print
 * (a billion years away, from a crafted backup restored before restores were checked) is
 * shown as its ISO text.
 */
@Component("times")
public class DisplayTimes {

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

	public String minute(Instant time) {
		if (time == null) {
			return "";
		}
		try {
			return MINUTE.format(time.atZone(ZoneOffset.UTC)) + " UTC";
		}
		catch (DateTimeException ex) {
			return time.toString();
		}
	}

}
