package dev.storysmith.question.bank;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;

import dev.storysmith.framework.FrameworkCatalog;
import dev.storysmith.question.BankSnapshots;
import dev.storysmith.question.QuestionCatalog;
import dev.storysmith.question.QuestionDetail;
import dev.storysmith.question.QuestionStore;

import static org.assertj.core.api.Assertions.assertThat;

/** The bank we ship: every file in questions/ must import cleanly, so a bad file fails the build. */
@DataJpaTest
@Import(BankFixture.class)
class BankContentTests {

	static final List<String> SEED_QUESTIONS = List.of("proudest-project", "two-impactful-projects",
			"ambiguous-requirements", "timeline-slip", "incomplete-data", "end-to-end-project",
			"unseen-production-issue", "resume-walkthrough", "hardest-challenge", "proudest-accomplishment");

	@Autowired
	FrameworkCatalog frameworks;

	@Autowired
	QuestionCatalog catalog;

	@Autowired
	QuestionStore store;

	@Autowired
	BankSnapshots snapshots;

	@Test
	void everyBankFileImportsWithoutFailure() {
		ImportReport report = BankFixture.importer("file:questions/", frameworks, snapshots, store).importBank();

		assertThat(report.failed()).as("files the importer refused").isEmpty();
		assertThat(report.loaded()).contains("competencies.md", "frameworks/star.md", "frameworks/star-l.md");
	}

	@Test
	void everySeedQuestionHasAStarLSampleAnswer() {
		BankFixture.importer("file:questions/", frameworks, snapshots, store).importBank();

		for (String id : SEED_QUESTIONS) {
			QuestionDetail question = catalog.find(id).orElseThrow(() -> new AssertionError("missing seed " + id));
			assertThat(question.sampleAnswers()).as(id).anySatisfy(a -> assertThat(a.framework()).isEqualTo("star-l"));
			assertThat(question.followUps()).as(id).hasSizeGreaterThanOrEqualTo(2);
			assertThat(question.pitfalls()).as(id).hasSizeGreaterThanOrEqualTo(2);
		}
	}

}
