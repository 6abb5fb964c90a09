package dev.storysmith.question;

import java.util.Locale;
import java.util.Optional;

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
			@RequestParam(defaultValue = "1") String page, Locale locale, Model model) {
		QuestionCatalog.ListPage shown = catalog.list(
				errors.hasErrors() ? Optional.empty() : Optional.of(search.toFilter()), QuestionListing.pageNumber(page), locale);
		model.addAttribute("listing", shown.listing());
		model.addAttribute("labels", shown.labels());
		model.addAttribute("filtered", !errors.hasErrors() && search.isFiltered());
		return LIST_VIEW;
	}

	@GetMapping("/questions/{id}")
	String detail(@PathVariable String id, Model model) {
		model.addAttribute("page", catalog.page(id).orElseThrow(() -> new PageNotFoundException("question " + id)));
		return DETAIL_VIEW;
	}

}
