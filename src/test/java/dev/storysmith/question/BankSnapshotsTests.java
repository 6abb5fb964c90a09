package dev.storysmith.question;

import java.time.Clock;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.storysmith.framework.FrameworkCatalog;
import dev.storysmith.system.MarkdownRenderer;

import static org.assertj.core.api.Assertions.assertThat;

/** Two instances on one database: an import on one reaches the other on its next version check. */
@DataJpaTest
@Import({ BankSnapshots.class, BankVersions.class, QuestionStore.class, FrameworkCatalog.class, MarkdownRenderer.class,
		BankSnapshotsTests.Beans.class })
class BankSnapshotsTests {

	@TestConfiguration(proxyBeanMethods = false)
	static class Beans {

		@Bean
		Clock clock() {
			return Clock.systemUTC();
		}

		@Bean
		JdbcTemplate jdbcTemplate(DataSource dataSource) {
			return new JdbcTemplate(dataSource);
		}

	}

	@Autowired
	BankSnapshots thisInstance;

	@Autowired
	QuestionStore store;

	@Autowired
	BankVersions versions;

	@Autowired
	FrameworkCatalog frameworks;

	BankSnapshots otherInstance;

	@BeforeEach
	void bothInstancesStarted() {
		store.saveCompetencies(List.of(QuestionFixtures.OWNERSHIP, QuestionFixtures.MENTORING));
		store.save(QuestionFixtures.mentoringQuestion(), "grew-a-junior.md", "first");
		thisInstance.afterImport("classpath:questions/", true);
		otherInstance = new BankSnapshots(store, versions, frameworks, new MarkdownRenderer(), new DefaultResourceLoader(),
				"classpath:questions/");
		otherInstance.refreshIfNewer();
	}

	@Test
	void anotherInstanceRebuildsAfterANewerImport() {
		assertThat(otherInstance.current().find("grew-a-junior")).isPresent();
		QuestionDetail old = QuestionFixtures.mentoringQuestion();
		QuestionDetail renamed = new QuestionDetail(old.id(), "Helping a new engineer find their feet", old.competencies(),
				old.difficulty(), old.frameworks(), old.tags(), old.prompt(), old.listenFor(), old.followUps(),
				old.pitfalls(), old.sampleAnswers());
		store.save(renamed, "grew-a-junior.md", "second");
		thisInstance.afterImport("classpath:questions/", true);

		assertThat(thisInstance.current().find("grew-a-junior").orElseThrow().title()).startsWith("Helping");
		assertThat(otherInstance.current().find("grew-a-junior").orElseThrow().title()).startsWith("Describe");

		otherInstance.refreshIfNewer();

		assertThat(otherInstance.current().find("grew-a-junior").orElseThrow().title()).startsWith("Helping");
		assertThat(otherInstance.current().version()).isEqualTo(thisInstance.current().version());
		assertThat(otherInstance.current().search(new QuestionFilter(null, null, "feet"))).hasSize(1);
	}

	@Test
	void keepsItsSnapshotWhileTheBankIsUnchanged() {
		BankSnapshot before = otherInstance.current();
		thisInstance.afterImport("classpath:questions/", false);

		otherInstance.refreshIfNewer();

		assertThat(otherInstance.current()).isSameAs(before);
	}

}
