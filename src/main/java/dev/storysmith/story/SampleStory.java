package dev.storysmith.story;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import dev.storysmith.question.QuestionCatalog;
import dev.storysmith.question.QuestionDetail;

/**
 * A finished example story a new user can open, score and delete, to see what a strong draft
 * looks like before writing their own. Its title says it is a sample; its text lives in
 * {@code messages.properties} like every other user-facing string.
 */
@Service
public class SampleStory {

	static final String QUESTION = "owned-a-problem-nobody-owned";

	static final String FRAMEWORK = "star-l";

	private static final List<String> SECTIONS = List.of("situation", "task", "action", "result", "lessons");

	private final StoryService stories;

	private final QuestionCatalog questions;

	private final MessageSource messages;

	SampleStory(StoryService stories, QuestionCatalog questions, MessageSource messages) {
		this.stories = stories;
		this.questions = questions;
		this.messages = messages;
	}

	/** Adds the sample to the owner's stories and answers it. */
	public StoryView create(long owner, Locale locale) {
		Map<String, String> sections = new LinkedHashMap<>();
		SECTIONS.forEach(id -> sections.put(id, messages.getMessage("story.sample." + id, null, locale)));
		Set<String> competencies = questions.find(QUESTION)
			.map(QuestionDetail::competencies)
			.map(Set::copyOf)
			.orElse(Set.of());
		Set<String> linked = questions.find(QUESTION).isPresent() ? Set.of(QUESTION) : Set.of();
		return stories.create(owner, new StoryContent(messages.getMessage("story.sample.title", null, locale),
				FRAMEWORK, sections, "", linked, competencies));
	}

}
