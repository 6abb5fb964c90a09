package dev.storysmith.rubric.web;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.storysmith.framework.FrameworkCatalog;
import dev.storysmith.framework.FrameworkView;
import dev.storysmith.question.QuestionCatalog;
import dev.storysmith.question.QuestionDetail;
import dev.storysmith.rubric.Draft;

/**
 * Turns what a client sent into a draft the engine can score, or says precisely what is
 * wrong with it: which framework or section is unknown, which field is over its limit.
 */
@Component
class DraftRequests {

	static final String DEFAULT_FRAMEWORK = "star-l";

	static final int MAX_SECTION_CHARS = 10_000;

	static final int MAX_TEXT_CHARS = 60_000;

	static final int MAX_QUESTION_ID_CHARS = 100;

	private final FrameworkCatalog frameworks;

	private final QuestionCatalog questions;

	DraftRequests(FrameworkCatalog frameworks, QuestionCatalog questions) {
		this.frameworks = frameworks;
		this.questions = questions;
	}

	/** The bank follow-ups of the request's question; none without one; an unknown id is refused. */
	List<String> bankFollowUps(ScoreRequest request) throws InvalidDraftException {
		String id = request.questionId();
		if (id == null || id.isBlank()) {
			return List.of();
		}
		if (id.length() > MAX_QUESTION_ID_CHARS) {
			throw new InvalidDraftException("questionId",
					"The question id is " + id.length() + " characters; ids are at most " + MAX_QUESTION_ID_CHARS + ".");
		}
		return questions.find(id.strip())
			.map(QuestionDetail::followUps)
			.orElseThrow(() -> new InvalidDraftException("questionId", "Unknown question '" + shorten(id.strip())
					+ "'; send the id of a question from /api/questions, or leave questionId out."));
	}

	Draft toDraft(ScoreRequest request) throws InvalidDraftException {
		boolean hasText = request.text() != null;
		boolean hasSections = request.sections() != null;
		if (hasText == hasSections) {
			throw new InvalidDraftException("text",
					"Send either 'text' (one free text) or 'sections' (text per section), not both or neither.");
		}
		String frameworkId = request.framework() == null || request.framework().isBlank() ? DEFAULT_FRAMEWORK
				: request.framework().strip();
		FrameworkView framework = frameworks.find(frameworkId)
			.orElseThrow(() -> new InvalidDraftException("framework", "Unknown framework '" + shorten(frameworkId)
					+ "'. Known frameworks: " + String.join(", ", frameworks.all().stream().map(FrameworkView::id).toList())
					+ "."));
		if (hasText) {
			if (request.text().length() > MAX_TEXT_CHARS) {
				throw new InvalidDraftException("text",
						"The text is " + request.text().length() + " characters; the limit is " + MAX_TEXT_CHARS + ".");
			}
			return Draft.freeText(FrameworkShapes.of(framework), request.text());
		}
		return new Draft(FrameworkShapes.of(framework), sections(framework, request.sections()));
	}

	private static Map<String, String> sections(FrameworkView framework, Map<String, String> sent)
			throws InvalidDraftException {
		for (Map.Entry<String, String> entry : sent.entrySet()) {
			String id = entry.getKey();
			if (!framework.sectionIds().contains(id)) {
				throw new InvalidDraftException("sections." + shorten(id), "Unknown section '" + shorten(id) + "' for "
						+ framework.name() + ". Its sections are: " + String.join(", ", framework.sectionIds()) + ".");
			}
			if (entry.getValue() != null && entry.getValue().length() > MAX_SECTION_CHARS) {
				throw new InvalidDraftException("sections." + id, "Section '" + id + "' is " + entry.getValue().length()
						+ " characters; the limit is " + MAX_SECTION_CHARS + " per section.");
			}
		}
		return framework.inSpeakingOrder(sent);
	}

	private static String shorten(String text) {
		return text.length() <= 60 ? text : text.substring(0, 60) + "...";
	}

	/** A draft that cannot be scored; names the field and says why. */
	static final class InvalidDraftException extends Exception {

		private final String field;

		InvalidDraftException(String field, String message) {
			super(message);
			this.field = field;
		}

		String field() {
			return field;
		}

	}

}
