package dev.storysmith.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL server the {@link PostgresTest} classes create their throwaway databases on:
 * 127.0.0.1:5432, user {@code postgres}, unless {@code STORYSMITH_TEST_PG_URL} (a JDBC URL
 * ending in {@code /}), {@code STORYSMITH_DB_USER} and {@code STORYSMITH_DB_PASSWORD} say
 * otherwise. Databases are created and dropped through the {@code postgres} maintenance
 * database.
 */
public final class PostgresServer {

	public static final String BASE_URL = env("STORYSMITH_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/");

	public static final String USER = env("STORYSMITH_DB_USER", "postgres");

	public static final String PASSWORD = env("STORYSMITH_DB_PASSWORD", "");

	private static final String MAINTENANCE_DATABASE = "postgres";

	private PostgresServer() {
	}

	/** Creates an empty database {@code storysmith_test_<random>} and answers its JDBC URL. */
	public static String createDatabase(String name) throws SQLException {
		execute("CREATE DATABASE " + name);
		return BASE_URL + name;
	}

	public static void dropDatabase(String name) throws SQLException {
		execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
	}

	public static String randomDatabaseName() {
		return "storysmith_test_" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 16);
	}

	static void execute(String sql) throws SQLException {
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	static Connection connect() throws SQLException {
		DriverManager.setLoginTimeout(3);
		return DriverManager.getConnection(BASE_URL + MAINTENANCE_DATABASE, USER, PASSWORD);
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

}
