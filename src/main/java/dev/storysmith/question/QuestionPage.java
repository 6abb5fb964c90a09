package dev.storysmith.question;

import java.util.List;
import java.util.Map;

import dev.storysmith.framework.FrameworkCatalog;
import dev.storysmith.framework.FrameworkView;
import dev.storysmith.framework.SectionView;
import dev.storysmith.system.MarkdownRenderer;

/**
 * A question prepared for its page: bank markdown rendered to safe HTML and sample answer
 * sections titled by their framework.
 */
record QuestionPage(QuestionDetail question, String promptHtml, String listenForHtml, List<String> followUpsHtml,
		List<String> pitfallsHtml, List<Answer> answers, List<CompetencyView> competencies,
		List<FrameworkView> suggestedFrameworks) {

	record Answer(String frameworkId, String frameworkName, List<Section> sections) {
	}

	record Section(String id, String title, String html) {
	}

	static QuestionPage of(QuestionDetail question, Map<String, CompetencyView> vocabulary, FrameworkCatalog frameworks,
			MarkdownRenderer markdown) {
		List<Answer> answers = question.sampleAnswers().stream().map(a -> answer(a, frameworks, markdown)).toList();
		List<CompetencyView> competencies = question.competencies()
			.stream()
			.map(id -> vocabulary.getOrDefault(id, new CompetencyView(id, id, "", List.of())))
			.toList();
		List<FrameworkView> suggested = question.frameworks().stream().flatMap(id -> frameworks.find(id).stream()).toList();
		return new QuestionPage(question, markdown.toHtml(question.prompt()), markdown.toHtml(question.listenFor()),
				question.followUps().stream().map(markdown::toInlineHtml).toList(),
				question.pitfalls().stream().map(markdown::toInlineHtml).toList(), answers, competencies, suggested);
	}

	private static Answer answer(SampleAnswerView answer, FrameworkCatalog frameworks, MarkdownRenderer markdown) {
		FrameworkView framework = frameworks.find(answer.framework()).orElse(null);
		List<Section> sections = answer.sections()
			.entrySet()
			.stream()
			.map(e -> new Section(e.getKey(), titleOf(framework, e.getKey()), markdown.toHtml(e.getValue())))
			.toList();
		return new Answer(answer.framework(), framework == null ? answer.framework() : framework.name(), sections);
	}

	private static String titleOf(FrameworkView framework, String sectionId) {
		return framework == null ? sectionId : framework.section(sectionId).map(SectionView::title).orElse(sectionId);
	}

}
