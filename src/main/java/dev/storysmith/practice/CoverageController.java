package dev.storysmith.practice;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import dev.storysmith.account.AccountPrincipal;

/** {@code /coverage}: which competencies the story bank can answer, and the gaps. */
@Controller
class CoverageController {

	static final String VIEW = "practice/coverage";

	private final CoverageService coverage;

	CoverageController(CoverageService coverage) {
		this.coverage = coverage;
	}

	@GetMapping("/coverage")
	String coverage(@AuthenticationPrincipal AccountPrincipal me, Model model) {
		CoverageService.Coverage mine = coverage.of(me.id());
		model.addAttribute("stories", mine.stories());
		model.addAttribute("rows", mine.rows());
		model.addAttribute("gaps", mine.gaps());
		model.addAttribute("targetMin", CoverageService.TARGET_MIN);
		model.addAttribute("targetMax", CoverageService.TARGET_MAX);
		model.addAttribute("strong", CoverageService.STRONG);
		return VIEW;
	}

}
