package dev.storysmith.practice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A line chart of scores (0-100) over time, laid out on the server as SVG coordinates, so
 * the page needs no charting script. Each series is a polyline with a dot per point.
 */
record ScoreChart(int width, int height, List<Series> series, List<Tick> yTicks, List<Tick> xTicks) {

	static final int WIDTH = 640;

	static final int HEIGHT = 240;

	private static final int LEFT = 40;

	private static final int RIGHT = 16;

	private static final int TOP = 12;

	private static final int BOTTOM = 28;

	private static final String[] COLOURS = { "#1f4e79", "#b3261e", "#2e7d4f", "#9a6b00", "#6a3d9a", "#0f766e",
			"#c2410c", "#475569" };

	/** One line: a name, a colour, its SVG points and the dots with their labels. */
	record Series(String name, String colour, String points, List<Dot> dots) {
	}

	record Dot(double x, double y, String label) {
	}

	/** A labelled tick; {@code anchor} is the SVG text-anchor that keeps the label inside the chart. */
	record Tick(double position, String label, String anchor) {
	}

	/** The raw data of one line: (time, score) pairs in time order. */
	record Line(String name, List<Instant> times, List<Integer> scores) {
	}

	static ScoreChart of(List<Line> lines) {
		Instant first = lines.stream().flatMap(l -> l.times().stream()).min(Instant::compareTo).orElse(Instant.EPOCH);
		Instant last = lines.stream().flatMap(l -> l.times().stream()).max(Instant::compareTo).orElse(first);
		double span = Math.max(1, last.getEpochSecond() - first.getEpochSecond());
		List<Series> series = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			Line line = lines.get(i);
			List<Dot> dots = new ArrayList<>();
			StringBuilder points = new StringBuilder();
			for (int j = 0; j < line.times().size(); j++) {
				double x = first.equals(last) ? LEFT + plotWidth() / 2.0
						: LEFT + plotWidth() * (line.times().get(j).getEpochSecond() - first.getEpochSecond()) / span;
				double y = y(line.scores().get(j));
				dots.add(new Dot(x, y, line.name() + ": " + line.scores().get(j)));
				points.append(points.isEmpty() ? "" : " ").append(format(x)).append(',').append(format(y));
			}
			series.add(new Series(line.name(), COLOURS[i % COLOURS.length], points.toString(), dots));
		}
		List<Tick> yTicks = List.of(0, 25, 50, 75, 100)
			.stream()
			.map(score -> new Tick(y(score), String.valueOf(score), "end"))
			.toList();
		// The first date starts at the axis and the last one ends at the plot's edge, so neither is clipped.
		List<Tick> xTicks = first.equals(last) ? List.of(new Tick(LEFT + plotWidth() / 2.0, day(first), "middle"))
				: List.of(new Tick(LEFT, day(first), "start"), new Tick(LEFT + plotWidth(), day(last), "end"));
		return new ScoreChart(WIDTH, HEIGHT, series, yTicks, xTicks);
	}

	public int left() {
		return LEFT;
	}

	public int right() {
		return WIDTH - RIGHT;
	}

	public int bottom() {
		return HEIGHT - BOTTOM;
	}

	private static double y(int score) {
		return TOP + (HEIGHT - TOP - BOTTOM) * (100 - score) / 100.0;
	}

	private static int plotWidth() {
		return WIDTH - LEFT - RIGHT;
	}

	private static String day(Instant instant) {
		return instant.toString().substring(0, 10);
	}

	private static String format(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

}
