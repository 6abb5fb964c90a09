package dev.storysmith.story;

import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.storysmith.account.AccountPrincipal;
import dev.storysmith.question.QuestionCatalog;
import dev.storysmith.system.PageNotFoundException;

/**
 * {@code /stories/match}: "Which of my stories fits?" as a page, for a text pasted into the box
 * on {@code /stories} or for a bank question (the link on every question page). A GET form, so
 * results can be bookmarked and work without JavaScript; refused text stays in the box.
 */
@Controller
class StoryMatchController {

	static final String VIEW = "story/match";

	private final StoryFinder finder;

	private final QuestionCatalog questions;

	private final MessageSource messages;

	StoryMatchController(StoryFinder finder, QuestionCatalog questions, MessageSource messages) {
		this.finder = finder;
		this.questions = questions;
		this.messages = messages;
	}

	@GetMapping("/stories/match")
	String match(@AuthenticationPrincipal AccountPrincipal me, @RequestParam Optional<String> q,
			@RequestParam Optional<String> question, Model model, Locale locale) {
		MatchRequest request = new MatchRequest(q.orElse(null), question.orElse(null));
		model.addAttribute("q", request.q());
		if (request.isQuestion()) {
			model.addAttribute("question", questions.find(request.question())
				.orElseThrow(() -> new PageNotFoundException("question " + request.question())));
		}
		if (request.isAbsent()) {
			return VIEW;
		}
		Optional<StoryProblem> problem = request.problem();
		if (problem.isPresent()) {
			model.addAttribute("error", StoryErrors.message(problem.get(), messages, locale));
			return VIEW;
		}
		model.addAttribute("matches", finder.find(me.id(), request, StoryMatchApiController.LIMIT).orElseThrow());
		return VIEW;
	}

}
