package dev.storysmith.account;

import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changing the password and deleting the account. Both ask for the current password, and a
 * wrong one counts against the same lock as a failed sign-in, so neither is a side door for
 * guessing.
 */
@Service
@Transactional
class AccountSettings {

	private final UserAccountRepository accounts;

	private final AccessTokenRepository tokens;

	private final LoginThrottle throttle;

	private final PasswordEncoder encoder;

	private final ApplicationEventPublisher events;

	private final ObjectProvider<FindByIndexNameSessionRepository<?>> sharedSessions;

	private final PasswordPolicy policy = new PasswordPolicy();

	AccountSettings(UserAccountRepository accounts, AccessTokenRepository tokens, LoginThrottle throttle,
			PasswordEncoder encoder, ApplicationEventPublisher events,
			ObjectProvider<FindByIndexNameSessionRepository<?>> sharedSessions) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.throttle = throttle;
		this.encoder = encoder;
		this.events = events;
		this.sharedSessions = sharedSessions;
	}

	/**
	 * Sets a new password under the registration policy. Other sessions and tokens keep
	 * working unless the form asks to sign out everywhere; then they all end, except the
	 * session making the change ({@code currentSessionId}).
	 * @return why the change was refused, or empty when it was made
	 */
	Optional<Refusal> changePassword(long accountId, PasswordChangeForm form, String currentSessionId) {
		UserAccount account = accounts.findById(accountId).orElseThrow();
		Optional<Refusal> wrong = checkPassword(account, form.currentPassword(), "currentPassword");
		if (wrong.isPresent()) {
			return wrong;
		}
		Optional<Refusal> weak = policy.weakness(account.getUsername(), form.newPassword())
			.map(key -> new Refusal("newPassword", key));
		if (weak.isPresent()) {
			return weak;
		}
		if (!form.newPassword().equals(form.confirmPassword())) {
			return Optional.of(new Refusal("confirmPassword", "register.password.mismatch"));
		}
		account.changePassword(encoder.encode(form.newPassword()));
		if (form.endsOtherSessions()) {
			account.endAllSessions();
			tokens.deleteByOwnerId(accountId);
			endSharedSessions(account.getUsername(), currentSessionId);
		}
		return Optional.empty();
	}

	/**
	 * Deletes the account and everything in it: other modules delete their data on
	 * {@link AccountDeleted}, then the tokens, the sign-in counter, the shared sessions and
	 * the account itself go.
	 * @return why the deletion was refused, or empty when it was done
	 */
	Optional<Refusal> delete(long accountId, String password) {
		UserAccount account = accounts.findById(accountId).orElseThrow();
		Optional<Refusal> wrong = checkPassword(account, password, "password");
		if (wrong.isPresent()) {
			return wrong;
		}
		events.publishEvent(new AccountDeleted(accountId));
		tokens.deleteByOwnerId(accountId);
		throttle.recordSuccess(account.getUsername());
		endSharedSessions(account.getUsername(), null);
		accounts.delete(account);
		accounts.flush();
		return Optional.empty();
	}

	private Optional<Refusal> checkPassword(UserAccount account, String password, String field) {
		String username = account.getUsername();
		if (throttle.lockedUntil(username).isPresent()) {
			return Optional.of(new Refusal(field, "login.error.locked"));
		}
		if (!encoder.matches(password, account.getPasswordHash())) {
			throttle.recordFailure(username);
			return Optional.of(new Refusal(field,
					throttle.lockedUntil(username).isPresent() ? "login.error.locked" : "account.password.wrong"));
		}
		throttle.recordSuccess(username);
		return Optional.empty();
	}

	/** Sessions kept in the database (the postgres profile); in-memory ones end through their epoch. */
	private void endSharedSessions(String username, String keep) {
		sharedSessions.ifAvailable(repository -> repository.findByPrincipalName(username)
			.keySet()
			.stream()
			.filter(id -> !id.equals(keep))
			.forEach(repository::deleteById));
	}

	/** A refused change: the form field to mark and the message key saying why. */
	record Refusal(String field, String messageKey) {
	}

}
