package dev.storysmith.practice;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The forms of the mock interview pages, bound by Spring MVC. */
final class MockForms {

	private MockForms() {
	}

	/**
	 * Starting a mock: {@code mode} "pick" (the ticked competencies), "surprise" (a balanced draw
	 * over all) or "plan" (a saved plan's questions first); how many questions; the answer format.
	 */
	static final class Start {

		@Size(max = 50, message = "{mock.competency.tooMany}")
		private Set<@Size(max = 80, message = "{mock.competency.unknown}") String> competencies = new LinkedHashSet<>();

		@Pattern(regexp = "[4-6]", message = "{mock.count.range}")
		private String count = String.valueOf(MockPicker.DEFAULT_QUESTIONS);

		@NotBlank(message = "{mock.format.unknown}")
		@Size(max = 64, message = "{mock.format.unknown}")
		private String format = MockInterview.FREE;

		@Pattern(regexp = "pick|surprise|plan", message = "{mock.mode.invalid}")
		private String mode = "pick";

		@Pattern(regexp = "[0-9]{0,18}", message = "{mock.plan.unknown}")
		private String plan = "";

		/** The competencies to balance over; none for "surprise me" and for a plan. */
		Set<String> chosen() {
			return "pick".equals(mode) ? competencies : Set.of();
		}

		boolean fromPlan() {
			return "plan".equals(mode);
		}

		Long planId() {
			return plan.isEmpty() ? null : Long.valueOf(plan);
		}

		int questionCount() {
			return Integer.parseInt(count);
		}

		public Set<String> getCompetencies() {
			return competencies;
		}

		public void setCompetencies(Set<String> competencies) {
			this.competencies = competencies;
		}

		public String getCount() {
			return count;
		}

		public void setCount(String count) {
			this.count = count;
		}

		public String getFormat() {
			return format;
		}

		public void setFormat(String format) {
			this.format = format;
		}

		public String getMode() {
			return mode;
		}

		public void setMode(String mode) {
			this.mode = mode;
		}

		public String getPlan() {
			return plan;
		}

		public void setPlan(String plan) {
			this.plan = plan;
		}

	}

	/** An answer: text per section id ({@code sections[action]}), or the free text as {@code sections[free]}. */
	static final class Answer {

		@Size(max = 20, message = "{mock.answer.sections}")
		private Map<String, @Size(max = 10_000, message = "{mock.answer.tooLong}") String> sections = new LinkedHashMap<>();

		public Map<String, String> getSections() {
			return sections;
		}

		public void setSections(Map<String, String> sections) {
			this.sections = sections;
		}

	}

}
