package dev.storysmith.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;

import dev.storysmith.framework.FrameworkCatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/** The list page's count labels: right for the bank they were formatted for, formatted once per bank and locale. */
class ListLabelsTests {

	final FrameworkCatalog frameworks = mock(FrameworkCatalog.class);

	final CountingMessages messages = new CountingMessages();

	@Test
	void saysEachCountInWordsForTheBankItWasMadeFor() {
		BankSnapshot bank = QuestionFixtures.snapshot(7,
				List.of(QuestionFixtures.outageQuestion(), QuestionFixtures.outageQuestionTwoWays()), frameworks);

		ListLabels labels = bank.labels(Locale.ENGLISH, messages);

		assertThat(labels.competencies()).extracting(ListLabels.CompetencyOption::optionLabel)
			.containsExactly("Ownership (2)", "Mentoring (0)");
		assertThat(labels.competencies()).extracting(ListLabels.CompetencyOption::countLabel)
			.containsExactly("2 questions", "no questions");
		assertThat(labels.difficulties()).extracting(ListLabels.DifficultyOption::optionLabel)
			.containsExactly("Easy (0)", "Medium (0)", "Hard (2)");
		assertThat(List.of(labels.total(0), labels.total(1), labels.total(2)))
			.containsExactly("No questions", "1 question", "2 questions");
	}

	@Test
	void saysEveryPageOfEveryPossibleNumberOfPages() {
		BankSnapshot bank = QuestionFixtures.snapshot(7, QuestionFixtures.numbered(45), frameworks);

		ListLabels labels = bank.labels(Locale.ENGLISH, messages);

		assertThat(labels.page(2, 3)).isEqualTo(new ListLabels.PageOf("page 2 of 3", "· page 2 of 3"));
		assertThat(labels.page(1, 2).pager()).isEqualTo("page 1 of 2");
		assertThat(labels.page(1, 1).pager()).isEqualTo("page 1 of 1");
		assertThat(labels.total(45)).isEqualTo("45 questions");
	}

	@Test
	void aNewerBankGetsItsOwnCounts() {
		BankSnapshot before = QuestionFixtures.snapshot(7,
				List.of(QuestionFixtures.outageQuestion(), QuestionFixtures.outageQuestionTwoWays()), frameworks);
		before.labels(Locale.ENGLISH, messages);

		BankSnapshot after = QuestionFixtures.snapshot(8,
				List.of(QuestionFixtures.outageQuestion(), QuestionFixtures.mentoringQuestion()), frameworks);
		ListLabels labels = after.labels(Locale.ENGLISH, messages);

		assertThat(labels.competencies()).extracting(ListLabels.CompetencyOption::optionLabel)
			.containsExactly("Ownership (1)", "Mentoring (1)");
		assertThat(labels.difficulties()).extracting(ListLabels.DifficultyOption::optionLabel)
			.containsExactly("Easy (1)", "Medium (0)", "Hard (1)");
		assertThat(labels.competencies()).extracting(ListLabels.CompetencyOption::countLabel)
			.containsExactly("1 question", "1 question");
	}

	@Test
	void formatsTheLabelsOncePerBankAndLocale() {
		BankSnapshot bank = QuestionFixtures.snapshot(7, List.of(QuestionFixtures.outageQuestion()), frameworks);

		ListLabels first = bank.labels(Locale.ENGLISH, messages);
		int formatted = messages.calls;
		ListLabels again = bank.labels(Locale.ENGLISH, messages);

		assertThat(formatted).isPositive();
		assertThat(messages.calls).isEqualTo(formatted);
		assertThat(again).isSameAs(first);
		bank.labels(Locale.GERMAN, messages);
		assertThat(messages.calls).isEqualTo(2 * formatted);
	}

	@Test
	void keepsAnsweringRightBeyondTheLocalesItKeeps() {
		BankSnapshot bank = QuestionFixtures.snapshot(7, List.of(QuestionFixtures.outageQuestion()), frameworks);
		List<ListLabels> answers = new ArrayList<>();
		for (int i = 0; i < BankSnapshot.LABEL_LOCALES + 5; i++) {
			answers.add(bank.labels(new Locale("en", "Z" + (char) ('A' + i)), messages));
		}

		assertThat(answers).allSatisfy(labels -> assertThat(labels.competencies())
			.extracting(ListLabels.CompetencyOption::optionLabel)
			.containsExactly("Ownership (1)", "Mentoring (0)"));
	}

	/** The application's messages, counting how often a message is formatted. */
	static final class CountingMessages implements MessageSource {

		private final ResourceBundleMessageSource real = new ResourceBundleMessageSource();

		int calls;

		CountingMessages() {
			real.setBasename("messages");
			real.setDefaultEncoding("UTF-8");
			real.setFallbackToSystemLocale(false);
		}

		@Override
		public String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
			calls++;
			return real.getMessage(code, args, defaultMessage, locale);
		}

		@Override
		public String getMessage(String code, Object[] args, Locale locale) {
			calls++;
			return real.getMessage(code, args, locale);
		}

		@Override
		public String getMessage(MessageSourceResolvable resolvable, Locale locale) {
			calls++;
			return real.getMessage(resolvable, locale);
		}

	}

}
