package dev.storysmith.account;

import java.time.Clock;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens accounts: a free username and a hashed password. */
@Service
class Registration {

	private final UserAccountRepository accounts;

	private final PasswordEncoder encoder;

	private final Clock clock;

	Registration(UserAccountRepository accounts, PasswordEncoder encoder, Clock clock) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.clock = clock;
	}

	boolean isTaken(String username) {
		return accounts.existsByUsername(AccountUserDetailsService.normalize(username));
	}

	/** @throws UsernameTakenException when the name is taken, also when a parallel request took it first */
	@Transactional
	void register(String username, String password) {
		String normalized = AccountUserDetailsService.normalize(username);
		if (accounts.existsByUsername(normalized)) {
			throw new UsernameTakenException();
		}
		try {
			accounts.saveAndFlush(new UserAccount(normalized, encoder.encode(password), clock.instant()));
		}
		catch (DataIntegrityViolationException ex) {
			throw new UsernameTakenException();
		}
	}

	static final class UsernameTakenException extends RuntimeException {

		UsernameTakenException() {
			super("username taken");
		}

	}

}
