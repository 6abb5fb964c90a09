package dev.storysmith.rubric;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How often the rubric agrees with a demanding human grader, per writing style. Calibration drafts
 * with a {@code style} carry {@code human}: the grade a senior interviewer gave each mission
 * criterion before the draft was scored, as a label ({@code weak} 0-1, {@code partial} 2,
 * {@code strong} 3-4). The rubric agrees on a criterion when its score falls in the same label.
 * Prints one line per style (run {@code ./mvnw test -Dtest=RubricAgreementReportTests}) and holds
 * the rubric to the agreement it reached when the styles were added.
 */
class RubricAgreementReportTests {

	private static final List<String> MISSION = List.of("metrics", "role", "tradeoffs", "lessons");

	/** Agreement over all styles, and the least any one style may reach. */
	private static final double MIN_OVERALL = 0.9;

	private static final double MIN_PER_STYLE = 0.75;

	private static final RubricEngine ENGINE = RubricEngine.withDefaultRules();

	record Tally(int agreed, int labels) {

		Tally plus(boolean agrees) {
			return new Tally(agreed + (agrees ? 1 : 0), labels + 1);
		}

		double share() {
			return labels == 0 ? 0 : (double) agreed / labels;
		}

	}

	static String label(int score) {
		return score <= 1 ? "weak" : score == 2 ? "partial" : "strong";
	}

	@Test
	void agreesWithTheHumanGraderInEveryStyle() {
		Map<String, Tally> perStyle = new TreeMap<>();
		StringBuilder disagreements = new StringBuilder();
		for (RubricCalibrationTests.CalibrationDraft calibration : RubricCalibrationTests.drafts()
			.filter(d -> d.json().has("style"))
			.toList()) {
			JsonNode json = calibration.json();
			Scorecard card = ENGINE.score(calibration.draft());
			String style = json.get("style").asString();
			for (String criterion : MISSION) {
				String human = json.get("human").get(criterion).asString();
				String rubric = label(RubricFixtures.criterion(card, criterion).score());
				boolean agrees = human.equals(rubric);
				perStyle.merge(style, new Tally(0, 0).plus(agrees), (a, b) -> new Tally(a.agreed() + b.agreed(), a.labels() + b.labels()));
				if (!agrees) {
					disagreements.append("%n  %s %s: human %s, rubric %s".formatted(json.get("name").asString(), criterion, human, rubric));
				}
			}
		}
		Tally total = perStyle.values().stream().reduce(new Tally(0, 0), (a, b) -> new Tally(a.agreed() + b.agreed(), a.labels() + b.labels()));
		StringBuilder report = new StringBuilder("Rubric agreement with the human grader, per style:");
		perStyle.forEach((style, tally) -> report.append("%n  %-20s %3d/%3d  %5.1f%%".formatted(style, tally.agreed(), tally.labels(), 100 * tally.share())));
		report.append("%n  %-20s %3d/%3d  %5.1f%%".formatted("all", total.agreed(), total.labels(), 100 * total.share()));
		report.append(disagreements.isEmpty() ? "" : "\nDisagreements:" + disagreements);
		System.out.println(report);

		assertThat(perStyle).as("styles").containsKeys("spoken", "resume", "numbered", "british", "contractions", "lowercase",
				"markdown", "imperative-lessons", "guide");
		assertThat(total.share()).as(report.toString()).isGreaterThanOrEqualTo(MIN_OVERALL);
		assertThat(perStyle.values()).as(report.toString()).allMatch(tally -> tally.share() >= MIN_PER_STYLE);
	}

}
