package dev.storysmith.system;

import java.sql.SQLException;
import java.util.Map;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives each test application context its own empty PostgreSQL database
 * {@code storysmith_test_<random>}: created before the context starts (Flyway then migrates
 * it from scratch), dropped when the context closes, after the connection pool. The URL is
 * put first among the property sources, so it wins over a test's own H2 URL.
 */
public class ThrowawayPostgresDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		String name = PostgresServer.randomDatabaseName();
		String url;
		try {
			url = PostgresServer.createDatabase(name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the throwaway database " + name + " on "
					+ PostgresServer.BASE_URL + ": " + ex.getMessage(), ex);
		}
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("throwawayPostgresDatabase",
					Map.of("spring.datasource.url", url, "spring.datasource.username",
							PostgresServer.USER, "spring.datasource.password", PostgresServer.PASSWORD)));
		// Registered before any bean, so destroyed after all of them (the pool is closed by then).
		((DefaultListableBeanFactory) context.getBeanFactory()).registerDisposableBean("throwawayPostgresDatabase",
				() -> PostgresServer.dropDatabase(name));
	}

}
