package dev.storysmith.question;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

import dev.storysmith.framework.FrameworkCatalog;
import dev.storysmith.system.MarkdownRenderer;
import dev.storysmith.system.PageNotFoundException;

@Controller
class QuestionController {

	static final String LIST_VIEW = "question/list";

	static final String DETAIL_VIEW = "question/detail";

	private final QuestionCatalog catalog;

	private final FrameworkCatalog frameworks;

	private final MarkdownRenderer markdown;

	QuestionController(QuestionCatalog catalog, FrameworkCatalog frameworks, MarkdownRenderer markdown) {
		this.catalog = catalog;
		this.frameworks = frameworks;
		this.markdown = markdown;
	}

	@GetMapping("/questions")
	String list(@Valid @ModelAttribute("search") QuestionSearch search, BindingResult errors, Model model) {
		List<QuestionSummary> questions = errors.hasErrors() ? List.of() : catalog.search(search.toFilter());
		Map<CompetencyView, Long> counts = catalog.countsByCompetency();
		model.addAttribute("questions", questions);
		model.addAttribute("competencyCounts", counts);
		model.addAttribute("competencyNames", counts.keySet()
			.stream()
			.collect(Collectors.toMap(CompetencyView::id, CompetencyView::name)));
		model.addAttribute("difficulties", Arrays.asList(Difficulty.values()));
		model.addAttribute("filtered", !errors.hasErrors() && search.isFiltered());
		return LIST_VIEW;
	}

	@GetMapping("/questions/{id}")
	String detail(@PathVariable String id, Model model) {
		QuestionDetail question = catalog.find(id).orElseThrow(() -> new PageNotFoundException("question " + id));
		Map<String, CompetencyView> vocabulary = catalog.competencies()
			.stream()
			.collect(Collectors.toMap(CompetencyView::id, Function.identity()));
		model.addAttribute("page", QuestionPage.of(question, vocabulary, frameworks, markdown));
		return DETAIL_VIEW;
	}

}
