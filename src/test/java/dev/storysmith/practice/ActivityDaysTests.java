package dev.storysmith.practice;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import dev.storysmith.story.StoryContent;
import dev.storysmith.story.StoryService;
import dev.storysmith.system.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:activity-days;DB_CLOSE_DELAY=-1")
class ActivityDaysTests {

	static final LocalDate TODAY = LocalDate.parse("2026-03-10");

	@Autowired
	StoryService stories;

	@Autowired
	PracticeService practice;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Test
	void countsDaysInARowEndingTodayOrYesterday() {
		assertThat(ActivityDays.streak(Set.of(TODAY, TODAY.minusDays(1), TODAY.minusDays(3)), TODAY)).isEqualTo(2);
		assertThat(ActivityDays.streak(Set.of(TODAY.minusDays(1), TODAY.minusDays(2)), TODAY)).isEqualTo(2);
		assertThat(ActivityDays.streak(Set.of(TODAY.minusDays(2)), TODAY)).isZero();
	}

	/** The practice module hears of the save through the story module's event, not by being called. */
	@Test
	void aSavedStoryRevisionCountsTowardsTheStreak() {
		long owner = TestAccounts.id(jdbc, TestAccounts.create(jdbc, encoder));
		assertThat(practice.streak(owner)).isZero();

		var story = stories.create(owner, new StoryContent("Cache", "star", Map.of("action", "I added a cache."), "",
				Set.of(), Set.of()));
		stories.saveRevision(owner, story.id(), story.version(), story.content());

		assertThat(practice.streak(owner)).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from practice_activity_day where owner_id = ?", Integer.class,
				owner)).isEqualTo(1);
	}

}
