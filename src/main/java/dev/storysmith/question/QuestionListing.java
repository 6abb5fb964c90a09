package dev.storysmith.question;

import java.util.List;

/**
 * One page of the question list.
 * @param page the page shown, from 1
 * @param pages how many pages there are (at least 1)
 * @param total how many questions match in all
 * @param nearMatches when nothing matches a search: questions that share some words with it
 */
record QuestionListing(List<QuestionListItem> items, int page, int pages, int total,
		List<QuestionSummary> nearMatches) {

	/** The answer to a search that could not run (its input was refused): nothing, on one page. */
	static QuestionListing nothing() {
		return new QuestionListing(List.of(), 1, 1, 0, List.of());
	}

	/** The page a {@code page} parameter asks for: 1 when it is missing or not a number. */
	static int pageNumber(String raw) {
		if (raw == null || !raw.matches("[0-9]{1,6}")) {
			return 1;
		}
		return Math.max(1, Integer.parseInt(raw));
	}

	public boolean hasPrevious() {
		return page > 1;
	}

	public boolean hasNext() {
		return page < pages;
	}

}
