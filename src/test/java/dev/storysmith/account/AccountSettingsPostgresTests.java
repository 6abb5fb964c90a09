package dev.storysmith.account;

import org.springframework.test.context.TestPropertySource;

import dev.storysmith.system.PostgresTest;

/**
 * {@link AccountSettingsTests} on PostgreSQL: password changes and account deletion with every
 * row checked in a real database. Keeps container sessions for MockMvc, like
 * {@link AccountSecurityPostgresTests}.
 */
@PostgresTest
@TestPropertySource(properties = "spring.autoconfigure.exclude="
		+ "org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration")
class AccountSettingsPostgresTests extends AccountSettingsTests {

}
