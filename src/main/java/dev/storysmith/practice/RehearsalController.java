package dev.storysmith.practice;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import dev.storysmith.account.AccountPrincipal;
import dev.storysmith.story.StoryView;

/** {@code /rehearse}: say a story aloud against the clock; {@code /rehearsals/{id}}: a saved rehearsal. */
@Controller
class RehearsalController {

	static final String PICK_VIEW = "practice/rehearse-pick";

	static final String VIEW = "practice/rehearse";

	static final String RESULT_VIEW = "practice/rehearsal";

	private final RehearsalService rehearsals;

	RehearsalController(RehearsalService rehearsals) {
		this.rehearsals = rehearsals;
	}

	@GetMapping("/rehearse")
	String rehearse(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(required = false) Long story,
			Model model) {
		if (story == null) {
			model.addAttribute("stories", rehearsals.rehearsable(me.id()));
			return PICK_VIEW;
		}
		StoryView chosen = rehearsals.story(me.id(), story);
		model.addAttribute("story", chosen);
		model.addAttribute("cards", rehearsals.cards(me.id(), story));
		model.addAttribute("history", rehearsals.forStory(me.id(), story));
		model.addAttribute("targetMin", RehearsalService.TARGET_MIN_SECONDS);
		model.addAttribute("targetMax", RehearsalService.TARGET_MAX_SECONDS);
		return VIEW;
	}

	@GetMapping("/rehearsals/{id}")
	String rehearsal(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Model model) {
		model.addAttribute("result", rehearsals.result(me.id(), id));
		return RESULT_VIEW;
	}

}
