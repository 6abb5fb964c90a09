package dev.storysmith.question.bank;

import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.unit.DataSize;

import dev.storysmith.framework.FrameworkCatalog;
import dev.storysmith.system.MarkdownRenderer;
import dev.storysmith.question.BankSnapshots;
import dev.storysmith.question.BankVersions;
import dev.storysmith.question.QuestionCatalog;
import dev.storysmith.question.QuestionStore;

/** The beans a bank import needs inside a JPA slice, and a way to build an importer for any folder. */
@TestConfiguration(proxyBeanMethods = false)
@Import({ FrameworkCatalog.class, QuestionCatalog.class, QuestionStore.class, BankSnapshots.class,
		BankVersions.class, MarkdownRenderer.class })
class BankFixture {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	JdbcTemplate jdbcTemplate(DataSource dataSource) {
		return new JdbcTemplate(dataSource);
	}

	static BankImporter importer(String location, FrameworkCatalog frameworks, BankSnapshots snapshots,
			QuestionStore store) {
		return new BankImporter(new BankProperties(location, DataSize.ofKilobytes(256)),
				new PathMatchingResourcePatternResolver(), frameworks, snapshots, store, Clock.systemUTC());
	}

}
