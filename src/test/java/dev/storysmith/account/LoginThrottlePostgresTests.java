package dev.storysmith.account;

import dev.storysmith.system.PostgresTest;

/** {@link LoginThrottleTests} on PostgreSQL, in a database of its own. */
@PostgresTest
class LoginThrottlePostgresTests extends LoginThrottleTests {

}
