package dev.storysmith.question.bank;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;

import dev.storysmith.framework.FrameworkCatalog;
import dev.storysmith.question.BankSnapshots;
import dev.storysmith.question.QuestionCatalog;
import dev.storysmith.question.QuestionFilter;
import dev.storysmith.question.QuestionStore;
import dev.storysmith.question.QuestionSummary;

import static org.assertj.core.api.Assertions.assertThat;

/** Searching the bank we ship (with its synonyms.txt) for what people type, as in issue 13. */
@DataJpaTest
@Import(BankFixture.class)
class BankSearchTests {

	@Autowired
	FrameworkCatalog frameworks;

	@Autowired
	QuestionCatalog catalog;

	@Autowired
	QuestionStore store;

	@Autowired
	BankSnapshots snapshots;

	@BeforeEach
	void importShippedBank() {
		assertThat(BankFixture.importer("file:questions/", frameworks, snapshots, store).importBank().failed()).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			outage                     | led-a-major-incident
			outages                    | led-a-major-incident
			oncall                     | reduced-on-call-pain
			on-call                    | reduced-on-call-pain
			disagreed with my manager  | disagreed-with-tech-lead
			missed deadline            | timeline-slip
			""")
	void findsTheQuestionsPeopleMean(String query, String expected) {
		List<String> found = ids(query);

		assertThat(found).as(query).contains(expected);
		assertThat(found).as(query + ": a search narrows the bank").hasSizeLessThan(catalog.search(QuestionFilter.none()).size() / 2);
	}

	@ParameterizedTest
	@ValueSource(strings = { "outage AND (NOT", "\"unclosed", "*:*", "title:outage~2^9", "🔥🚒", "\\/[]{}!?", "' OR 1=1 --" })
	void answersOddSearchTextWithoutFailing(String odd) {
		assertThat(catalog.search(new QuestionFilter(null, null, odd))).allSatisfy(q -> assertThat(q.id()).isNotBlank());
	}

	private List<String> ids(String query) {
		return catalog.search(new QuestionFilter(null, null, query)).stream().map(QuestionSummary::id).toList();
	}

}
