package dev.storysmith.story;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

import dev.storysmith.question.QuestionCatalog;
import dev.storysmith.question.QuestionDetail;
import dev.storysmith.question.QuestionFilter;
import dev.storysmith.question.TextAnalysis;

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

	/** The last snapshot's background index; a race only builds it twice. */
	private volatile BankTexts bankTexts;

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
		return find(owner, new MatchRequest(null, questionId), limit).orElse(List.of());
	}

	/** The owner's stories that fit a pasted text (its first {@value #MAX_TEXT} characters), best first. */
	public List<StoryMatch> forText(long owner, String text, int limit) {
		String bounded = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
		return ranking().rank(stories.list(owner), StoryRanking.Probe.text(bounded), limit);
	}

	/**
	 * The matches for a request {@link MatchRequest#problem() without a problem}: for its question
	 * or its text. Empty when the question is not in the bank.
	 */
	Optional<List<StoryMatch>> find(long owner, MatchRequest request, int limit) {
		if (request.isQuestion()) {
			return questions.find(request.question())
				.map(question -> ranking().rank(stories.list(owner), probe(question), limit));
		}
		return Optional.of(forText(owner, request.q(), limit));
	}

	private static StoryRanking.Probe probe(QuestionDetail question) {
		return new StoryRanking.Probe(text(question), question.id(), Set.copyOf(question.competencies()));
	}

	/** What a question asks and what its interviewer listens for, as plain words. */
	private static String text(QuestionDetail question) {
		// Markdown emphasis: "_on call_" would stay one token with its underscores.
		return Stream.of(question.title(), question.prompt(), question.listenFor())
			.filter(part -> part != null && !part.isBlank())
			.map(part -> part.replaceAll("[*_`]", " "))
			.collect(Collectors.joining("\n\n"));
	}

	private StoryRanking ranking() {
		TextAnalysis analysis = questions.textAnalysis();
		return new StoryRanking(analysis, questions.competencyNames(),
				id -> questions.find(id).map(QuestionDetail::title).orElse(null), background(analysis),
				(key, args) -> messages.getMessage(key, args, LocaleContextHolder.getLocale()));
	}

	/**
	 * The bank's questions with their sample answers: story-like text, so the word statistics are
	 * those of answers to behavioral questions ("all", "team" are common). Gathered and indexed
	 * once per bank snapshot (each snapshot has its own {@link TextAnalysis}), not on every request.
	 */
	private StoryRanking.Background background(TextAnalysis analysis) {
		BankTexts cached = bankTexts;
		if (cached == null || cached.analysis() != analysis) {
			List<String> texts = questions.search(QuestionFilter.none())
				.stream()
				.flatMap(summary -> questions.find(summary.id()).stream())
				.map(question -> text(question) + "\n\n" + question.sampleAnswers()
					.stream()
					.flatMap(answer -> answer.sections().values().stream())
					.collect(Collectors.joining("\n\n")))
				.toList();
			cached = new BankTexts(analysis, StoryRanking.Background.of(analysis, texts));
			bankTexts = cached;
		}
		return cached.background();
	}

	/** The background index of the snapshot whose analysis is {@code analysis}. */
	private record BankTexts(TextAnalysis analysis, StoryRanking.Background background) {
	}

}
