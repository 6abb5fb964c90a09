package dev.storysmith.framework;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.storysmith.system.ApiProblems;

@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "Frameworks", description = "Answer frameworks and their sections: public")
@RequestMapping("/api/frameworks")
class FrameworkApiController {

	private final FrameworkCatalog catalog;

	FrameworkApiController(FrameworkCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping
	List<FrameworkView> list() {
		return catalog.all();
	}

	@GetMapping("/{id}")
	FrameworkView one(@PathVariable String id) {
		return catalog.find(id).orElseThrow(() -> ApiProblems.notFound("framework", id));
	}

}
