package dev.storysmith.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import dev.storysmith.system.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/** Saved plans in the database: the posting whole, owner scoping, the order of the list, the limit. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:plan-service;DB_CLOSE_DELAY=-1")
class PlanServiceTests {

	static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

	@Autowired
	PlanService plans;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	long alice;

	long bob;

	@BeforeEach
	void users() {
		alice = user();
		bob = user();
	}

	@Test
	void keepsAPostingAtItsLimitWholeWithItsDateAndLevel() {
		String posting = Postings.SRE + "é".repeat(PlanInput.MAX_POSTING - Postings.SRE.length());
		long id = plans.save(alice, new PlanInput(posting, TODAY.plusDays(10), Level.STAFF), TODAY).orElseThrow();

		ShownPlan shown = plans.show(alice, id, TODAY).orElseThrow();

		assertThat(shown.input().posting()).isEqualTo(posting);
		assertThat(shown.input().interviewDate()).isEqualTo(TODAY.plusDays(10));
		assertThat(shown.input().level()).isEqualTo(Level.STAFF);
		assertThat(shown.title()).isEqualTo("Senior Site Reliability Engineer, Payments Platform");
		assertThat(shown.plan().days()).hasSize(11);
		assertThat(plans.find(alice, id).orElseThrow().questionIds()).isEqualTo(shown.plan().questionIds());
	}

	@Test
	void scopesEveryReadAndDeleteToTheOwner() {
		long id = plans.save(alice, new PlanInput(Postings.SRE, null, null), TODAY).orElseThrow();

		assertThat(plans.find(bob, id)).isEmpty();
		assertThat(plans.show(bob, id, TODAY)).isEmpty();
		assertThat(plans.refresh(bob, id, TODAY)).isEmpty();
		assertThat(plans.delete(bob, id)).isFalse();
		assertThat(plans.plansOf(bob)).isEmpty();
		assertThat(plans.list(bob)).isEmpty();
		assertThat(plans.find(alice, id)).isPresent();
	}

	@Test
	void listsTheNewestPlanFirst() {
		long sre = plans.save(alice, new PlanInput(Postings.SRE, null, null), TODAY).orElseThrow();
		long mentoring = plans.save(alice, new PlanInput(Postings.MENTORING, null, null), TODAY).orElseThrow();

		assertThat(plans.plansOf(alice)).extracting(PlanChoice::id).containsExactly(mentoring, sre);
		assertThat(plans.list(alice)).extracting(SavedPlanSummary::title)
			.containsExactly("Engineering Manager, Developer Experience",
					"Senior Site Reliability Engineer, Payments Platform");
	}

	@Test
	void aPassedInterviewDateLeavesThePlanWithoutDays() {
		long id = plans.save(alice, new PlanInput(Postings.SRE, TODAY.plusDays(2), null), TODAY).orElseThrow();

		ShownPlan later = plans.show(alice, id, TODAY.plusDays(3)).orElseThrow();

		assertThat(later.interviewPassed()).isTrue();
		assertThat(later.plan().days()).isEmpty();
		assertThat(later.plan().questions()).isNotEmpty();
	}

	@Test
	void refusesAPlanBeyondTheLimitPerAccount() {
		for (int i = 0; i < PlanService.MAX_PLANS; i++) {
			jdbc.update("insert into prep_plan (owner_id, title, posting, question_ids, created_at, updated_at) "
					+ "values (?, 'old', 'old', '', ?, ?)", bob, java.sql.Timestamp.from(Instant.now()),
					java.sql.Timestamp.from(Instant.now()));
		}

		assertThat(plans.save(bob, new PlanInput(Postings.SRE, null, null), TODAY)).isEmpty();
		assertThat(plans.save(alice, new PlanInput(Postings.SRE, null, null), TODAY)).isPresent();
	}

	private long user() {
		return TestAccounts.id(jdbc, TestAccounts.create(jdbc, encoder));
	}

}
