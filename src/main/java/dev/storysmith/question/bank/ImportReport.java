package dev.storysmith.question.bank;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What the last bank import did: which files it loaded or skipped as unchanged, which
 * questions it retired, and which files it could not use and why.
 */
public record ImportReport(String location, Instant finishedAt, Duration took, List<String> loaded,
		List<String> unchanged, List<String> retired, List<Failure> failed) {

	public ImportReport {
		loaded = List.copyOf(loaded);
		unchanged = List.copyOf(unchanged);
		retired = List.copyOf(retired);
		failed = List.copyOf(failed);
	}

	/** A file that was skipped, with the reason a person can act on. */
	public record Failure(String file, String reason) {
	}

	public boolean hasFailures() {
		return !failed.isEmpty();
	}

}
