package dev.storysmith.question.bank;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Shows the last bank import under {@code /actuator/health}. Skipped files are reported
 * as details but leave the status UP: the app serves the rest of the bank, and a load
 * balancer should not take it out of rotation for one bad file.
 */
@Component("questionBank")
class BankHealthIndicator implements HealthIndicator {

	private final BankImporter importer;

	BankHealthIndicator(BankImporter importer) {
		this.importer = importer;
	}

	@Override
	public Health health() {
		ImportReport report = importer.lastReport();
		if (report == null) {
			return Health.unknown().withDetail("import", "not run yet").build();
		}
		return Health.up()
			.withDetail("location", report.location())
			.withDetail("finishedAt", report.finishedAt().toString())
			.withDetail("loaded", report.loaded().size())
			.withDetail("unchanged", report.unchanged().size())
			.withDetail("retired", report.retired())
			.withDetail("failed", report.failed())
			.build();
	}

}
