package dev.storysmith;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole app as {@code ./mvnw spring-boot:run} starts it: an H2 file database, Flyway
 * migrations, the packaged bank imported before the first request.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class StorysmithApplicationTests {

	@TempDir
	static Path dataDir;

	@DynamicPropertySource
	static void fileDatabase(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + dataDir.resolve("storysmith"));
	}

	@Autowired
	RestTestClient http;

	@Test
	void setsTheSessionCookieHttpOnlyAndSameSiteLax() {
		http.get().uri("/register").exchange()
			.expectStatus().isOk()
			.expectHeader().value(HttpHeaders.SET_COOKIE, cookie -> assertThat(cookie)
				.startsWith("JSESSIONID=").contains("HttpOnly").contains("SameSite=Lax"));
	}

	@Test
	void keepsItsDataInAFileDatabase() {
		assertThat(Files.exists(dataDir.resolve("storysmith.mv.db"))).isTrue();
	}

	@Test
	void servesTheImportedBank() {
		String page = http.get().uri("/questions").accept(MediaType.TEXT_HTML).exchange()
			.expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody();

		assertThat(page).contains("Tell me about the project you are most proud of");
	}

	@Test
	void reportsTheImportInHealth() {
		http.get().uri("/actuator/health").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.components.questionBank.status").isEqualTo("UP")
			.jsonPath("$.components.questionBank.details.failed").isEmpty();
	}

	@Test
	void listsFrameworksWithTheirSections() {
		http.get().uri("/api/frameworks").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$[?(@.id == 'star-l')].sections[*].id").value(ids -> assertThat(ids.toString())
				.contains("situation", "task", "action", "result", "lessons"));
	}

	@Test
	void answersAnUnknownPageWithTheFriendlyErrorPage() {
		String page = http.get().uri("/questions/no-such-question").accept(MediaType.TEXT_HTML).exchange()
			.expectStatus().isNotFound()
			.expectBody(String.class).returnResult().getResponseBody();

		assertThat(page).contains("We could not find that page");
	}

	@Test
	void answersAnUnknownQuestionIdWithAProblemDetail() {
		http.get().uri("/api/questions/no-such-question").exchange()
			.expectStatus().isNotFound()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

}
