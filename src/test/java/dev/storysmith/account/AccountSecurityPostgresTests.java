package dev.storysmith.account;

import org.springframework.test.context.TestPropertySource;

import dev.storysmith.system.PostgresTest;

/**
 * {@link AccountSecurityTests} on PostgreSQL, in a database of its own: the lockout counter
 * and tokens in a real PostgreSQL. Those tests follow the session through MockMvc's
 * {@code MockHttpSession}, which Spring Session's cookie-based repository does not read, so
 * this class keeps container sessions; {@code ScaleOutPostgresTests} covers JDBC sessions.
 */
@PostgresTest
@TestPropertySource(properties = "spring.autoconfigure.exclude="
		+ "org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration")
class AccountSecurityPostgresTests extends AccountSecurityTests {

}
