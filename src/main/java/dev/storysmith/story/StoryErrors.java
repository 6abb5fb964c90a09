package dev.storysmith.story;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;

/** Shows {@link StoryProblem}s in a form, a JSON answer or a problem detail, with the same words. */
final class StoryErrors {

	private StoryErrors() {
	}

	/** Puts each problem beside its field ({@code sections.action} is the form's {@code sections[action]}). */
	static void reject(BindingResult errors, List<StoryProblem> problems) {
		for (StoryProblem problem : problems) {
			Object[] args = problem.arguments().toArray();
			String path = formPath(problem.field());
			if (path == null) {
				errors.reject(problem.code(), args, null);
			}
			else {
				errors.rejectValue(path, problem.code(), args, null);
			}
		}
	}

	static List<Map<String, String>> fields(List<StoryProblem> problems, MessageSource messages, Locale locale) {
		return problems.stream()
			.map(p -> Map.of("field", p.field(), "message", message(p, messages, locale)))
			.toList();
	}

	static String describe(List<StoryProblem> problems, MessageSource messages, Locale locale) {
		return String.join(" ", problems.stream().map(p -> message(p, messages, locale)).toList());
	}

	static String message(StoryProblem problem, MessageSource messages, Locale locale) {
		return messages.getMessage(problem.code(), problem.arguments().toArray(), problem.code(), locale);
	}

	private static String formPath(String field) {
		if (field.startsWith("sections.")) {
			return "sections[" + field.substring("sections.".length()) + "]";
		}
		return switch (field) {
			case "title", "framework", "unplacedNotes", "competencies", "questionIds" -> field;
			default -> null;
		};
	}

}
