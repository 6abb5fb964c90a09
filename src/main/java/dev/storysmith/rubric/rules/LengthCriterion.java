package dev.storysmith.rubric.rules;

/**
 * Length: spoken time against the 2-3 minute target.
 *
 * <p>Full marks from {@code fullFrom} to {@code fullTo} seconds; outside the band one point is
 * lost per {@code stepSeconds}, so with the shipped rules 60 s and 240 s still score 1 and
 * anything shorter or longer 0. Past {@code fullTo} an {@code over-length} finding marks the
 * sentence where the time runs out.
 */
final class LengthCriterion extends Criterion {

	private final int fullFrom;

	private final int fullTo;

	private final int stepSeconds;

	private final SpeakingRate rate;

	private final String adviceShort;

	private final String adviceLong;

	private final String overLength;

	LengthCriterion(RuleData data, SpeakingRate rate, Assessment.Limits limits) {
		super("length", data, limits);
		this.fullFrom = data.integer("fullFrom");
		this.fullTo = data.integer("fullTo");
		this.stepSeconds = data.integer("stepSeconds");
		this.rate = rate;
		RuleData advice = data.section("advice");
		this.adviceShort = advice.text("short");
		this.adviceLong = advice.text("long");
		this.overLength = data.section("findings").text("overLength");
	}

	@Override
	public Assessment assess(AnalyzedDraft draft) {
		Assessment.Builder result = assessment();
		int seconds = rate.seconds(draft.words());
		int outside = seconds < fullFrom ? fullFrom - seconds : Math.max(0, seconds - fullTo);
		int score = MAX - (outside + stepSeconds - 1) / stepSeconds;
		if (seconds > fullTo) {
			markWhereTimeRunsOut(draft, result);
		}
		return result.adviceIf(seconds < fullFrom, fill(adviceShort, "seconds", seconds))
			.adviceIf(seconds > fullTo, fill(adviceLong, "seconds", seconds))
			.score(score);
	}

	private void markWhereTimeRunsOut(AnalyzedDraft draft, Assessment.Builder result) {
		int limit = rate.words(fullTo);
		int spoken = 0;
		for (AnalyzedSentence sentence : draft.sentences()) {
			spoken += sentence.words();
			if (spoken > limit) {
				result.finding(sentence.finding("over-length", fill(overLength, "words", limit)));
				return;
			}
		}
	}

}
