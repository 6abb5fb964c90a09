package dev.storysmith.story;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.storysmith.account.AccountPrincipal;
import dev.storysmith.framework.FrameworkCatalog;
import dev.storysmith.system.PageNotFoundException;

/** A story's saved revisions: one shown next to the current text, and restoring it. */
@Controller
class StoryRevisionController {

	static final String REVISION_VIEW = "story/revision";

	private final StoryService stories;

	private final FrameworkCatalog frameworks;

	StoryRevisionController(StoryService stories, FrameworkCatalog frameworks) {
		this.stories = stories;
		this.frameworks = frameworks;
	}

	@GetMapping("/stories/{id}/revisions/{revision}")
	String revision(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, @PathVariable long revision,
			Model model) {
		StoryView current = stories.find(me.id(), id).orElseThrow(() -> new PageNotFoundException("story " + id));
		StoryView old = stories.revisionContent(me.id(), id, revision)
			.orElseThrow(() -> new PageNotFoundException("revision " + revision));
		model.addAttribute("story", current);
		model.addAttribute("old", old);
		model.addAttribute("revision", stories.revisions(me.id(), id).stream().filter(r -> r.id() == revision)
			.findFirst().orElseThrow());
		model.addAttribute("oldFramework", frameworks.find(old.framework()).orElse(null));
		model.addAttribute("framework", frameworks.find(current.framework()).orElse(null));
		return REVISION_VIEW;
	}

	@PostMapping("/stories/{id}/revisions/{revision}/restore")
	String restore(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, @PathVariable long revision,
			RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("restoredRevision", stories.restore(me.id(), id, revision));
		}
		catch (StoryExceptions.NotFound ex) {
			throw new PageNotFoundException("revision " + revision);
		}
		return "redirect:/stories/" + id;
	}

}
