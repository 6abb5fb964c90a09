package dev.storysmith.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountUserDetailsService implements UserDetailsService {

	private final UserAccountRepository accounts;

	private final AccountProperties properties;

	AccountUserDetailsService(UserAccountRepository accounts, AccountProperties properties) {
		this.accounts = accounts;
		this.properties = properties;
	}

	@Override
	@Transactional(readOnly = true)
	public AccountPrincipal loadUserByUsername(String username) {
		UserAccount account = accounts.findByUsername(normalize(username))
			.orElseThrow(() -> new UsernameNotFoundException("no such user"));
		return principalOf(account);
	}

	AccountPrincipal principalOf(UserAccount account) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority("ROLE_USER"));
		if (properties.admins().stream().anyMatch(a -> normalize(a).equals(account.getUsername()))) {
			authorities.add(new SimpleGrantedAuthority("ROLE_ADMIN"));
		}
		return new AccountPrincipal(account.getId(), account.getUsername(), account.getPasswordHash(), authorities,
				account.getSessionEpoch());
	}

	/** Usernames are case-insensitive: "Alice" and "alice" are one account. */
	static String normalize(String username) {
		return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
	}

}
