package dev.storysmith.question;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The bank version row shared by every instance on one database: an import that changed the
 * bank moves it forward, and each instance compares it with the version of its snapshot.
 */
@Component
public class BankVersions {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	BankVersions(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	long current() {
		Long version = jdbc.queryForObject("SELECT version FROM bank_version WHERE id = 1", Long.class);
		return version == null ? 0 : version;
	}

	void advance() {
		jdbc.update("UPDATE bank_version SET version = version + 1, imported_at = ? WHERE id = 1",
				Timestamp.from(clock.instant()));
	}

}
