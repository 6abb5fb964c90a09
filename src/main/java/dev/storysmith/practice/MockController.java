package dev.storysmith.practice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.storysmith.account.AccountPrincipal;
import dev.storysmith.framework.FrameworkCatalog;
import dev.storysmith.framework.FrameworkView;
import dev.storysmith.plan.PlanChoice;
import dev.storysmith.plan.PlanQueries;
import dev.storysmith.question.QuestionCatalog;
import dev.storysmith.story.StoryExceptions;
import dev.storysmith.system.MarkdownRenderer;

/**
 * {@code /mock}: start a mock interview, answer its questions one a page with no scores shown,
 * then read the summary and keep any answer as a story.
 */
@Controller
class MockController {

	static final String START_VIEW = "practice/mock-start";

	static final String QUESTION_VIEW = "practice/mock-question";

	static final String SUMMARY_VIEW = "practice/mock-summary";

	private final MockService mocks;

	private final QuestionCatalog questions;

	private final FrameworkCatalog frameworks;

	private final PlanQueries plans;

	private final MarkdownRenderer markdown;

	private final MessageSource messages;

	MockController(MockService mocks, QuestionCatalog questions, FrameworkCatalog frameworks, PlanQueries plans,
			MarkdownRenderer markdown, MessageSource messages) {
		this.mocks = mocks;
		this.plans = plans;
		this.questions = questions;
		this.frameworks = frameworks;
		this.markdown = markdown;
		this.messages = messages;
	}

	/** The start page; {@code ?plan=} preselects one of the user's saved plans (another user's is not offered). */
	@GetMapping("/mock")
	String start(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(name = "plan", required = false) String plan,
			Model model) {
		if (!model.containsAttribute("mock")) {
			MockForms.Start form = new MockForms.Start();
			if (plan != null && plan.matches("[0-9]{1,18}")) {
				form.setPlan(plan);
			}
			model.addAttribute("mock", form);
		}
		model.addAttribute("plans", plans.plansOf(me.id()));
		model.addAttribute("competencies", questions.competencies());
		model.addAttribute("frameworks", frameworks.all());
		model.addAttribute("counts", List.of(4, 5, 6));
		model.addAttribute("mocks", mocks.list(me.id()));
		return START_VIEW;
	}

	@PostMapping("/mock")
	String begin(@AuthenticationPrincipal AccountPrincipal me, @Valid @ModelAttribute("mock") MockForms.Start form,
			BindingResult errors, Model model, Locale locale) {
		if (errors.hasErrors()) {
			return refused(me, model, PracticeForms.problems(errors, messages, locale));
		}
		if ("pick".equals(form.getMode()) && form.getCompetencies().isEmpty()) {
			return refused(me, model, List.of(messages.getMessage("mock.competency.none", null, locale)));
		}
		Optional<PlanChoice> plan = form.fromPlan() && form.planId() != null ? plans.find(me.id(), form.planId())
				: Optional.empty();
		if (form.fromPlan() && plan.isEmpty()) {
			return refused(me, model, List.of(messages.getMessage("mock.plan.unknown", null, locale)));
		}
		try {
			long id = mocks.start(me.id(), new MockService.Choice(form.chosen(),
					plan.map(PlanChoice::questionIds).orElse(List.of()), plan.map(PlanChoice::id).orElse(null),
					form.questionCount(), form.getFormat()));
			return "redirect:/mock/" + id;
		}
		catch (MockInvalid ex) {
			return refused(me, model, List.of(messages.getMessage(ex.code(), null, locale)));
		}
	}

	/** The start page again with the user's choices kept and what stopped the start. */
	private String refused(AccountPrincipal me, Model model, List<String> problems) {
		model.addAttribute("problems", problems);
		return start(me, null, model);
	}

	/** A finished mock's summary; an open one goes on at the question to answer now. */
	@GetMapping("/mock/{id}")
	String mock(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Model model, Locale locale) {
		Optional<MockService.Summary> summary = mocks.summary(me.id(), id);
		if (summary.isEmpty()) {
			MockService.MockView mock = mocks.find(me.id(), id).orElseThrow(() -> new MockNotFound(id));
			return "redirect:/mock/" + id + "/questions/" + mock.current().orElseThrow().number();
		}
		String freeLabel = messages.getMessage("mock.answer.free", null, locale);
		model.addAttribute("summary", summary.get());
		model.addAttribute("titles", summary.get().answers().stream().map(a -> titles(a, freeLabel)).toList());
		model.addAttribute("prompts", summary.get().answers().stream().map(a -> markdown.toHtml(a.prompt())).toList());
		return SUMMARY_VIEW;
	}

	/** Section titles for the scorecard's evidence, free text under its own label. */
	private static Map<String, String> titles(MockService.ScoredAnswer answer, String freeLabel) {
		Map<String, String> titles = new LinkedHashMap<>();
		titles.put(MockService.FREE_SECTION, freeLabel);
		titles.putAll(answer.sectionTitles());
		return titles;
	}

	@GetMapping("/mock/{id}/questions/{number}")
	String question(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, @PathVariable int number,
			Model model) {
		Optional<MockService.AnswerView> answer = mocks.serve(me.id(), id, number);
		if (answer.isEmpty()) {
			return "redirect:/mock/" + id;
		}
		MockService.MockView mock = mocks.find(me.id(), id).orElseThrow(() -> new MockNotFound(id));
		FrameworkView framework = frameworks.find(answer.get().framework()).orElseThrow(() -> new MockNotFound(id));
		model.addAttribute("mock", mock);
		model.addAttribute("answer", answer.get());
		model.addAttribute("promptHtml",
				questions.find(answer.get().questionId()).map(q -> markdown.toHtml(q.prompt())).orElse(""));
		model.addAttribute("framework", framework);
		model.addAttribute("boxes", mock.freeText() ? List.of() : RoundShape.boxes(framework, MockService.TARGET_MAX_SECONDS));
		model.addAttribute("targetSeconds", MockService.TARGET_MAX_SECONDS);
		return QUESTION_VIEW;
	}

	@PostMapping("/mock/{id}/questions/{number}")
	String answer(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, @PathVariable int number,
			@Valid @ModelAttribute("answerForm") MockForms.Answer form, BindingResult errors, Model model,
			RedirectAttributes redirect, Locale locale) {
		List<String> problems = PracticeForms.problems(errors, messages, locale);
		if (problems.isEmpty()) {
			try {
				if (!mocks.answer(me.id(), id, number, form.getSections())) {
					redirect.addFlashAttribute("message", "mock.alreadyAnswered");
				}
				return "redirect:/mock/" + id;
			}
			catch (MockInvalid ex) {
				problems = List.of(messages.getMessage(ex.code(), null, locale));
			}
		}
		// Keep every word typed on screen, with what stopped the hand-in.
		model.addAttribute("problems", problems);
		model.addAttribute("typed", form.getSections());
		return question(me, id, number, model);
	}

	@PostMapping("/mock/{id}/answers/{number}/story")
	String keep(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, @PathVariable int number,
			@Valid @ModelAttribute PracticeForms.Save form, BindingResult errors, RedirectAttributes redirect,
			Locale locale) {
		String back = "redirect:/mock/" + id + "#answer-" + number;
		if (errors.hasErrors()) {
			redirect.addFlashAttribute("error", "mock.save.target");
			return back;
		}
		try {
			if (form.asNewStory()) {
				mocks.saveAsNewStory(me.id(), id, number);
				redirect.addFlashAttribute("message", "mock.saved.new");
			}
			else {
				mocks.addToStory(me.id(), id, number, form.storyId());
				redirect.addFlashAttribute("message", "mock.saved.existing");
			}
		}
		catch (MockInvalid ex) {
			redirect.addFlashAttribute("error", ex.code());
		}
		catch (StoryExceptions.Invalid ex) {
			redirect.addFlashAttribute("problems", ex.problems()
				.stream()
				.map(p -> messages.getMessage(p.code(), p.arguments().toArray(), p.code(), locale))
				.toList());
		}
		return back;
	}

}
