package dev.storysmith.system;

import java.sql.Connection;
import java.sql.SQLException;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs before a {@link PostgresTest} class loads its context. When the server cannot be
 * reached the class is skipped, with a reason that says so and how to start it (Surefire
 * counts it under "Skipped" and the reason is printed too); with {@code CI=true} it fails
 * instead, so CI cannot go green without running it.
 */
public class PostgresAvailable implements ExecutionCondition, BeforeAllCallback {

	private static volatile String unreachable;

	private static volatile boolean checked;

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		String reason = check();
		if (reason == null || inCi()) {
			return ConditionEvaluationResult.enabled("PostgreSQL reachable, or CI (where unreachable fails)");
		}
		String message = message(context, reason);
		System.err.println("[WARNING] " + message);
		return ConditionEvaluationResult.disabled(message);
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		String reason = check();
		if (reason != null) {
			throw new AssertionError("CI=true: " + message(context, reason));
		}
	}

	private static String message(ExtensionContext context, String reason) {
		return "PostgreSQL is not reachable at " + PostgresServer.BASE_URL + " as " + PostgresServer.USER + " ("
				+ reason + "), so the PostgreSQL variant " + context.getDisplayName() + " did NOT run. "
				+ "Start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start";
	}

	private static boolean inCi() {
		return "true".equals(System.getenv("CI"));
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
