package dev.storysmith.account;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts {@code lowAnxiety} in every page's model, so any template can hide scores for those who asked. */
@ControllerAdvice(annotations = Controller.class)
class PreferencesAdvice {

	private final AccountPreferences preferences;

	PreferencesAdvice(AccountPreferences preferences) {
		this.preferences = preferences;
	}

	@ModelAttribute("lowAnxiety")
	boolean lowAnxiety(@AuthenticationPrincipal AccountPrincipal me) {
		return me != null && preferences.lowAnxiety(me.id());
	}

}
