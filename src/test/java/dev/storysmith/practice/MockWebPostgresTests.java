package dev.storysmith.practice;

import dev.storysmith.system.PostgresTest;

/** {@link MockWebTests} on PostgreSQL (the V17 tables, their limits, the row lock and the owner scope), in a database of its own. */
@PostgresTest
class MockWebPostgresTests extends MockWebTests {

}
