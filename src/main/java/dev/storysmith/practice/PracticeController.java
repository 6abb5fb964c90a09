package dev.storysmith.practice;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.storysmith.account.AccountPrincipal;
import dev.storysmith.framework.FrameworkView;
import dev.storysmith.question.QuestionCatalog;
import dev.storysmith.question.QuestionDetail;
import dev.storysmith.story.StoryExceptions;
import dev.storysmith.story.StoryService;
import dev.storysmith.story.StoryView;
import dev.storysmith.system.MarkdownRenderer;
import dev.storysmith.system.PageNotFoundException;

@Controller
class PracticeController {

	static final String START_VIEW = "practice/start";

	static final String ROUND_VIEW = "practice/round";

	static final String RESULT_VIEW = "practice/result";

	private final PracticeService practice;

	private final QuestionCatalog questions;

	private final StoryService stories;

	private final MarkdownRenderer markdown;

	private final MessageSource messages;

	private final RoundFraming framing;

	PracticeController(PracticeService practice, QuestionCatalog questions, RoundFraming framing,
			StoryService stories, MarkdownRenderer markdown, MessageSource messages) {
		this.messages = messages;
		this.framing = framing;
		this.practice = practice;
		this.questions = questions;
		this.stories = stories;
		this.markdown = markdown;
	}

	@GetMapping("/practice")
	String start(@AuthenticationPrincipal AccountPrincipal me, Model model) {
		model.addAttribute("competencies", questions.competencies());
		List<PracticeService.PracticeRound> recent = practice.recent(me.id());
		model.addAttribute("recent", recent);
		model.addAttribute("titles", titles(recent.stream().map(PracticeService.PracticeRound::questionId).toList()));
		model.addAttribute("streak", practice.streak(me.id()));
		model.addAttribute("defaultMinutes", PracticeService.DEFAULT_SECONDS / 60);
		return START_VIEW;
	}

	@PostMapping("/practice")
	String begin(@AuthenticationPrincipal AccountPrincipal me,
			@RequestParam(defaultValue = "") Set<String> competencies,
			@RequestParam(defaultValue = "3") int minutes, @RequestParam(defaultValue = "pick") String mode,
			RedirectAttributes redirect) {
		Set<String> chosen = mode.equals("surprise") ? Set.of() : competencies;
		Optional<Long> round = practice.start(me.id(), chosen, minutes * 60);
		if (round.isEmpty()) {
			redirect.addFlashAttribute("error", "practice.noQuestion");
			return "redirect:/practice";
		}
		return "redirect:/practice/" + round.get();
	}

	@GetMapping("/practice/{id}")
	String round(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Model model) {
		PracticeService.PracticeRound round = practice.find(me.id(), id)
			.orElseThrow(() -> new PageNotFoundException("practice " + id));
		QuestionDetail question = questions.find(round.questionId())
			.orElseThrow(() -> new PageNotFoundException("question " + round.questionId()));
		FrameworkView framework = framing.framework(round.framework())
			.orElseThrow(() -> new PageNotFoundException("framework " + round.framework()));
		model.addAttribute("round", round);
		model.addAttribute("question", question);
		model.addAttribute("promptHtml", markdown.toHtml(question.prompt()));
		model.addAttribute("framework", framework);
		if (round.finished()) {
			StoryView story = stories.find(me.id(), round.storyId()).orElse(null);
			model.addAttribute("story", story);
			if (story != null) {
				model.addAttribute("scorecard", stories.score(story.content()));
			}
			model.addAttribute("sectionTitles", framework.sectionTitles());
			return RESULT_VIEW;
		}
		model.addAttribute("boxes", framing.boxes(framework, round.timeLimitSeconds()));
		model.addAttribute("alternatives", framing.alternatives(question, framework.id()));
		model.addAttribute("targets", stories.list(me.id())
			.stream()
			.filter(s -> s.framework().equals(framework.id()) && s.questionIds().contains(question.id()))
			.toList());
		return ROUND_VIEW;
	}

	@PostMapping("/practice/{id}")
	String finish(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestParam Map<String, String> params, @RequestParam(defaultValue = "new") String target, Model model,
			Locale locale) {
		practice.find(me.id(), id).orElseThrow(() -> new PageNotFoundException("practice " + id));
		Map<String, String> sections = new LinkedHashMap<>();
		params.forEach((name, value) -> {
			if (name.startsWith("sections[") && name.endsWith("]")) {
				sections.put(name.substring(9, name.length() - 1), value);
			}
		});
		Long story = target.equals("new") ? null : parse(target);
		try {
			practice.finish(me.id(), id, sections, story);
		}
		catch (StoryExceptions.Invalid ex) {
			// Keep every word typed against the clock on screen, with what stopped the save.
			model.addAttribute("problems", ex.problems()
				.stream()
				.map(p -> messages.getMessage(p.code(), p.arguments().toArray(), p.code(), locale))
				.toList());
			model.addAttribute("typed", sections);
			return round(me, id, model);
		}
		return "redirect:/practice/" + id;
	}

	private Map<String, String> titles(List<String> questionIds) {
		Map<String, String> titles = new LinkedHashMap<>();
		questionIds.forEach(q -> titles.computeIfAbsent(q, k -> questions.find(k).map(QuestionDetail::title).orElse(k)));
		return titles;
	}

	private static Long parse(String target) {
		try {
			return Long.parseLong(target);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
