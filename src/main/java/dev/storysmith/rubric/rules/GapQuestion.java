package dev.storysmith.rubric.rules;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.storysmith.rubric.CriterionScore;
import dev.storysmith.rubric.Draft;
import dev.storysmith.rubric.Scorecard;
import dev.storysmith.rubric.SectionKind;
import dev.storysmith.rubric.SectionShape;

/**
 * One gap the rubric can find in a draft and the follow-up an interviewer asks about it (one
 * entry of {@code followUps.gaps} in the rules file). It recognises its gap from the scorecard
 * alone: an advice sentence of its criterion or a finding of its rule.
 *
 * @param criterion id of the criterion the gap costs points on
 * @param trigger when the gap is present
 * @param quote which part of the draft the question quotes or names
 * @param question the question with {@code {quote}} and {@code {section}} to fill in
 * @param plain the question asked when there is nothing to quote
 * @param reason why the question is likely, for the user
 */
public record GapQuestion(String criterion, Trigger trigger, QuoteSource quote, String question, String plain,
		String reason) {

	private static final Pattern FIRST_SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\n\\s*\\n");

	/** True when the scorecard shows this gap. */
	public boolean appliesTo(Scorecard card) {
		return trigger.firedBy(card, criterion);
	}

	/** The question for this draft, quoting it when it can, cut to {@code quoteWords} words. */
	public String askOf(Draft draft, Scorecard card, int quoteWords) {
		Optional<Quoted> quoted = quote.find(draft, card);
		boolean needsQuote = question.contains("{quote}");
		boolean needsSection = question.contains("{section}");
		if (quoted.isEmpty() || needsQuote && quoted.get().text().isBlank()) {
			return needsQuote || needsSection ? plain : question;
		}
		return question.replace("{quote}", shorten(quoted.get().text(), quoteWords))
			.replace("{section}", quoted.get().section());
	}

	private static String shorten(String text, int words) {
		String[] parts = text.strip().split("\\s+");
		String cut = String.join(" ", List.of(parts).subList(0, Math.min(words, parts.length)));
		cut = cut.replaceAll("[\\s.,;:!?]+$", "");
		return parts.length > words ? cut + "..." : cut;
	}

	/** When a gap is present: an advice sentence of the criterion, or a finding of one rule. */
	public sealed interface Trigger {

		boolean firedBy(Scorecard card, String criterion);

	}

	/** The criterion's advice holds the sentence from {@code criteria.<criterion>.advice.<key>}. */
	record AdviceTrigger(Pattern advice) implements Trigger {

		@Override
		public boolean firedBy(Scorecard card, String criterion) {
			return card.criteria()
				.stream()
				.filter(c -> c.id().equals(criterion))
				.map(CriterionScore::advice)
				.flatMap(List::stream)
				.anyMatch(a -> advice.matcher(a).matches());
		}

	}

	/** The scorecard holds a finding of this rule. */
	record FindingTrigger(String rule) implements Trigger {

		@Override
		public boolean firedBy(Scorecard card, String criterion) {
			return card.findings().stream().anyMatch(f -> f.rule().equals(rule));
		}

	}

	/** A quoted piece of the draft and the title of the section it is in. */
	record Quoted(String text, String section) {
	}

	/** Where the quote comes from ({@code finding:}, {@code evidence:}, {@code sentence:}, {@code section:}). */
	record QuoteSource(String from, String what) {

		Optional<Quoted> find(Draft draft, Scorecard card) {
			return switch (from) {
				case "finding" -> card.findings()
					.stream()
					.filter(f -> f.rule().equals(what))
					.findFirst()
					.map(f -> new Quoted(f.text(), title(draft, f.section())));
				case "evidence" -> card.criteria()
					.stream()
					.filter(c -> c.id().equals(what))
					.flatMap(c -> c.evidence().stream())
					.findFirst()
					.map(e -> new Quoted(e.text(), title(draft, e.section())));
				case "sentence" -> sectionOf(draft, SectionKind.valueOf(what), true)
					.map(s -> new Quoted(FIRST_SENTENCE_END.split(draft.sections().get(s.id()).strip(), 2)[0], s.title()));
				default -> sectionOf(draft, SectionKind.valueOf(what), false).map(s -> new Quoted("", s.title()));
			};
		}

		private static Optional<SectionShape> sectionOf(Draft draft, SectionKind kind, boolean withText) {
			return draft.framework()
				.sections()
				.stream()
				.filter(s -> s.kind() == kind)
				.filter(s -> !withText || !draft.sections().getOrDefault(s.id(), "").isBlank())
				.findFirst();
		}

		private static String title(Draft draft, String section) {
			return draft.framework()
				.sections()
				.stream()
				.filter(s -> s.id().equals(section))
				.map(SectionShape::title)
				.findFirst()
				.orElse("answer");
		}

	}

}
