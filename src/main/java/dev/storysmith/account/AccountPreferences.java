package dev.storysmith.account;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's preferences. Low-anxiety mode hides every score across the app and keeps only
 * the advice, for people whom numbers stress more than they help.
 */
@Service
@Transactional
public class AccountPreferences {

	private final UserAccountRepository accounts;

	AccountPreferences(UserAccountRepository accounts) {
		this.accounts = accounts;
	}

	@Transactional(readOnly = true)
	public boolean lowAnxiety(long userId) {
		return accounts.findById(userId).map(UserAccount::isLowAnxiety).orElse(false);
	}

	public void setLowAnxiety(long userId, boolean on) {
		accounts.findById(userId).ifPresent(account -> account.setLowAnxiety(on));
	}

}
