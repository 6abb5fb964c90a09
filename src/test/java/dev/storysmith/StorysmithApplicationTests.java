package dev.storysmith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
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

	@LocalServerPort
	int port;

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
		String page = http.get().uri("/questions?q=proud").accept(MediaType.TEXT_HTML).exchange()
			.expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody();

		assertThat(page).contains("href=\"/questions/proudest-project\">Tell me about the project you are most <mark>proud</mark> of");
	}

	@Test
	void compressesJsonAndStaticFilesButNotPagesThatCarryACsrfToken() throws Exception {
		assertThat(contentEncoding("/api/questions")).contains("gzip");
		assertThat(contentEncoding("/questions")).isEmpty();
	}

	/** The raw Content-Encoding (the test client would decompress and drop it). */
	private Optional<String> contentEncoding(String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header(HttpHeaders.ACCEPT_ENCODING, "gzip")
			.build();
		HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.headers().firstValue(HttpHeaders.CONTENT_ENCODING);
	}

	@Test
	void linksTheStylesheetByItsContentHashSoBrowsersKeepItAYear() throws Exception {
		String page = http.get().uri("/").accept(MediaType.TEXT_HTML).exchange()
			.expectBody(String.class).returnResult().getResponseBody();
		Matcher link = Pattern.compile("href=\"(/css/storysmith-[0-9a-f]{32}\\.css)\"").matcher(page);
		assertThat(link.find()).as("fingerprinted stylesheet link in %s", page).isTrue();

		http.get().uri(link.group(1)).header(HttpHeaders.ACCEPT_ENCODING, "gzip").exchange()
			.expectStatus().isOk()
			.expectHeader().value(HttpHeaders.CACHE_CONTROL, value -> assertThat(value).contains("max-age=31536000"));
		assertThat(contentEncoding(link.group(1))).contains("gzip");

		Matcher icon = Pattern.compile("href=\"(/favicon-[0-9a-f]{32}\\.svg)\"").matcher(page);
		assertThat(icon.find()).as("fingerprinted icon link").isTrue();
		http.get().uri(icon.group(1)).exchange().expectStatus().isOk();
	}

	@Test
	void answersAnUnchangedBankWith304() {
		for (String uri : List.of("/api/questions?q=outage", "/api/frameworks/star")) {
			String etag = http.get().uri(uri).exchange()
				.expectStatus().isOk()
				.returnResult(String.class).getResponseHeaders().getETag();
			assertThat(etag).as(uri).startsWith("W/\"bank-");

			http.get().uri(uri).header(HttpHeaders.IF_NONE_MATCH, etag).exchange().expectStatus().isNotModified();
		}
	}

	@Test
	void explainsASearchOf10000CharactersInsteadOfRefusingTheRequest() {
		String page = http.get().uri("/questions?q=" + "x".repeat(10_000)).accept(MediaType.TEXT_HTML).exchange()
			.expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody();

		assertThat(page).contains("Search text can be at most 200 characters.");
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
