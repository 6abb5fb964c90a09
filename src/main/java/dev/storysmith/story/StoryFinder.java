package dev.storysmith.story;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

import dev.storysmith.question.QuestionCatalog;
import dev.storysmith.question.QuestionDetail;

/**
 * "Which of my stories fits this question?": the owner's stories ranked against a bank question
 * or a pasted text, each with a score from 0 to 100 and the reasons for it. How the score is
 * made is said on {@link StoryRanking}. Only the owner's stories are read; nothing is stored.
 */
@Service
public class StoryFinder {

	/** Characters of a pasted text that are compared; the API and the form refuse longer ones. */
	public static final int MAX_TEXT = 2000;

	private final StoryQueries stories;

	private final QuestionCatalog questions;

	private final MessageSource messages;

	StoryFinder(StoryQueries stories, QuestionCatalog questions, MessageSource messages) {
		this.stories = stories;
		this.questions = questions;
		this.messages = messages;
	}

	/**
	 * The owner's stories that fit a bank question, best first: by its title, prompt and what the
	 * interviewer listens for, its competencies and the stories written for it. Empty for an
	 * unknown or retired question.
	 */
	public List<StoryMatch> forQuestion(long owner, String questionId, int limit) {
		return questions.find(questionId).map(question -> ranking().rank(stories.list(owner), probe(question), limit))
			.orElse(List.of());
	}

	/** The owner's stories that fit a pasted text (its first {@value #MAX_TEXT} characters), best first. */
	public List<StoryMatch> forText(long owner, String text, int limit) {
		String bounded = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
		return ranking().rank(stories.list(owner), StoryRanking.Probe.text(bounded), limit);
	}

	private static StoryRanking.Probe probe(QuestionDetail question) {
		String text = Stream.of(question.title(), question.prompt(), question.listenFor())
			.filter(part -> part != null && !part.isBlank())
			.collect(Collectors.joining("\n\n"));
		return new StoryRanking.Probe(text, question.id(), Set.copyOf(question.competencies()));
	}

	private StoryRanking ranking() {
		return new StoryRanking(questions.textAnalysis(), questions.competencyNames(),
				id -> questions.find(id).map(QuestionDetail::title).orElse(null),
				(key, args) -> messages.getMessage(key, args, LocaleContextHolder.getLocale()));
	}

}
