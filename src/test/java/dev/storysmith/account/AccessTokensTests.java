package dev.storysmith.account;

import java.time.Clock;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DataJpaTest
@Import({ AccessTokens.class, AccountUserDetailsService.class, AccessTokensTests.Beans.class })
class AccessTokensTests {

	@Autowired
	AccessTokens tokens;

	@Autowired
	UserAccountRepository accounts;

	@Autowired
	JdbcTemplate jdbc;

	private long alice;

	private long bob;

	@BeforeEach
	void users() {
		alice = accounts.save(new UserAccount("alice", "{noop}x", Instant.now())).getId();
		bob = accounts.save(new UserAccount("bob", "{noop}x", Instant.now())).getId();
	}

	@Test
	void signsInWithANewTokenAndStoresOnlyItsHash() {
		String token = tokens.create(alice, "laptop");

		assertThat(tokens.authenticate(token)).hasValueSatisfying(p -> assertThat(p.id()).isEqualTo(alice));
		assertThat(jdbc.queryForList("select token_hash from access_token", String.class))
			.containsExactly(AccessTokens.hash(token))
			.doesNotContain(token);
	}

	@Test
	void refusesUnknownMalformedAndRevokedTokens() {
		String token = tokens.create(alice, "laptop");
		long id = tokens.list(alice).get(0).id();

		assertThat(tokens.authenticate("ssk_not-a-real-token")).isEmpty();
		assertThat(tokens.authenticate("")).isEmpty();
		assertThat(tokens.authenticate("x".repeat(5000))).isEmpty();

		assertThat(tokens.revoke(alice, id)).isTrue();
		assertThat(tokens.authenticate(token)).isEmpty();
	}

	@Test
	void oneUserCannotListOrRevokeAnothersTokens() {
		String token = tokens.create(alice, "alice's script");
		long aliceTokenId = tokens.list(alice).get(0).id();

		assertThat(tokens.list(bob)).isEmpty();
		assertThat(tokens.revoke(bob, aliceTokenId)).isFalse();
		assertThat(tokens.authenticate(token)).isPresent();
	}

	@Test
	void capsTheNumberOfTokensPerUser() {
		for (int i = 0; i < AccessTokens.MAX_PER_USER; i++) {
			tokens.create(alice, "t" + i);
		}

		assertThatThrownBy(() -> tokens.create(alice, "one too many"))
			.isInstanceOf(AccessTokens.TooManyTokensException.class);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Beans {

		@Bean
		Clock clock() {
			return Clock.systemUTC();
		}

		@Bean
		AccountProperties accountProperties() {
			return new AccountProperties(java.util.List.of());
		}

	}

}
