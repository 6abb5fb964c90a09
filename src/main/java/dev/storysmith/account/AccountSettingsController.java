package dev.storysmith.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class AccountSettingsController {

	static final String PASSWORD_VIEW = "account/password";

	static final String DELETE_VIEW = "account/delete";

	private final AccountSettings settings;

	private final SessionSignIn signIn;

	AccountSettingsController(AccountSettings settings, SessionSignIn signIn) {
		this.settings = settings;
		this.signIn = signIn;
	}

	@GetMapping("/account/password")
	String passwordForm(Model model) {
		model.addAttribute("form", PasswordChangeForm.empty());
		return PASSWORD_VIEW;
	}

	@PostMapping("/account/password")
	String changePassword(@AuthenticationPrincipal AccountPrincipal me,
			@Valid @ModelAttribute("form") PasswordChangeForm form, BindingResult errors, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return PASSWORD_VIEW;
		}
		var refusal = settings.changePassword(me.id(), form, request.getSession().getId());
		if (refusal.isPresent()) {
			errors.rejectValue(refusal.get().field(), refusal.get().messageKey());
			return PASSWORD_VIEW;
		}
		// A fresh session id and this session's sign-in moved to the account's new epoch.
		signIn.signIn(me.getUsername(), request, response);
		redirect.addFlashAttribute("message",
				form.endsOtherSessions() ? "account.password.changedEverywhere" : "account.password.changed");
		return "redirect:/account";
	}

	@GetMapping("/account/delete")
	String deleteForm(Model model) {
		model.addAttribute("form", AccountDeletionForm.empty());
		return DELETE_VIEW;
	}

	@PostMapping("/account/delete")
	String delete(@AuthenticationPrincipal AccountPrincipal me, @Valid @ModelAttribute("form") AccountDeletionForm form,
			BindingResult errors, HttpServletRequest request, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return DELETE_VIEW;
		}
		var refusal = settings.delete(me.id(), form.password());
		if (refusal.isPresent()) {
			errors.rejectValue(refusal.get().field(), refusal.get().messageKey());
			return DELETE_VIEW;
		}
		request.getSession().invalidate();
		SecurityContextHolder.clearContext();
		redirect.addFlashAttribute("message", "account.deleted");
		return "redirect:/";
	}

}
