package dev.storysmith.story.backup;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import dev.storysmith.system.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The restore size limit over a real connection, with a chunked body that announces no
 * Content-Length: the server stops reading at the configured limit whatever the client says.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:backup-limit;DB_CLOSE_DELAY=-1",
				"storysmith.backup.max-restore-size=16KB" })
class BackupRestoreLimitTests {

	static final String EMPTY_BACKUP = "{\"format\": \"storysmith-backup\", \"version\": 1, \"stories\": []}";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aChunkedBodyOverTheConfiguredLimitIsRefusedWith413() throws Exception {
		String user = TestAccounts.create(jdbc, encoder);
		String body = EMPTY_BACKUP + " ".repeat(64 * 1024);

		HttpResponse<String> response = restore(user, body);

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"limitBytes\":16384").contains("16 KB");
	}

	@Test
	void aChunkedBodyUnderTheLimitIsRestored() throws Exception {
		HttpResponse<String> response = restore(TestAccounts.create(jdbc, encoder), EMPTY_BACKUP + " ".repeat(1000));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"created\":0");
	}

	private HttpResponse<String> restore(String user, String body) throws Exception {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/restore"))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((user + ":" + TestAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "application/json")
			// ofInputStream has no known length, so the body goes chunked with no Content-Length header.
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
