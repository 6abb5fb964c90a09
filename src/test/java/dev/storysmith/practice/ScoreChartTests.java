package dev.storysmith.practice;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ScoreChartTests {

	static final Instant DAY1 = Instant.parse("2026-03-01T10:00:00Z");

	static final Instant DAY3 = Instant.parse("2026-03-03T10:00:00Z");

	@Test
	void placesTheFirstPointLeftTheLastRightAndScoreHundredAtTheTop() {
		ScoreChart chart = ScoreChart.of(List.of(new ScoreChart.Line("Stories", List.of(DAY1, DAY3), List.of(0, 100))));

		ScoreChart.Series series = chart.series().get(0);
		assertThat(series.dots().get(0).x()).isEqualTo(chart.left());
		assertThat(series.dots().get(1).x()).isEqualTo(chart.right());
		assertThat(series.dots().get(0).y()).isEqualTo(chart.bottom());
		assertThat(series.dots().get(1).y()).isLessThan(series.dots().get(0).y());
		assertThat(series.points()).isEqualTo("40.0,212.0 624.0,12.0");
		assertThat(series.dots()).extracting(ScoreChart.Dot::label).containsExactly("Stories: 0", "Stories: 100");
	}

	@Test
	void dateLabelsAreAnchoredInsideTheChartSoNoneIsClipped() {
		ScoreChart chart = ScoreChart.of(List.of(new ScoreChart.Line("Stories", List.of(DAY1, DAY3), List.of(40, 70))));

		assertThat(chart.xTicks()).extracting(ScoreChart.Tick::label, ScoreChart.Tick::anchor)
			.containsExactly(tuple("2026-03-01", "start"), tuple("2026-03-03", "end"));
		assertThat(chart.xTicks().get(0).position()).isEqualTo(chart.left());
		assertThat(chart.xTicks().get(1).position()).isLessThanOrEqualTo(chart.right());
	}

	@Test
	void givesEachSeriesItsOwnColourOnOneTimeAxis() {
		ScoreChart chart = ScoreChart.of(List.of(new ScoreChart.Line("Stories", List.of(DAY1), List.of(50)),
				new ScoreChart.Line("Practice", List.of(DAY3), List.of(70))));

		assertThat(chart.series()).extracting(ScoreChart.Series::name).containsExactly("Stories", "Practice");
		assertThat(chart.series().get(0).colour()).isNotEqualTo(chart.series().get(1).colour());
		assertThat(chart.series().get(1).dots().get(0).x()).isEqualTo(chart.right());
	}

	@Test
	void centresASinglePointAndItsDate() {
		ScoreChart chart = ScoreChart.of(List.of(new ScoreChart.Line("One", List.of(DAY1), List.of(75))));

		assertThat(chart.series().get(0).dots().get(0).x()).isEqualTo((chart.left() + chart.right()) / 2.0);
		assertThat(chart.xTicks()).singleElement()
			.extracting(ScoreChart.Tick::position, ScoreChart.Tick::anchor)
			.containsExactly((chart.left() + chart.right()) / 2.0, "middle");
	}

}
