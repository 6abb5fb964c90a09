package dev.storysmith.system;

/** {@link FlywayMigrationTests} on PostgreSQL, each test in a throwaway database. */
@PostgresTest
class FlywayMigrationPostgresTests extends FlywayMigrationTests {

	private String name;

	@Override
	protected String createDatabase() throws Exception {
		name = PostgresServer.randomDatabaseName();
		return PostgresServer.createDatabase(name);
	}

	@Override
	protected void dropDatabase() throws Exception {
		PostgresServer.dropDatabase(name);
	}

	@Override
	protected String user() {
		return PostgresServer.USER;
	}

	@Override
	protected String password() {
		return PostgresServer.PASSWORD;
	}

}
