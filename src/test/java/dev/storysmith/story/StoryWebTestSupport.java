package dev.storysmith.story;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Users for web tests of stories, created straight in the database with a real password hash. */
final class StoryWebTestSupport {

	static final String PASSWORD = "amber kettle 9 meadow";

	private StoryWebTestSupport() {
	}

	static String newUser(JdbcTemplate jdbc, PasswordEncoder encoder) {
		String name = "w" + UUID.randomUUID().toString().substring(0, 8);
		jdbc.update("insert into user_account (username, password_hash, created_at) values (?, ?, ?)", name,
				encoder.encode(PASSWORD), Timestamp.from(Instant.now()));
		return name;
	}

}
