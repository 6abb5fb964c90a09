package dev.storysmith.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.storysmith.system.PageNotFoundException;

@Controller
class AccountController {

	static final String LOGIN_VIEW = "account/login";

	static final String REGISTER_VIEW = "account/register";

	static final String ACCOUNT_VIEW = "account/account";

	private final Registration registration;

	private final PasswordPolicy passwords = new PasswordPolicy();

	private final AccessTokens tokens;

	private final AccountPreferences preferences;

	private final SessionSignIn signIn;

	AccountController(Registration registration, AccessTokens tokens, AccountPreferences preferences,
			SessionSignIn signIn) {
		this.registration = registration;
		this.tokens = tokens;
		this.preferences = preferences;
		this.signIn = signIn;
	}

	@GetMapping("/login")
	String login(HttpServletRequest request, HttpServletResponse response, Model model) {
		model.addAttribute("reason", signIn.reason(request, response));
		HttpSession session = request.getSession(false);
		if (request.getParameter("error") != null && session != null
				&& session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof AuthenticationException ex) {
			model.addAttribute("loginError", ex instanceof ThrottlingAuthenticationProvider.SignInLockedException
					? "login.error.locked" : "login.error.credentials");
		}
		return LOGIN_VIEW;
	}

	@GetMapping("/register")
	String registerForm(HttpServletRequest request, HttpServletResponse response, Model model) {
		model.addAttribute("reason", signIn.reason(request, response));
		model.addAttribute("form", RegistrationForm.empty());
		return REGISTER_VIEW;
	}

	@PostMapping("/register")
	String register(@Valid @ModelAttribute("form") RegistrationForm form, BindingResult errors,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		if (!errors.hasFieldErrors("password")) {
			passwords.weakness(form.username(), form.password())
				.ifPresent(key -> errors.rejectValue("password", key));
		}
		if (!errors.hasFieldErrors("password") && !form.password().equals(form.confirmPassword())) {
			errors.rejectValue("confirmPassword", "register.password.mismatch");
		}
		if (!errors.hasFieldErrors("username") && registration.isTaken(form.username())) {
			errors.rejectValue("username", "register.username.taken");
		}
		if (!errors.hasErrors()) {
			try {
				registration.register(form.username(), form.password());
				signIn.signIn(form.username(), request, response);
				redirect.addFlashAttribute("message", "register.done");
				return "redirect:" + signIn.returnUrl(request, response);
			}
			catch (Registration.UsernameTakenException ex) {
				errors.rejectValue("username", "register.username.taken");
			}
		}
		return REGISTER_VIEW;
	}

	@GetMapping("/account")
	String account(@AuthenticationPrincipal AccountPrincipal me, Model model) {
		model.addAttribute("tokens", tokens.list(me.id()));
		if (!model.containsAttribute("tokenForm")) {
			model.addAttribute("tokenForm", new TokenForm(""));
		}
		return ACCOUNT_VIEW;
	}

	@PostMapping("/account/preferences")
	String savePreferences(@AuthenticationPrincipal AccountPrincipal me,
			@org.springframework.web.bind.annotation.RequestParam(defaultValue = "false") boolean lowAnxiety,
			RedirectAttributes redirect) {
		preferences.setLowAnxiety(me.id(), lowAnxiety);
		redirect.addFlashAttribute("message", lowAnxiety ? "account.lowAnxiety.on" : "account.lowAnxiety.off");
		return "redirect:/account";
	}

	@PostMapping("/account/tokens")
	String createToken(@AuthenticationPrincipal AccountPrincipal me,
			@Valid @ModelAttribute("tokenForm") TokenForm form, BindingResult errors, RedirectAttributes redirect,
			Model model) {
		if (errors.hasErrors()) {
			return account(me, model);
		}
		try {
			redirect.addFlashAttribute("newToken", tokens.create(me.id(), form.name()));
			redirect.addFlashAttribute("newTokenName", form.name().strip());
		}
		catch (AccessTokens.TooManyTokensException ex) {
			redirect.addFlashAttribute("error", "account.token.tooMany");
		}
		return "redirect:/account";
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revokeToken(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			RedirectAttributes redirect) {
		if (!tokens.revoke(me.id(), id)) {
			throw new PageNotFoundException("token " + id);
		}
		redirect.addFlashAttribute("message", "account.token.revoked");
		return "redirect:/account";
	}

}
