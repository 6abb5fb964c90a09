package dev.storysmith.rubric.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.storysmith.framework.FrameworkCatalog;
import dev.storysmith.framework.FrameworkView;
import dev.storysmith.rubric.Draft;
import dev.storysmith.rubric.FollowUpPlanner;
import dev.storysmith.rubric.RubricEngine;
import dev.storysmith.rubric.Scorecard;

/**
 * {@code /score}: try the rubric on any draft. Scoring stores nothing, so the form posts
 * back to the same page (like a search) instead of redirecting.
 */
@Controller
class PlaygroundController {

	static final String VIEW = "rubric/playground";

	private final RubricEngine engine;

	private final DraftRequests drafts;

	private final FollowUpPlanner followUps;

	private final FrameworkCatalog frameworks;

	private final MessageSource messages;

	PlaygroundController(RubricEngine engine, DraftRequests drafts, FollowUpPlanner followUps,
			FrameworkCatalog frameworks, MessageSource messages) {
		this.engine = engine;
		this.drafts = drafts;
		this.followUps = followUps;
		this.frameworks = frameworks;
		this.messages = messages;
	}

	@GetMapping("/score")
	String show(@ModelAttribute("form") PlaygroundForm form, Model model, Locale locale) {
		return page(form, model, locale);
	}

	@PostMapping("/score")
	String score(@ModelAttribute("form") PlaygroundForm form, BindingResult errors, Model model, Locale locale) {
		if (form.isFreeText() && form.getText().isBlank()) {
			errors.rejectValue("text", "playground.text.empty");
			return page(form, model, locale);
		}
		try {
			Draft draft = drafts.toDraft(form.toRequest(shown(form)));
			Scorecard scorecard = engine.score(draft);
			model.addAttribute("scorecard", scorecard);
			model.addAttribute("followUps", followUps.plan(draft, scorecard, List.of()));
			model.addAttribute("highlights", Highlights.of(draft.sections(), scorecard));
		}
		catch (DraftRequests.InvalidDraftException ex) {
			String field = ex.field().startsWith("sections.") ? "sections[" + ex.field().substring(9) + "]"
					: ex.field().equals("framework") ? "framework" : "text";
			errors.rejectValue(field, "playground.invalid", new Object[] { ex.getMessage() }, ex.getMessage());
		}
		return page(form, model, locale);
	}

	/**
	 * A switch of framework or mode: the page again with every word typed so far, moved
	 * where the new view shows it; nothing is scored until the user asks.
	 */
	@PostMapping(path = "/score", params = "change")
	String change(@ModelAttribute("form") PlaygroundForm form, @RequestParam String change,
			@RequestParam(defaultValue = "") String target, Model model, Locale locale) {
		if (change.equals("framework")) {
			frameworks.find(target).ifPresent(f -> form.setFramework(f.id()));
		}
		else {
			form.switchMode(change, shown(form));
		}
		return page(form, model, locale);
	}

	private FrameworkView shown(PlaygroundForm form) {
		return frameworks.find(form.getFramework())
			.orElseGet(() -> frameworks.find(DraftRequests.DEFAULT_FRAMEWORK).orElseThrow());
	}

	private String page(PlaygroundForm form, Model model, Locale locale) {
		FrameworkView framework = shown(form);
		model.addAttribute("framework", framework);
		model.addAttribute("frameworks", frameworks.all());
		if (!model.containsAttribute("followUps")) {
			model.addAttribute("followUps", List.of());
		}
		Map<String, String> titles = framework.sectionTitles();
		titles.put(Draft.FREE_SECTION, messages.getMessage("playground.wholeAnswer", null, locale));
		model.addAttribute("sectionTitles", titles);
		return VIEW;
	}

}
