package dev.storysmith.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

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
import dev.storysmith.question.QuestionCatalog;
import dev.storysmith.system.PageNotFoundException;
import dev.storysmith.system.UserTime;

/**
 * {@code /plan}: paste a posting, get a plan. A signed-in user's plan is saved and shown on its
 * own page (PRG); a visitor sees the plan at once, unsaved, and the form is kept in the session
 * so signing in brings the posting back to save it.
 */
@Controller
class PlanController {

	static final String FORM_VIEW = "plan/plans";

	static final String PLAN_VIEW = "plan/plan";

	/** The session attribute holding a visitor's form until they sign in. */
	static final String PENDING = "plan.pending";

	private final PlanService plans;

	private final QuestionCatalog catalog;

	private final UserTime userTime;

	private final Clock clock;

	PlanController(PlanService plans, QuestionCatalog catalog, UserTime userTime, Clock clock) {
		this.plans = plans;
		this.catalog = catalog;
		this.userTime = userTime;
		this.clock = clock;
	}

	@GetMapping("/plan")
	String form(@AuthenticationPrincipal AccountPrincipal me, HttpServletRequest request, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", pending(request).orElseGet(PlanForm::new));
		}
		return formPage(me, model);
	}

	@PostMapping("/plan")
	String make(@AuthenticationPrincipal AccountPrincipal me, @ModelAttribute("form") PlanForm form, BindingResult errors,
			HttpSession session, Model model, RedirectAttributes redirect) {
		LocalDate today = today();
		PlanRules.Checked checked = PlanRules.check(form.getPosting(), form.getInterviewDate(), form.getLevel(), today);
		if (!checked.ok()) {
			checked.problems()
				.forEach(p -> errors.rejectValue(p.field(), p.code(), p.args().toArray(), p.code()));
			return formPage(me, model);
		}
		if (me == null) {
			formPage(null, model);
			session.setAttribute(PENDING, form);
			model.addAttribute("plan", plans.compute(checked.input(), null, today));
			model.addAttribute("input", checked.input());
			model.addAttribute("planTitle", checked.input().title());
			return planPage(model);
		}
		Optional<Long> saved = plans.save(me.id(), checked.input(), today);
		if (saved.isEmpty()) {
			model.addAttribute("error", "plan.limit");
			return formPage(me, model);
		}
		session.removeAttribute(PENDING);
		redirect.addFlashAttribute("message", "plan.saved");
		return "redirect:/plan/" + saved.get();
	}

	/** Where "sign in to save" leads: signing in first, then back to the form with the posting. */
	@GetMapping("/plan/pending")
	String restore(HttpServletRequest request, RedirectAttributes redirect) {
		if (pending(request).isPresent()) {
			redirect.addFlashAttribute("message", "plan.pending.restored");
		}
		return "redirect:/plan";
	}

	@GetMapping("/plan/{id}")
	String show(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Model model) {
		ShownPlan shown = plans.show(me.id(), id, today()).orElseThrow(() -> new PageNotFoundException("plan " + id));
		model.addAttribute("saved", shown);
		model.addAttribute("plan", shown.plan());
		model.addAttribute("input", shown.input());
		model.addAttribute("planTitle", shown.title());
		return planPage(model);
	}

	@PostMapping("/plan/{id}/refresh")
	String refresh(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, RedirectAttributes redirect) {
		plans.refresh(me.id(), id, today()).orElseThrow(() -> new PageNotFoundException("plan " + id));
		redirect.addFlashAttribute("message", "plan.refreshed");
		return "redirect:/plan/" + id;
	}

	@PostMapping("/plan/{id}/delete")
	String delete(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, RedirectAttributes redirect) {
		if (!plans.delete(me.id(), id)) {
			throw new PageNotFoundException("plan " + id);
		}
		redirect.addFlashAttribute("message", "plan.deleted");
		return "redirect:/plan";
	}

	private String formPage(AccountPrincipal me, Model model) {
		LocalDate today = today();
		model.addAttribute("plans", me == null ? List.of() : plans.list(me.id()));
		model.addAttribute("levels", Level.ids());
		model.addAttribute("today", today);
		model.addAttribute("lastDate", today.plusDays(DayPlanner.MAX_DAYS_AHEAD));
		model.addAttribute("maxPosting", PlanInput.MAX_POSTING);
		return FORM_VIEW;
	}

	private String planPage(Model model) {
		PrepPlan plan = (PrepPlan) model.getAttribute("plan");
		Map<String, String> titles = new LinkedHashMap<>();
		plan.questions().forEach(q -> titles.put(q.id(), q.title()));
		model.addAttribute("questionTitles", titles);
		model.addAttribute("competencyNames", catalog.competencyNames());
		model.addAttribute("storyIds", plan.stories().stream().filter(StoryPick::hasStory).map(StoryPick::storyId).toList());
		return PLAN_VIEW;
	}

	private static Optional<PlanForm> pending(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return session != null && session.getAttribute(PENDING) instanceof PlanForm form ? Optional.of(form) : Optional.empty();
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(userTime.zone()));
	}

}
