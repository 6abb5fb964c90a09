package dev.storysmith.question.bank;

import dev.storysmith.system.PostgresTest;

/** {@link BankImporterTests} on PostgreSQL, in a database of its own. */
@PostgresTest
class BankImporterPostgresTests extends BankImporterTests {

}
