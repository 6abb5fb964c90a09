package dev.storysmith.plan;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class PlanRulesTests {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

	@Test
	void acceptsAPostingAloneOrWithADateFromTodayToSixtyDaysAndALevel() {
		assertThat(PlanRules.check("SRE", "", "", TODAY).input()).isEqualTo(new PlanInput("SRE", null, null));
		assertThat(PlanRules.check("SRE", "2026-12-02", "staff", TODAY).input())
			.isEqualTo(new PlanInput("SRE", TODAY, Level.STAFF));
		assertThat(PlanRules.check("SRE", "2027-01-31", null, TODAY).ok()).isTrue();
	}

	@Test
	void refusesEachBadFieldByName() {
		assertThat(PlanRules.check(" \n", "2026-12-01", "guru", TODAY).problems())
			.extracting(PlanRules.Problem::field, PlanRules.Problem::code)
			.containsExactly(tuple("posting", "plan.error.posting.empty"),
					tuple("interviewDate", "plan.error.interviewDate.past"),
					tuple("level", "plan.error.level"));
		assertThat(PlanRules.check("SRE", "2027-02-01", null, TODAY).problems())
			.singleElement()
			.satisfies(p -> assertThat(p.code()).isEqualTo("plan.error.interviewDate.tooFar"));
		assertThat(PlanRules.check("SRE", "12/10/2026", null, TODAY).problems())
			.singleElement()
			.satisfies(p -> assertThat(p.code()).isEqualTo("plan.error.interviewDate.format"));
		assertThat(PlanRules.check("SRE", "2026-12-10".repeat(50), null, TODAY).problems())
			.singleElement()
			.satisfies(p -> assertThat(p.code()).isEqualTo("plan.error.interviewDate.format"));
	}

	@Test
	void marksAnOverlongPostingAsTooLarge() {
		assertThat(PlanRules.check("x".repeat(PlanInput.MAX_POSTING), null, null, TODAY).ok()).isTrue();
		assertThat(PlanRules.check("x".repeat(PlanInput.MAX_POSTING + 1), null, null, TODAY).problems())
			.singleElement()
			.satisfies(p -> {
				assertThat(p.field()).isEqualTo("posting");
				assertThat(p.tooLarge()).isTrue();
				assertThat(p.args()).containsExactly(PlanInput.MAX_POSTING + 1, PlanInput.MAX_POSTING);
			});
	}

	@Test
	void namesAPlanByThePostingsFirstLineShortened() {
		assertThat(new PlanInput("\n  Staff   Engineer, Search \nAbout us", null, null).title())
			.isEqualTo("Staff Engineer, Search");
		assertThat(new PlanInput("a".repeat(200), null, null).title()).hasSize(PlanInput.MAX_TITLE).endsWith("…");
	}

}
