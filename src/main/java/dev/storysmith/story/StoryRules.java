package dev.storysmith.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import dev.storysmith.framework.FrameworkCatalog;
import dev.storysmith.framework.FrameworkView;
import dev.storysmith.question.CompetencyView;
import dev.storysmith.question.QuestionCatalog;

/** The limits every story meets, wherever it comes from (editor, API, restore of a revision). */
@Component
class StoryRules {

	static final int MAX_TITLE = 200;

	static final int MAX_SECTION = 10_000;

	static final int MAX_NOTES = 20_000;

	static final int MAX_LINKS = 20;

	private final FrameworkCatalog frameworks;

	private final QuestionCatalog questions;

	StoryRules(FrameworkCatalog frameworks, QuestionCatalog questions) {
		this.frameworks = frameworks;
		this.questions = questions;
	}

	List<StoryProblem> check(StoryContent content) {
		return check(content, Set.of());
	}

	/**
	 * As {@link #check(StoryContent)}, but links in {@code kept} (the ones the stored story
	 * already has) stay valid after their question is retired from the bank, so a retired
	 * question never blocks a save.
	 */
	List<StoryProblem> check(StoryContent content, Set<String> kept) {
		List<StoryProblem> problems = new ArrayList<>();
		if (content.title().isBlank()) {
			problems.add(StoryProblem.of("title", "story.title.required"));
		}
		else if (content.title().length() > MAX_TITLE) {
			problems.add(StoryProblem.of("title", "story.title.tooLong", MAX_TITLE, content.title().length()));
		}
		Optional<FrameworkView> framework = frameworks.find(content.framework());
		if (framework.isEmpty()) {
			problems.add(StoryProblem.of("framework", "story.framework.unknown", content.framework()));
		}
		for (Map.Entry<String, String> section : content.sections().entrySet()) {
			String field = "sections." + section.getKey();
			if (framework.isPresent() && !framework.get().sectionIds().contains(section.getKey())) {
				problems.add(StoryProblem.of(field, "story.section.unknown", section.getKey(), framework.get().name()));
			}
			else if (section.getValue() != null && section.getValue().length() > MAX_SECTION) {
				problems.add(StoryProblem.of(field, "story.section.tooLong", MAX_SECTION, section.getValue().length()));
			}
		}
		if (content.unplacedNotes().length() > MAX_NOTES) {
			problems.add(StoryProblem.of("unplacedNotes", "story.notes.tooLong", MAX_NOTES,
					content.unplacedNotes().length()));
		}
		checkLinks(content, kept, problems);
		return problems;
	}

	/** The section ids of a framework; empty for an unknown one (which {@link #check} refuses anyway). */
	Set<String> sectionIds(String framework) {
		return frameworks.find(framework).map(f -> Set.copyOf(f.sectionIds())).orElse(Set.of());
	}

	private void checkLinks(StoryContent content, Set<String> kept, List<StoryProblem> problems) {
		if (hasNull(content.questionIds())) {
			problems.add(StoryProblem.of("questionIds", "story.link.null"));
		}
		else if (content.questionIds().size() > MAX_LINKS) {
			problems.add(StoryProblem.of("questionIds", "story.links.tooMany", MAX_LINKS));
		}
		else {
			content.questionIds()
				.stream()
				.filter(id -> !kept.contains(id) && questions.find(id).isEmpty())
				.findFirst()
				.ifPresent(id -> problems.add(StoryProblem.of("questionIds", "story.question.unknown", id)));
		}
		if (hasNull(content.competencies())) {
			problems.add(StoryProblem.of("competencies", "story.link.null"));
			return;
		}
		Set<String> vocabulary = questions.competencies().stream().map(CompetencyView::id).collect(Collectors.toSet());
		content.competencies()
			.stream()
			.filter(id -> !vocabulary.contains(id))
			.findFirst()
			.ifPresent(id -> problems.add(StoryProblem.of("competencies", "story.competency.unknown", id)));
	}

	/** Set.of(...).contains(null) throws, so look at each entry. */
	private static boolean hasNull(Set<String> ids) {
		return ids.stream().anyMatch(Objects::isNull);
	}

}
