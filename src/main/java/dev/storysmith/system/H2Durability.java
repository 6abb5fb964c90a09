package dev.storysmith.system;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Makes an H2 database write every commit to its file before the commit returns
 * ({@code WRITE_DELAY=0}), whatever URL the user configured. H2's default delay of 500 ms lost
 * saves that had already been answered 2xx when the process was killed (docs/reliability.md),
 * and a user who set {@code --spring.datasource.url=jdbc:h2:file:/srv/data/db} silently got
 * that default back. In-memory databases and other databases are left alone.
 */
@Component
class H2Durability implements BeanPostProcessor {

	private static final String SETTING = "WRITE_DELAY";

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource dataSource && dataSource.getJdbcUrl() != null) {
			dataSource.setJdbcUrl(durable(dataSource.getJdbcUrl()));
		}
		return bean;
	}

	/** The URL with {@code WRITE_DELAY=0} in place of any delay it asked for; other URLs unchanged. */
	static String durable(String url) {
		String lower = url.toLowerCase(Locale.ROOT);
		if (!lower.startsWith("jdbc:h2:") || lower.startsWith("jdbc:h2:mem:")) {
			return url;
		}
		String[] parts = url.split(";");
		String settings = Arrays.stream(parts)
			.skip(1)
			.filter(part -> !part.isBlank() && !part.strip().toUpperCase(Locale.ROOT).startsWith(SETTING + "="))
			.map(part -> ";" + part)
			.collect(Collectors.joining());
		return parts[0] + settings + ";" + SETTING + "=0";
	}

}
