package dev.storysmith.rubric.rules;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.storysmith.rubric.SectionKind;

/**
 * The {@code followUps} section of {@code rubric/rules.yaml}: how many follow-ups a draft gets
 * and the gap each one aims at. A gap that names an advice key reads that advice sentence from
 * the same file, so the follow-ups stay in step with the criteria's wording.
 *
 * @param max follow-ups for a draft
 * @param strongMax follow-ups for a strong draft
 * @param strongFrom overall score from which a draft is strong
 * @param perCriterion gap follow-ups aimed at one criterion, at most
 * @param bankSlots places kept for the linked question's own follow-ups
 * @param quoteWords words of the draft a question quotes, at most
 * @param bankReason the reason given for a follow-up from the bank
 * @param gaps the gaps, in file order
 * @param answerGoesTo by criterion id (and {@code question}), the kind of section a drill answer is added to
 * @param bankScoredOn the criterion a drill answer to a bank follow-up is scored on
 */
public record FollowUpRules(int max, int strongMax, int strongFrom, int perCriterion, int bankSlots, int quoteWords,
		String bankReason, List<GapQuestion> gaps, Map<String, SectionKind> answerGoesTo, String bankScoredOn) {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{[a-z]+\\}");

	/** The follow-up rules shipped in the rules file, read on first use. */
	public static FollowUpRules load() {
		return Shipped.RULES;
	}

	private static final class Shipped {

		static final FollowUpRules RULES = of(RuleFile.shipped());

	}

	static FollowUpRules of(RuleData rules) {
		RuleData data = rules.section("followUps");
		RuleData criteria = rules.section("criteria");
		List<GapQuestion> gaps = data.sections("gaps").stream().map(gap -> gap(gap, criteria)).toList();
		RuleData goesTo = data.section("answerGoesTo");
		Map<String, SectionKind> answerGoesTo = goesTo.keys()
			.stream()
			.collect(Collectors.toUnmodifiableMap(key -> key, key -> kind(goesTo.text(key))));
		return new FollowUpRules(data.integer("max"), data.integer("strongMax"), data.integer("strongFrom"),
				data.integer("perCriterion"), data.integer("bankSlots"), data.integer("quoteWords"),
				data.text("bankReason"), gaps, answerGoesTo, data.text("bankScoredOn"));
	}

	private static GapQuestion gap(RuleData gap, RuleData criteria) {
		String criterion = gap.text("criterion");
		GapQuestion.Trigger trigger = gap.keys().contains("advice")
				? new GapQuestion.AdviceTrigger(advicePattern(criteria.section(criterion).section("advice").text(gap.text("advice"))))
				: new GapQuestion.FindingTrigger(gap.text("finding"));
		String[] quote = gap.text("quote").split(":", 2);
		if (quote.length != 2 || !List.of("finding", "evidence", "sentence", "section").contains(quote[0])) {
			throw new IllegalStateException("rules.yaml: a follow-up quote must be finding:, evidence:, sentence: or "
					+ "section: followed by a name, found '" + gap.text("quote") + "'");
		}
		String what = quote[1];
		if (quote[0].equals("sentence") || quote[0].equals("section")) {
			what = kind(what).name();
		}
		return new GapQuestion(criterion, trigger, new GapQuestion.QuoteSource(quote[0], what), gap.text("question"),
				gap.text("plain"), gap.text("reason"));
	}

	private static SectionKind kind(String name) {
		return Arrays.stream(SectionKind.values())
			.filter(k -> k.name().equalsIgnoreCase(name))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("rules.yaml: unknown section kind '" + name + "' in a follow-up quote; known: "
					+ Arrays.stream(SectionKind.values()).map(k -> k.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "))));
	}

	/** The advice sentence as a pattern: its {placeholders} match any text. */
	private static Pattern advicePattern(String advice) {
		String[] pieces = PLACEHOLDER.split(advice, -1);
		return Pattern.compile(Arrays.stream(pieces).map(Pattern::quote).collect(Collectors.joining(".*?")), Pattern.DOTALL);
	}

}
