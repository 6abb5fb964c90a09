package dev.storysmith.system;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Data written under an older schema survives the later migrations: revision scores move from
 * one column per criterion into rows (V6), and practice rounds become attempts with their own
 * text (V7), and the days of past work feed the streak (V8). Runs on H2 here and on PostgreSQL in {@link FlywayMigrationPostgresTests}.
 */
class FlywayMigrationTests {

	static final Instant STARTED = Instant.parse("2026-05-04T10:00:00Z");

	DataSource dataSource;

	JdbcTemplate jdbc;

	/** A fresh empty database's URL. */
	protected String createDatabase() throws Exception {
		return "jdbc:h2:mem:migration-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
	}

	protected void dropDatabase() throws Exception {
		jdbc.execute("SHUTDOWN");
	}

	protected String user() {
		return "sa";
	}

	protected String password() {
		return "";
	}

	@BeforeEach
	void database() throws Exception {
		dataSource = new DriverManagerDataSource(createDatabase(), user(), password());
		jdbc = new JdbcTemplate(dataSource);
	}

	@AfterEach
	void drop() throws Exception {
		dropDatabase();
	}

	@Test
	void keepsEveryRevisionScoreAndGivesOldPracticeRoundsTheirText() {
		migrate("5");
		jdbc.update("insert into user_account (id, username, password_hash, created_at) values (1, 'ann', 'x', ?)",
				at(0));
		jdbc.update("insert into story (id, owner_id, title, framework_id, unplaced_notes, last_overall, created_at,"
				+ " updated_at, version) values (10, 1, 'Search', 'star', '', 70, ?, ?, 2)", at(0), at(120));
		revision(100, 1, at(30), "Slow search.", 41, new int[] { 1, 2, 0, 0, 3, 2, 1 });
		revision(101, 2, at(60), "I rebuilt the index.", 72, new int[] { 4, 3, 2, 1, 4, 3, 4 });
		revision(102, 3, at(120), "Edited later.", 75, new int[] { 4, 3, 2, 2, 4, 3, 4 });
		jdbc.update("insert into practice_session (id, owner_id, question_id, framework_id, time_limit_seconds,"
				+ " started_at, finished_at, story_id, overall) values (5, 1, 'proudest-project', 'star', 180, ?, ?,"
				+ " 10, 72)", at(0), at(61));
		jdbc.update("insert into practice_session (id, owner_id, question_id, framework_id, time_limit_seconds,"
				+ " started_at) values (6, 1, 'hard-feedback', 'star', 180, ?)", at(200));

		migrate(null);

		assertThat(pairs("select criterion_id, score from story_revision_score where revision_id = 101"
				+ " order by criterion_id")).containsExactly("length=4", "lessons=1", "metrics=4", "role=3",
						"specificity=3", "structure=4", "tradeoffs=2");
		assertThat(jdbc.queryForObject("select count(*) from story_revision_score", Integer.class)).isEqualTo(21);
		assertThat(jdbc.queryForObject("select overall from practice_attempt where id = 5", Integer.class))
			.isEqualTo(72);
		assertThat(jdbc.queryForObject("select story_id from practice_attempt where id = 5", Long.class))
			.isEqualTo(10L);
		assertThat(pairs("select section_id, body from practice_attempt_section where attempt_id = 5"))
			.containsExactly("action=I rebuilt the index.");
		assertThat(jdbc.queryForObject("select count(*) from practice_attempt where id = 6 and finished_at is null",
				Integer.class)).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from story", Integer.class)).isEqualTo(1);
		assertThat(jdbc.queryForList("select active_on from practice_activity_day where owner_id = 1", String.class))
			.containsExactly("2026-05-04");
	}

	private void revision(long id, int number, Timestamp at, String action, int overall, int[] scores) {
		jdbc.update("insert into story_revision (id, story_id, owner_id, revision_number, title, framework_id,"
				+ " unplaced_notes, created_at, overall, metrics, role_score, tradeoffs, lessons, structure,"
				+ " specificity, length_score) values (?, 10, 1, ?, 'Search', 'star', '', ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				id, number, at, overall, scores[0], scores[1], scores[2], scores[3], scores[4], scores[5], scores[6]);
		jdbc.update("insert into story_revision_section (revision_id, section_id, body) values (?, 'action', ?)", id,
				action);
	}

	private void migrate(String target) {
		var configuration = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
		if (target != null) {
			configuration.target(target);
		}
		configuration.load().migrate();
	}

	private static Timestamp at(int seconds) {
		return Timestamp.from(STARTED.plusSeconds(seconds));
	}

	private List<String> pairs(String sql) {
		return jdbc.query(sql, (rs, n) -> rs.getString(1) + "=" + rs.getString(2));
	}

}
