package dev.storysmith.question.bank;

import java.time.Clock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.util.unit.DataSize;

import dev.storysmith.framework.FrameworkCatalog;
import dev.storysmith.question.QuestionCatalog;
import dev.storysmith.question.QuestionStore;

/** The beans a bank import needs inside a JPA slice, and a way to build an importer for any folder. */
@TestConfiguration(proxyBeanMethods = false)
@Import({ FrameworkCatalog.class, QuestionCatalog.class, QuestionStore.class })
class BankFixture {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	static BankImporter importer(String location, FrameworkCatalog frameworks, QuestionCatalog catalog,
			QuestionStore store) {
		return new BankImporter(new BankProperties(location, DataSize.ofKilobytes(256)),
				new PathMatchingResourcePatternResolver(), frameworks, catalog, store, Clock.systemUTC());
	}

}
