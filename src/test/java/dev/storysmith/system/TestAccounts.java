package dev.storysmith.system;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Accounts for tests outside the account module, inserted straight into the database with a real hash. */
public final class TestAccounts {

	public static final String PASSWORD = "amber kettle 9 meadow";

	private TestAccounts() {
	}

	/** A new account's username. */
	public static String create(JdbcTemplate jdbc, PasswordEncoder encoder) {
		String name = "t" + UUID.randomUUID().toString().substring(0, 8);
		jdbc.update("insert into user_account (username, password_hash, created_at) values (?, ?, ?)", name,
				encoder.encode(PASSWORD), Timestamp.from(Instant.now()));
		return name;
	}

	public static long id(JdbcTemplate jdbc, String username) {
		return jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
	}

}
