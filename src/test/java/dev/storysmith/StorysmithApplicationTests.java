package dev.storysmith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import dev.storysmith.system.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole app as {@code ./mvnw spring-boot:run} starts it: an H2 file database, Flyway
 * migrations, the packaged bank imported before the first request.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "storysmith.admins=app-admin")
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

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

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
	void reportsTheImportInHealthToAnAdminAndOnlyTheStatusToAnyoneElse() {
		if (jdbc.queryForObject("select count(*) from user_account where username = 'app-admin'", Integer.class) == 0) {
			jdbc.update("insert into user_account (username, password_hash, created_at) values (?, ?, ?)", "app-admin",
					encoder.encode(TestAccounts.PASSWORD), Timestamp.from(Instant.now()));
		}
		http.get().uri("/actuator/health").headers(h -> h.setBasicAuth("app-admin", TestAccounts.PASSWORD)).exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.components.questionBank.status").isEqualTo("UP")
			.jsonPath("$.components.questionBank.details.failed").isEmpty();

		String anonymous = http.get().uri("/actuator/health").exchange()
			.expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody();
		assertThat(anonymous).contains("\"status\":\"UP\"").doesNotContain("components", "details", "questionBank", "disk");
	}

	@Test
	void keepsH2DurableWhateverTheUrlSays() {
		assertThat(jdbc.queryForList(
				"SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'", String.class))
			.isNotEmpty()
			.containsOnly("0");
	}

	@Test
	void createsNoSessionForAPlainAnonymousPageView() {
		for (String page : new String[] { "/", "/questions", "/questions/proudest-project", "/api/questions" }) {
			http.get().uri(page).exchange()
				.expectStatus().isOk()
				.expectHeader().doesNotExist(HttpHeaders.SET_COOKIE);
		}
	}

	@Test
	void showsARealMessageOnTheErrorPage() {
		String forbidden = http.get().uri("/admin/import")
			.headers(h -> h.add(HttpHeaders.COOKIE, signIn()))
			.accept(MediaType.TEXT_HTML).exchange()
			.expectStatus().isForbidden()
			.expectBody(String.class).returnResult().getResponseBody();

		assertThat(forbidden).contains("You may not open this page").doesNotContain("??");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/questions;jsessionid=x", "/api/questions/%25", "/api/questions//proudest-project" })
	void answersARefusedApiUrlWithAProblemDetail(String path) {
		http.get().uri(URI.create(path)).exchange()
			.expectStatus().isBadRequest()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains("refuses"));
	}

	@Test
	void answersARefusedPageUrlWithTheErrorPage() {
		String page = http.get().uri(URI.create("/questions;x=1")).accept(MediaType.TEXT_HTML).exchange()
			.expectStatus().isBadRequest()
			.expectBody(String.class).returnResult().getResponseBody();

		assertThat(page).contains("That request could not be read").contains("refuses").doesNotContain("??");
	}

	/** Signs a new user in through the form and answers the session cookie. */
	private String signIn() {
		String username = TestAccounts.create(jdbc, encoder);
		var login = http.get().uri("/login").exchange().expectStatus().isOk().returnResult(String.class);
		String cookie = login.getResponseHeaders().getFirst(HttpHeaders.SET_COOKIE).split(";")[0];
		String page = login.getResponseBody();
		String token = page.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
		var signedIn = http.post().uri("/login").header(HttpHeaders.COOKIE, cookie)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body("username=" + username + "&password=" + TestAccounts.PASSWORD + "&_csrf=" + token)
			.exchange().expectStatus().isFound().returnResult(Void.class);
		return signedIn.getResponseHeaders().getFirst(HttpHeaders.SET_COOKIE).split(";")[0];
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
