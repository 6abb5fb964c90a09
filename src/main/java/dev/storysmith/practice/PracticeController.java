package dev.storysmith.practice;

import java.util.Locale;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.storysmith.account.AccountPrincipal;
import dev.storysmith.framework.FrameworkView;
import dev.storysmith.question.QuestionCatalog;
import dev.storysmith.question.QuestionDetail;
import dev.storysmith.story.StoryExceptions;
import dev.storysmith.system.MarkdownRenderer;
import dev.storysmith.system.PageNotFoundException;

/** {@code /practice}: start a timed round, hand in the answer, then keep it as a story if wanted. */
@Controller
class PracticeController {

	static final String START_VIEW = "practice/start";

	static final String ROUND_VIEW = "practice/round";

	static final String RESULT_VIEW = "practice/result";

	private final PracticeService practice;

	private final QuestionCatalog questions;

	private final RoundFraming framing;

	private final MarkdownRenderer markdown;

	private final MessageSource messages;

	PracticeController(PracticeService practice, QuestionCatalog questions, RoundFraming framing,
			MarkdownRenderer markdown, MessageSource messages) {
		this.practice = practice;
		this.questions = questions;
		this.framing = framing;
		this.markdown = markdown;
		this.messages = messages;
	}

	@GetMapping("/practice")
	String start(@AuthenticationPrincipal AccountPrincipal me, Model model) {
		model.addAttribute("competencies", questions.competencies());
		model.addAttribute("recent", practice.recent(me.id()));
		model.addAttribute("titles", practice.questionTitles(practice.recent(me.id())));
		model.addAttribute("streak", practice.streak(me.id()));
		model.addAttribute("defaultMinutes", PracticeService.DEFAULT_SECONDS / 60);
		return START_VIEW;
	}

	@PostMapping("/practice")
	String begin(@AuthenticationPrincipal AccountPrincipal me, @Valid @ModelAttribute PracticeForms.Start form,
			BindingResult errors, RedirectAttributes redirect) {
		Optional<Long> round = errors.hasErrors() ? Optional.empty()
				: practice.start(me.id(), form.chosen(), form.getMinutes() * 60);
		if (round.isEmpty()) {
			redirect.addFlashAttribute("error", "practice.noQuestion");
			return "redirect:/practice";
		}
		return "redirect:/practice/" + round.get();
	}

	@GetMapping("/practice/{id}")
	String round(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Model model) {
		PracticeService.PracticeRound round = practice.find(me.id(), id).orElseThrow(() -> new PracticeNotFound(id));
		QuestionDetail question = questions.find(round.questionId())
			.orElseThrow(() -> new PageNotFoundException("question " + round.questionId()));
		FrameworkView framework = framing.framework(round.framework())
			.orElseThrow(() -> new PageNotFoundException("framework " + round.framework()));
		model.addAttribute("round", round);
		model.addAttribute("question", question);
		model.addAttribute("promptHtml", markdown.toHtml(question.prompt()));
		model.addAttribute("framework", framework);
		model.addAttribute("sectionTitles", framework.sectionTitles());
		if (round.finished()) {
			practice.scorecard(me.id(), id).ifPresent(scored -> {
				model.addAttribute("scorecard", scored.scorecard());
				model.addAttribute("followUps", scored.followUps());
			});
			model.addAttribute("targets", practice.targets(me.id(), round));
			return RESULT_VIEW;
		}
		model.addAttribute("boxes", framing.boxes(framework, round.timeLimitSeconds()));
		model.addAttribute("alternatives", framing.alternatives(question, framework.id()));
		return ROUND_VIEW;
	}

	@PostMapping("/practice/{id}")
	String finish(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@Valid @ModelAttribute PracticeForms.Answer answer, BindingResult errors, Model model, Locale locale) {
		if (errors.hasErrors()) {
			// Keep every word typed against the clock on screen, with what stopped the hand-in.
			model.addAttribute("problems",
					PracticeForms.problems(errors, messages, locale));
			model.addAttribute("typed", answer.getSections());
			return round(me, id, model);
		}
		practice.finish(me.id(), id, answer.getSections());
		return "redirect:/practice/" + id;
	}

	@PostMapping("/practice/{id}/story")
	String keep(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@Valid @ModelAttribute PracticeForms.Save form, BindingResult errors, RedirectAttributes redirect,
			Locale locale) {
		if (errors.hasErrors()) {
			redirect.addFlashAttribute("error", "practice.target.invalid");
			return "redirect:/practice/" + id;
		}
		try {
			long story = form.asNewStory() ? practice.saveAsNewStory(me.id(), id)
					: practice.addToStory(me.id(), id, form.storyId());
			redirect.addFlashAttribute("message", form.asNewStory() ? "practice.saved.new" : "practice.saved.existing");
			return "redirect:/stories/" + story;
		}
		catch (StoryExceptions.Invalid ex) {
			redirect.addFlashAttribute("problems", ex.problems()
				.stream()
				.map(p -> messages.getMessage(p.code(), p.arguments().toArray(), p.code(), locale))
				.toList());
			return "redirect:/practice/" + id;
		}
	}

}
