package dev.storysmith.story.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import dev.storysmith.framework.FrameworkCatalog;
import dev.storysmith.framework.FrameworkView;
import dev.storysmith.framework.SectionView;
import dev.storysmith.question.CompetencyView;
import dev.storysmith.question.QuestionCatalog;
import dev.storysmith.question.QuestionDetail;
import dev.storysmith.story.StoryQueries;
import dev.storysmith.story.StoryView;

/** Looks up the signed-in user's stories and dresses them for export: only ever the owner's. */
@Component
class StoryExports {

	private final StoryQueries stories;

	private final FrameworkCatalog frameworks;

	private final QuestionCatalog questions;

	StoryExports(StoryQueries stories, FrameworkCatalog frameworks, QuestionCatalog questions) {
		this.stories = stories;
		this.frameworks = frameworks;
		this.questions = questions;
	}

	Optional<ExportedStory> one(long owner, long id) {
		return stories.find(owner, id).map(story -> export(story, competencyNames()));
	}

	/** All the owner's stories, in the order of the story bank (last changed first). */
	List<ExportedStory> all(long owner) {
		Map<String, String> names = competencyNames();
		return stories.list(owner).stream().map(story -> export(story, names)).toList();
	}

	private ExportedStory export(StoryView story, Map<String, String> competencyNames) {
		Optional<FrameworkView> framework = frameworks.find(story.framework());
		List<ExportedStory.Section> sections = new ArrayList<>();
		framework.map(f -> f.inSpeakingOrderKeepingOthers(story.sections())).orElse(story.sections()).forEach((id, text) -> {
			Optional<String> title = framework.flatMap(f -> f.sections().stream().filter(s -> s.id().equals(id)).findFirst())
				.map(SectionView::title);
			if (title.isPresent() || !text.isBlank()) {
				sections.add(new ExportedStory.Section(id, title.orElse(id), text));
			}
		});
		return new ExportedStory(story.id(), story.title(), framework.map(FrameworkView::name).orElse(story.framework()),
				vocabularyOrder(story, competencyNames),
				story.questionIds().stream().map(q -> questions.find(q).map(QuestionDetail::title).orElse(q)).sorted().toList(),
				sections, story.unplacedNotes(), story.updatedAt());
	}

	/** Names of the story's competencies in the vocabulary's order, so every export lists them alike. */
	private static List<String> vocabularyOrder(StoryView story, Map<String, String> competencyNames) {
		List<String> names = new ArrayList<>();
		competencyNames.forEach((id, name) -> {
			if (story.competencies().contains(id)) {
				names.add(name);
			}
		});
		story.competencies().stream().filter(id -> !competencyNames.containsKey(id)).sorted().forEach(names::add);
		return names;
	}

	/** Competency names by id, in the vocabulary's order. */
	private Map<String, String> competencyNames() {
		return questions.competencies()
			.stream()
			.collect(Collectors.toMap(CompetencyView::id, CompetencyView::name, (a, b) -> a, LinkedHashMap::new));
	}

}
