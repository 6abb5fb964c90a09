package dev.storysmith.practice;

import dev.storysmith.system.PostgresTest;

/** {@link RehearsalWebTests} on PostgreSQL (the V15 tables, their limits and the owner scope), in a database of its own. */
@PostgresTest
class RehearsalWebPostgresTests extends RehearsalWebTests {

}
