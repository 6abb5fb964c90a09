package dev.storysmith.rubric.rules;

/**
 * One criterion of the rubric, configured from {@code criteria.<id>} in the rules file. Scores
 * run from 0 to {@link #MAX}; the weight sets its part in the overall score.
 */
public abstract class Criterion {

	public static final int MAX = 4;

	private final String id;

	private final String label;

	private final double weight;

	private final Assessment.Limits limits;

	Criterion(String id, RuleData data, Assessment.Limits limits) {
		this.id = id;
		this.label = data.text("label");
		this.weight = data.number("weight");
		this.limits = limits;
	}

	public String id() {
		return id;
	}

	public String label() {
		return label;
	}

	/** The weight from the rules file, before any draft adjusts it. */
	public double baseWeight() {
		return weight;
	}

	/** This criterion's weight in the overall score of this draft; 0 leaves it out. */
	public double weight(AnalyzedDraft draft) {
		return weight;
	}

	public abstract Assessment assess(AnalyzedDraft draft);

	Assessment.Builder assessment() {
		return new Assessment.Builder(limits);
	}

	/** Fills {@code {name}} placeholders of a message from the rules file. */
	static String fill(String template, Object... namesAndValues) {
		String text = template;
		for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
			text = text.replace("{" + namesAndValues[i] + "}", String.valueOf(namesAndValues[i + 1]));
		}
		return text;
	}

}
