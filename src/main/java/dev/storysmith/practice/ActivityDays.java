package dev.storysmith.practice;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import dev.storysmith.story.RevisionSaved;

/**
 * The days (UTC) a user worked on answers: handed in a practice attempt, or saved a story
 * revision, which the story module announces with {@link RevisionSaved}. The streak counts them.
 */
@Component
class ActivityDays {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	ActivityDays(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(RevisionSaved saved) {
		record(saved.owner(), saved.savedAt());
	}

	void record(long owner, Instant at) {
		LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
		try {
			jdbc.update("insert into practice_activity_day (owner_id, active_on) select ?, ? where not exists"
					+ " (select 1 from practice_activity_day where owner_id = ? and active_on = ?)", owner, day, owner, day);
		}
		catch (DuplicateKeyException ex) {
			// Another request recorded the same day at the same moment: the day is there either way.
		}
	}

	/** Forgets every day of this user's work (the account is being deleted). */
	void forget(long owner) {
		jdbc.update("delete from practice_activity_day where owner_id = ?", owner);
	}

	/** Days in a row, up to today or yesterday, with some work on answers. */
	int streak(long owner) {
		Set<LocalDate> days = new HashSet<>(jdbc.queryForList(
				"select active_on from practice_activity_day where owner_id = ?", LocalDate.class, owner));
		return streak(days, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
	}

	static int streak(Set<LocalDate> days, LocalDate today) {
		LocalDate day = days.contains(today) ? today : today.minusDays(1);
		int streak = 0;
		while (days.contains(day)) {
			streak++;
			day = day.minusDays(1);
		}
		return streak;
	}

}
