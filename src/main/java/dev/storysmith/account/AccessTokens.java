package dev.storysmith.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.storysmith.system.Sha256;

/**
 * Personal access tokens for the JSON API. A token is 32 random bytes shown once; only its
 * SHA-256 is stored, so checking one is a hash and an index lookup (microseconds), not a
 * password hash (tens of milliseconds), and a database leak reveals no usable token.
 */
@Service
@Transactional
public class AccessTokens {

	static final String PREFIX = "ssk_";

	static final int MAX_PER_USER = 20;

	private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

	private final AccessTokenRepository tokens;

	private final UserAccountRepository accounts;

	private final AccountUserDetailsService users;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	AccessTokens(AccessTokenRepository tokens, UserAccountRepository accounts, AccountUserDetailsService users,
			Clock clock) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.users = users;
		this.clock = clock;
	}

	/** A new token for the owner; the returned secret is the only copy there will ever be. */
	public String create(long ownerId, String name) {
		if (tokens.countByOwnerId(ownerId) >= MAX_PER_USER) {
			throw new TooManyTokensException();
		}
		byte[] secret = new byte[32];
		random.nextBytes(secret);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		tokens.save(new AccessToken(ownerId, name.strip(), hash(token), clock.instant()));
		return token;
	}

	@Transactional(readOnly = true)
	public List<TokenView> list(long ownerId) {
		return tokens.findByOwnerIdOrderByCreatedAtDesc(ownerId).stream().map(AccessToken::toView).toList();
	}

	/** @return false when the owner has no such token (someone else's answers the same as none) */
	public boolean revoke(long ownerId, long tokenId) {
		Optional<AccessToken> token = tokens.findByIdAndOwnerId(tokenId, ownerId);
		token.ifPresent(tokens::delete);
		return token.isPresent();
	}

	/** The user a presented token belongs to, if it is one of ours and not revoked. */
	Optional<AccountPrincipal> authenticate(String presented) {
		if (presented == null || !presented.startsWith(PREFIX) || presented.length() > 100) {
			return Optional.empty();
		}
		return tokens.findByTokenHash(hash(presented)).flatMap(token -> {
			token.markUsed(clock.instant(), LAST_USED_RESOLUTION);
			return accounts.findById(token.getOwnerId()).map(users::principalOf);
		});
	}

	static String hash(String token) {
		return Sha256.hex(token);
	}

	/** The owner already has as many tokens as one account may hold. */
	public static final class TooManyTokensException extends RuntimeException {

		TooManyTokensException() {
			super("An account can hold at most " + MAX_PER_USER + " tokens; revoke one first.");
		}

	}

}
