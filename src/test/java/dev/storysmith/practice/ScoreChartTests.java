package dev.storysmith.practice;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScoreChartTests {

	@Test
	void dateLabelsAreAnchoredInsideTheChartSoNoneIsClipped() {
		ScoreChart chart = ScoreChart.of(List.of(new ScoreChart.Line("Overall",
				List.of(Instant.parse("2026-11-20T10:00:00Z"), Instant.parse("2026-11-30T10:00:00Z")), List.of(40, 70))));

		assertThat(chart.xTicks()).extracting(ScoreChart.Tick::label, ScoreChart.Tick::anchor)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("2026-11-20", "start"),
					org.assertj.core.groups.Tuple.tuple("2026-11-30", "end"));
		assertThat(chart.xTicks().get(1).position()).isLessThanOrEqualTo(chart.right());
		assertThat(chart.xTicks().get(0).position()).isEqualTo(chart.left());
	}

	@Test
	void aSingleDayIsCentred() {
		ScoreChart chart = ScoreChart.of(List.of(new ScoreChart.Line("Overall",
				List.of(Instant.parse("2026-11-20T10:00:00Z")), List.of(40))));

		assertThat(chart.xTicks()).singleElement().extracting(ScoreChart.Tick::anchor).isEqualTo("middle");
	}

}
