package dev.storysmith.account;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import dev.storysmith.system.ApiRequests;

/**
 * Puts {@code lowAnxiety} in every page's model, so any template can hide scores for those who
 * asked. JSON API calls render no template, so they skip the database lookup.
 */
@ControllerAdvice(annotations = Controller.class)
class PreferencesAdvice {

	private final AccountPreferences preferences;

	PreferencesAdvice(AccountPreferences preferences) {
		this.preferences = preferences;
	}

	@ModelAttribute("lowAnxiety")
	boolean lowAnxiety(@AuthenticationPrincipal AccountPrincipal me, HttpServletRequest request) {
		return me != null && !ApiRequests.isApi(request) && preferences.lowAnxiety(me.id());
	}

}
