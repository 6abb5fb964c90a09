package dev.storysmith.practice;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import dev.storysmith.account.AccountPrincipal;

/** {@code /progress}: stories and practice over time, per story, per criterion, the streak, and the pace and pauses of spoken rehearsals. */
@Controller
class ProgressController {

	static final String VIEW = "practice/progress";

	private final ProgressService progress;

	private final PracticeService practice;

	private final RehearsalService rehearsals;

	private final MessageSource messages;

	ProgressController(ProgressService progress, PracticeService practice, RehearsalService rehearsals,
			MessageSource messages) {
		this.progress = progress;
		this.practice = practice;
		this.rehearsals = rehearsals;
		this.messages = messages;
	}

	@GetMapping("/progress")
	String progress(@AuthenticationPrincipal AccountPrincipal me, Model model, Locale locale) {
		ProgressService.Progress mine = progress.of(me.id(), messages.getMessage("progress.series.stories", null, locale),
				messages.getMessage("progress.series.practice", null, locale),
				messages.getMessage("mock.progress.series", null, locale));
		model.addAttribute("progress", mine);
		model.addAttribute("stories", mine.stories());
		model.addAttribute("overall", mine.overall());
		model.addAttribute("trends", mine.trends());
		model.addAttribute("averages", mine.averages());
		model.addAttribute("holdingBack", mine.holdingBack());
		model.addAttribute("streak", practice.streak(me.id()));
		model.addAttribute("rehearsals", rehearsals.history(me.id()));
		return VIEW;
	}

}
