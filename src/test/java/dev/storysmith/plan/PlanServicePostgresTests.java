package dev.storysmith.plan;

import dev.storysmith.system.PostgresTest;

/** {@link PlanServiceTests} on PostgreSQL, in a database of its own: the V16 table, a 50,000-character posting. */
@PostgresTest
class PlanServicePostgresTests extends PlanServiceTests {

}
