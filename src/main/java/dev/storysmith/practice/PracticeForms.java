package dev.storysmith.practice;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;

/** The forms of the practice pages, bound by Spring MVC. */
final class PracticeForms {

	/** What stopped a refused form, each message once, in the user's words (shown above the kept text). */
	static List<String> problems(BindingResult errors, MessageSource messages, Locale locale) {
		return errors.getAllErrors().stream().map(e -> messages.getMessage(e, locale)).distinct().toList();
	}

	private PracticeForms() {
	}

	/** Starting a round: competencies to draw from (none: any), minutes, and "pick" or "surprise". */
	static final class Start {

		@Size(max = 50)
		private Set<String> competencies = new LinkedHashSet<>();

		private int minutes = PracticeService.DEFAULT_SECONDS / 60;

		private String mode = "pick";

		/** The competencies to draw from; none for "surprise me". */
		Set<String> chosen() {
			return "surprise".equals(mode) ? Set.of() : competencies;
		}

		public Set<String> getCompetencies() {
			return competencies;
		}

		public void setCompetencies(Set<String> competencies) {
			this.competencies = competencies;
		}

		public int getMinutes() {
			return minutes;
		}

		public void setMinutes(int minutes) {
			this.minutes = minutes;
		}

		public String getMode() {
			return mode;
		}

		public void setMode(String mode) {
			this.mode = mode;
		}

	}

	/** The answer handed in: text per section id ({@code sections[action]}). */
	static final class Answer {

		private Map<String, @Size(max = 10_000, message = "{practice.section.tooLong}") String> sections = new LinkedHashMap<>();

		public Map<String, String> getSections() {
			return sections;
		}

		public void setSections(Map<String, String> sections) {
			this.sections = sections;
		}

	}

	/** Where a handed-in answer goes: {@code new} for a new story, or the id of one of the user's stories. */
	static final class Save {

		@Pattern(regexp = "new|[0-9]{1,18}", message = "{practice.target.invalid}")
		private String target = "new";

		boolean asNewStory() {
			return "new".equals(target);
		}

		long storyId() {
			return Long.parseLong(target);
		}

		public String getTarget() {
			return target;
		}

		public void setTarget(String target) {
			this.target = target;
		}

	}

}
