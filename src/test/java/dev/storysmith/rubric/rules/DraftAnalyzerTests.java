package dev.storysmith.rubric.rules;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.storysmith.rubric.Draft;
import dev.storysmith.rubric.SectionKind;

import static dev.storysmith.rubric.RubricFixtures.STAR;
import static dev.storysmith.rubric.RubricFixtures.draft;
import static org.assertj.core.api.Assertions.assertThat;

class DraftAnalyzerTests {

	private final DraftAnalyzer analyzer = RubricRules.load().analyzer();

	private List<AnalyzedSentence> sentences(String action) {
		return analyzer.analyze(draft(STAR, "action", action)).sentences();
	}

	@Test
	void aSentenceWithConcreteWordsCarriesContent() {
		assertThat(sentences("I chose Postgres over DynamoDB because we needed joins across orders."))
			.singleElement()
			.satisfies(s -> {
				assertThat(s.content()).isTrue();
				assertThat(s.cues()).contains(Cue.DECISION, Cue.OWNERSHIP, Cue.FIRST_PERSON);
				assertThat(s.firstPersonActor()).isTrue();
			});
	}

	@Test
	void listsOfCueWordsAndVagueSentencesCarryNoContent() {
		assertThat(sentences("Instead of, rather than, at the cost of, mitigated by, in exchange for. "
				+ "I worked hard and things improved a lot. "
				+ "I chose this over that instead of the other rather than anything else."))
			.extracting(AnalyzedSentence::content)
			.containsExactly(false, false, false);
	}

	@Test
	void aSentenceStackingTooManyKeywordCategoriesCarriesNoContent() {
		assertThat(sentences("I chose Postgres over MySQL at the cost of speed, mitigated by canaries, and learned the lesson."))
			.singleElement()
			.satisfies(s -> assertThat(s.content()).isFalse());
	}

	@Test
	void wordsInsideAPhraseGapStillCountAsContent() {
		assertThat(sentences("I chose to fix the top crash clusters by hand over adopting a new vendor, giving up better "
				+ "grouping in exchange for shipping fixes in the same sprint."))
			.singleElement()
			.satisfies(s -> assertThat(s.content()).isTrue());
	}

	@Test
	void aRepeatedSentenceCountsOnlyOnce() {
		assertThat(sentences("I owned the billing pipeline. I owned the billing pipeline! I OWNED the billing pipeline."))
			.extracting(AnalyzedSentence::content)
			.containsExactly(true, false, false);
	}

	@Test
	void aHedgeIsNotAnActor() {
		assertThat(sentences("I think the cache helped the checkout page. I moved the cache to Redis."))
			.extracting(AnalyzedSentence::firstPersonActor)
			.containsExactly(false, true);
	}

	@Test
	void findsOutcomeNumbersAndBaselineResultsOnlyWhereThereAreDigits() {
		AnalyzedSentence sentence = sentences("p99 went from 620 ms -> 290 ms (-53%) for 2,000 users in 2021.").get(0);
		String text = sentence.section().text();
		assertThat(sentence.quantities()).extracting(q -> text.substring(q.start(), q.end()))
			.containsExactly("620 ms", "290 ms", "-53%", "2,000 users");
		assertThat(sentence.baselineResults()).extracting(b -> text.substring(b.start(), b.end()))
			.contains("from 620 ms -> 290 ms", "-53%");
		assertThat(sentences("Latency went from terrible to great.").get(0).baselineResults()).isEmpty();
	}

	@Test
	void keepsUnlabeledTextAsOneFreeSectionWithoutTheFrameworkSections() {
		AnalyzedDraft analyzed = analyzer.analyze(Draft.freeText(STAR, "We shipped it. I tested it."));
		assertThat(analyzed.unlabeled()).isTrue();
		assertThat(analyzed.sections()).extracting(AnalyzedSection::id).containsExactly(Draft.FREE_SECTION);
		assertThat(analyzed.sections().get(0).kind()).isNull();

		AnalyzedDraft labelled = analyzer.analyze(draft(STAR, Draft.FREE_SECTION, "Title", "action", "I did it."));
		assertThat(labelled.unlabeled()).isFalse();
		assertThat(labelled.sections()).extracting(AnalyzedSection::kind)
			.containsExactly(null, SectionKind.CONTEXT, SectionKind.TASK, SectionKind.ACTION, SectionKind.RESULT);
	}

}
