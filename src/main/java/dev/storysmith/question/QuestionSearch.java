package dev.storysmith.question;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.web.util.UriComponentsBuilder;

/** The filters of {@code /questions} and {@code /api/questions}, as typed in a URL. */
record QuestionSearch(
		@Pattern(regexp = "[a-z0-9-]{0,80}", message = "{question.filter.competency.invalid}") String competency,
		@Pattern(regexp = "|easy|medium|hard", message = "{question.filter.difficulty.invalid}") String difficulty,
		@Size(max = QuestionFilter.MAX_TEXT_LENGTH, message = "{question.filter.q.tooLong}") String q) {

	QuestionFilter toFilter() {
		return new QuestionFilter(blankToNull(competency), difficulty == null ? null : Difficulty.fromId(difficulty).orElse(null),
				blankToNull(q));
	}

	boolean isFiltered() {
		return toFilter().competency() != null || toFilter().difficulty() != null || toFilter().text() != null;
	}

	/** {@code /questions} with these filters and the given page, for the pager's links. */
	public String pageUrl(int page) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/questions");
		QuestionFilter filter = toFilter();
		if (filter.text() != null) {
			url.queryParam("q", filter.text());
		}
		if (filter.competency() != null) {
			url.queryParam("competency", filter.competency());
		}
		if (filter.difficulty() != null) {
			url.queryParam("difficulty", filter.difficulty().id());
		}
		if (page > 1) {
			url.queryParam("page", page);
		}
		return url.encode().build().toUriString();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
