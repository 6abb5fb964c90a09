package dev.storysmith.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs an H2 test class again on the real PostgreSQL server: put it on an empty subclass,
 * e.g. {@code @PostgresTest class StoryServicePostgresTests extends StoryServiceTests {}}.
 * The class gets the {@code postgres} profile and its own throwaway database, migrated by
 * Flyway and dropped after the class; an unreachable server skips it with a warning that
 * says so (fails it with {@code CI=true}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("postgres")
@ExtendWith(PostgresAvailable.class)
@ActiveProfiles("postgres")
@ContextConfiguration(initializers = ThrowawayPostgresDatabase.class)
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public @interface PostgresTest {

}
