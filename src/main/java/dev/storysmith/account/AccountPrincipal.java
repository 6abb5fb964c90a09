package dev.storysmith.account;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as every module sees it. Per-user data is owned by {@link #id()}: a
 * controller takes {@code @AuthenticationPrincipal AccountPrincipal me} and passes
 * {@code me.id()} to repository methods that filter by owner.
 */
public final class AccountPrincipal implements UserDetails, CredentialsContainer {

	private final long id;

	private final String username;

	private String passwordHash;

	private final List<GrantedAuthority> authorities;

	private final int sessionEpoch;

	AccountPrincipal(long id, String username, String passwordHash, List<GrantedAuthority> authorities,
			int sessionEpoch) {
		this.id = id;
		this.username = username;
		this.passwordHash = passwordHash;
		this.authorities = List.copyOf(authorities);
		this.sessionEpoch = sessionEpoch;
	}

	public long id() {
		return id;
	}

	/** The account's session epoch when this sign-in was made; a higher epoch in the database ends it. */
	int sessionEpoch() {
		return sessionEpoch;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return authorities;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof AccountPrincipal that && that.id == id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(id);
	}

	@Override
	public String toString() {
		return "AccountPrincipal[" + username + "]";
	}

}
