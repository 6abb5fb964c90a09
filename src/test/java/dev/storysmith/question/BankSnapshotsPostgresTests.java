package dev.storysmith.question;

import dev.storysmith.system.PostgresTest;

/** {@link BankSnapshotsTests} on PostgreSQL, in a database of its own. */
@PostgresTest
class BankSnapshotsPostgresTests extends BankSnapshotsTests {

}
