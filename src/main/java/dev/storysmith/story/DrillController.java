package dev.storysmith.story;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.storysmith.account.AccountPrincipal;

/**
 * {@code /stories/{id}/drill}: drill the follow-ups of a story. Every follow-up has a plain
 * form of its own (the page works without script; {@code drill.js} shows one at a time with
 * an optional 60-second timer). Answers are kept with the story; one can be added to it.
 */
@Controller
class DrillController {

	static final String VIEW = "story/drill";

	private final StoryDrills drills;

	DrillController(StoryDrills drills) {
		this.drills = drills;
	}

	@GetMapping("/stories/{id}/drill")
	String show(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Model model) {
		model.addAttribute("drill", drills.drill(me.id(), id));
		if (!model.containsAttribute("drillForm")) {
			model.addAttribute("drillForm", new DrillForm());
		}
		return VIEW;
	}

	@PostMapping("/stories/{id}/drill")
	String answer(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@Valid @ModelAttribute("drillForm") DrillForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			model.addAttribute("failedIndex", form.getIndex());
			return show(me, id, model);
		}
		DrillAnswerView answer = drills.answer(me.id(), id, form.getIndex(), form.getAnswer());
		redirect.addFlashAttribute("message", "drill.answered");
		return "redirect:/stories/" + id + "/drill#answer-" + answer.id();
	}

	@PostMapping("/stories/{id}/drill/answers/{answerId}/add")
	String add(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, @PathVariable long answerId,
			RedirectAttributes redirect) {
		drills.addToStory(me.id(), id, answerId);
		redirect.addFlashAttribute("message", "drill.added");
		return "redirect:/stories/" + id + "/drill#answer-" + answerId;
	}

}
