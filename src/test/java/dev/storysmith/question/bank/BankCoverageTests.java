package dev.storysmith.question.bank;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;

import dev.storysmith.framework.FrameworkCatalog;
import dev.storysmith.framework.FrameworkView;
import dev.storysmith.question.CompetencyView;
import dev.storysmith.question.Difficulty;
import dev.storysmith.question.BankSnapshots;
import dev.storysmith.question.QuestionCatalog;
import dev.storysmith.question.QuestionDetail;
import dev.storysmith.question.QuestionFilter;
import dev.storysmith.question.QuestionStore;
import dev.storysmith.question.QuestionSummary;
import dev.storysmith.question.SampleAnswerView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bank we ship is big and complete enough to practise with: enough questions, spread
 * over enough competencies and difficulties, each with everything its page shows, and the
 * frameworks and sample answers the seed questions promise.
 */
@DataJpaTest
@Import(BankFixture.class)
class BankCoverageTests {

	static final int MIN_QUESTIONS = 60;

	static final int MIN_COVERED_COMPETENCIES = 12;

	static final int MIN_QUESTIONS_PER_COMPETENCY = 3;

	static final List<String> FRAMEWORKS = List.of("star", "star-l", "star-r", "par", "deep-dive", "impact",
			"hook-narrative", "incident-playbook", "hypothetical-playbook");

	static final List<String> HYPOTHETICAL_SEEDS = List.of("ambiguous-requirements", "timeline-slip", "incomplete-data");

	@Autowired
	FrameworkCatalog frameworks;

	@Autowired
	QuestionCatalog catalog;

	@Autowired
	QuestionStore store;

	@Autowired
	BankSnapshots snapshots;

	List<QuestionDetail> questions;

	@BeforeEach
	void importShippedBank() {
		ImportReport report = BankFixture.importer("file:questions/", frameworks, snapshots, store).importBank();
		assertThat(report.failed()).as("files the importer refused").isEmpty();
		questions = catalog.search(QuestionFilter.none())
			.stream()
			.map(QuestionSummary::id)
			.map(id -> catalog.find(id).orElseThrow())
			.toList();
	}

	@Test
	void hasEnoughActiveQuestions() {
		assertThat(questions).hasSizeGreaterThanOrEqualTo(MIN_QUESTIONS);
	}

	@Test
	void coversEnoughCompetenciesWithSeveralQuestionsEach() {
		Map<CompetencyView, Long> counts = catalog.countsByCompetency();
		List<String> covered = counts.entrySet()
			.stream()
			.filter(e -> e.getValue() >= MIN_QUESTIONS_PER_COMPETENCY)
			.map(e -> e.getKey().id())
			.toList();

		assertThat(covered).as("competencies with at least %d questions, of %s", MIN_QUESTIONS_PER_COMPETENCY, counts)
			.hasSizeGreaterThanOrEqualTo(MIN_COVERED_COMPETENCIES);
	}

	@Test
	void givesEveryCompetencyFiveToTwelvePostingSignals() {
		assertThat(catalog.competencies()).allSatisfy(c -> assertThat(c.signals()).as(c.id()).hasSizeBetween(5, 12));
	}

	@Test
	void usesEveryDifficulty() {
		Set<Difficulty> used = questions.stream().map(QuestionDetail::difficulty).collect(Collectors.toSet());

		assertThat(used).containsExactlyInAnyOrder(Difficulty.values());
	}

	@Test
	void everyQuestionHasWhatItsPageShows() {
		assertThat(questions).allSatisfy(q -> {
			assertThat(q.prompt()).as("%s prompt", q.id()).isNotBlank();
			assertThat(q.listenFor()).as("%s what interviewers listen for", q.id()).isNotBlank();
			assertThat(q.followUps()).as("%s follow-ups", q.id()).hasSizeGreaterThanOrEqualTo(2);
			assertThat(q.pitfalls()).as("%s pitfalls", q.id()).hasSizeGreaterThanOrEqualTo(2);
			assertThat(q.frameworks()).as("%s suggested frameworks", q.id()).isNotEmpty();
			assertThat(q.tags()).as("%s tags", q.id()).isNotEmpty();
			assertThat(q.sampleAnswers()).as("%s sample answers", q.id()).isNotEmpty();
		});
	}

	@Test
	void shipsTheNineFrameworksWithGuidanceForEverySection() {
		assertThat(frameworks.all()).extracting(FrameworkView::id).containsAll(FRAMEWORKS);

		for (String id : FRAMEWORKS) {
			FrameworkView framework = frameworks.find(id).orElseThrow();
			assertThat(framework.sections()).as(id).hasSizeGreaterThanOrEqualTo(2).allSatisfy(section -> {
				assertThat(section.prompt()).as("%s / %s prompt", id, section.id()).isNotBlank();
				assertThat(section.hints()).as("%s / %s hints", id, section.id()).isNotEmpty();
				assertThat(section.share()).as("%s / %s share", id, section.id()).isPositive();
			});
			assertThat(framework.sections().stream().mapToInt(s -> s.share()).sum()).as("%s shares", id).isEqualTo(100);
		}
	}

	@Test
	void everySeedQuestionHasSampleAnswersInTwoFrameworks() {
		for (String id : BankContentTests.SEED_QUESTIONS) {
			QuestionDetail question = catalog.find(id).orElseThrow(() -> new AssertionError("missing seed " + id));
			assertThat(frameworksOf(question)).as(id).hasSizeGreaterThanOrEqualTo(2);
		}
	}

	@Test
	void seedQuestionsHaveAnswersInTheirPlaybooks() {
		assertThat(frameworksOf(catalog.find("unseen-production-issue").orElseThrow())).contains("incident-playbook");
		for (String id : HYPOTHETICAL_SEEDS) {
			assertThat(frameworksOf(catalog.find(id).orElseThrow())).as(id).contains("hypothetical-playbook");
		}
	}

	private static Set<String> frameworksOf(QuestionDetail question) {
		return question.sampleAnswers().stream().map(SampleAnswerView::framework).collect(Collectors.toSet());
	}

}
