package dev.storysmith.system;

import java.sql.Connection;
import java.sql.SQLException;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs before a {@link PostgresTest} class loads its context. When the server cannot be
 * reached the class is aborted with a message saying so and how to start it; with
 * {@code CI=true} it fails instead, so CI cannot go green without running it.
 */
public class PostgresAvailable implements BeforeAllCallback {

	private static volatile String unreachable;

	private static volatile boolean checked;

	@Override
	public void beforeAll(ExtensionContext context) {
		String reason = check();
		if (reason == null) {
			return;
		}
		String message = "PostgreSQL is not reachable at " + PostgresServer.BASE_URL + " as " + PostgresServer.USER
				+ " (" + reason + "), so the PostgreSQL variant " + context.getDisplayName() + " did NOT run. "
				+ "Start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start";
		if ("true".equals(System.getenv("CI"))) {
			throw new AssertionError("CI=true: " + message);
		}
		Assumptions.abort(message);
	}

	private static synchronized String check() {
		if (!checked) {
			try (Connection connection = PostgresServer.connect()) {
				unreachable = null;
			}
			catch (SQLException ex) {
				unreachable = ex.getMessage();
			}
			checked = true;
		}
		return unreachable;
	}

}
