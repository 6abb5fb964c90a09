package dev.storysmith.question;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.storysmith.system.ApiProblems;

@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "Question bank", description = "Questions and competencies: public")
@RequestMapping("/api")
class QuestionApiController {

	private final QuestionCatalog catalog;

	QuestionApiController(QuestionCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/questions")
	List<QuestionSummary> list(@Valid @ModelAttribute @org.springdoc.core.annotations.ParameterObject QuestionSearch search) {
		return catalog.search(search.toFilter());
	}

	@GetMapping("/questions/{id}")
	QuestionDetail one(@PathVariable String id) {
		return catalog.find(id).orElseThrow(() -> ApiProblems.notFound("question", id));
	}

	@GetMapping("/competencies")
	List<CompetencyCount> competencies() {
		return catalog.countsByCompetency()
			.entrySet()
			.stream()
			.map(e -> new CompetencyCount(e.getKey().id(), e.getKey().name(), e.getKey().description(), e.getValue()))
			.toList();
	}

	record CompetencyCount(String id, String name, String description, long questions) {
	}

}
