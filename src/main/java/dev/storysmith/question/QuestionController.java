package dev.storysmith.question;

import java.util.Arrays;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import dev.storysmith.system.PageNotFoundException;

@Controller
class QuestionController {

	static final String LIST_VIEW = "question/list";

	static final String DETAIL_VIEW = "question/detail";

	private final QuestionCatalog catalog;

	QuestionController(QuestionCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/questions")
	String list(@Valid @ModelAttribute("search") QuestionSearch search, BindingResult errors,
			@RequestParam(defaultValue = "1") String page, Model model) {
		model.addAttribute("listing",
				errors.hasErrors() ? QuestionListing.nothing() : catalog.list(search.toFilter(), QuestionListing.pageNumber(page)));
		model.addAttribute("competencyCounts", catalog.countsByCompetency());
		model.addAttribute("difficultyCounts", catalog.countsByDifficulty());
		model.addAttribute("difficulties", Arrays.asList(Difficulty.values()));
		model.addAttribute("filtered", !errors.hasErrors() && search.isFiltered());
		return LIST_VIEW;
	}

	@GetMapping("/questions/{id}")
	String detail(@PathVariable String id, Model model) {
		model.addAttribute("page", catalog.page(id).orElseThrow(() -> new PageNotFoundException("question " + id)));
		return DETAIL_VIEW;
	}

}
