package dev.storysmith.question;

import java.util.Locale;

import org.springframework.data.jpa.domain.Specification;

/**
 * What a person narrowed the question list to. Every part is optional; text matches the
 * title, the prompt and the tags, ignoring case.
 */
public record QuestionFilter(String competency, Difficulty difficulty, String text) {

	public static final int MAX_TEXT_LENGTH = 200;

	public static QuestionFilter none() {
		return new QuestionFilter(null, null, null);
	}

	Specification<Question> toSpecification() {
		Specification<Question> spec = (root, query, cb) -> cb.isFalse(root.get("retired"));
		if (competency != null && !competency.isBlank()) {
			spec = spec.and((root, query, cb) -> cb.equal(root.join("competencyIds"), competency));
		}
		if (difficulty != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("difficulty"), difficulty));
		}
		if (text != null && !text.isBlank()) {
			String pattern = "%" + escapeLike(text.strip().toLowerCase(Locale.ROOT)) + "%";
			spec = spec.and((root, query, cb) -> cb.or(
					cb.like(cb.lower(root.get("title")), pattern, '\\'),
					cb.like(cb.lower(root.get("prompt")), pattern, '\\'),
					cb.like(cb.lower(root.get("tags").as(String.class)), pattern, '\\')));
		}
		return spec;
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
