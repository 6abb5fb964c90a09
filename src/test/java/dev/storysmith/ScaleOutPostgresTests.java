package dev.storysmith;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import dev.storysmith.system.PostgresAvailable;
import dev.storysmith.system.PostgresServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two app instances on one PostgreSQL database, as behind a load balancer: a sign-in on one
 * is honoured by the other (Spring Session JDBC), a story saved through one is read through
 * the other, and the failed-login lockout counts attempts made on both.
 */
@Tag("postgres")
@ExtendWith(PostgresAvailable.class)
class ScaleOutPostgresTests {

	static final String PASSWORD = "copper harbour 71 lantern";

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	static String database;

	static ConfigurableApplicationContext one;

	static ConfigurableApplicationContext two;

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@BeforeAll
	static void startTwoInstances() throws Exception {
		database = PostgresServer.randomDatabaseName();
		String url = PostgresServer.createDatabase(database);
		one = start(url);
		two = start(url);
	}

	@AfterAll
	static void stopThem() throws Exception {
		if (one != null) {
			one.close();
		}
		if (two != null) {
			two.close();
		}
		if (database != null) {
			PostgresServer.dropDatabase(database);
		}
	}

	@Test
	void aSignInOnOneInstanceIsHonouredByTheOther() throws Exception {
		String name = newUser();
		HttpResponse<String> loginPage = send(HttpRequest.newBuilder(uri(two, "/login")).GET(), null);
		String sessionFromTwo = sessionCookie(loginPage);
		String csrf = csrf(loginPage.body());

		// The form and its CSRF token came from instance two; instance one accepts them.
		HttpResponse<String> login = send(HttpRequest.newBuilder(uri(one, "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(
					"username=" + enc(name) + "&password=" + enc(PASSWORD) + "&_csrf=" + enc(csrf))),
				sessionFromTwo);
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
		String signedIn = sessionCookie(login);

		HttpResponse<String> onTwo = send(HttpRequest.newBuilder(uri(two, "/account")).GET(), signedIn);
		assertThat(onTwo.statusCode()).isEqualTo(200);
		assertThat(onTwo.body()).contains(name);
		HttpResponse<String> anonymous = send(HttpRequest.newBuilder(uri(two, "/account")).GET(), null);
		assertThat(anonymous.statusCode()).isEqualTo(302);
	}

	@Test
	void aStorySavedThroughOneIsReadThroughTheOther() throws Exception {
		String name = newUser();
		String body = """
				{"title": "Shared database", "framework": "star",
				 "sections": {"action": "I moved sessions into PostgreSQL so two nodes share them."}}""";
		HttpResponse<String> created = send(HttpRequest.newBuilder(uri(one, "/api/stories"))
			.header("Authorization", basic(name, PASSWORD))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body)), null);
		assertThat(created.statusCode()).isEqualTo(201);
		String location = created.headers().firstValue("Location").orElseThrow();

		HttpResponse<String> read = send(
				HttpRequest.newBuilder(uri(two, location)).header("Authorization", basic(name, PASSWORD)).GET(), null);
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(read.body()).contains("I moved sessions into PostgreSQL so two nodes share them.");
	}

	@Test
	void failedSignInsOnBothInstancesAddUpToOneLockout() throws Exception {
		String name = newUser();
		// Four failures alternating between the instances: each answers 401, none is locked yet.
		for (int i = 0; i < 4; i++) {
			ConfigurableApplicationContext instance = i % 2 == 0 ? one : two;
			HttpResponse<String> refused = send(HttpRequest.newBuilder(uri(instance, "/api/account"))
				.header("Authorization", basic(name, "wrong password " + i))
				.GET(), null);
			assertThat(refused.statusCode()).as("failure %d", i + 1).isEqualTo(401);
		}
		// The fifth, on instance one, is the one that locks: the count included instance two's.
		HttpResponse<String> fifth = send(HttpRequest.newBuilder(uri(one, "/api/account"))
			.header("Authorization", basic(name, "wrong password 5"))
			.GET(), null);
		assertThat(fifth.statusCode()).isEqualTo(429);
		for (ConfigurableApplicationContext instance : new ConfigurableApplicationContext[] { one, two }) {
			HttpResponse<String> locked = send(HttpRequest.newBuilder(uri(instance, "/api/account"))
				.header("Authorization", basic(name, PASSWORD))
				.GET(), null);
			assertThat(locked.statusCode()).isEqualTo(429);
		}
	}

	private static ConfigurableApplicationContext start(String url) {
		// Arguments, as an operator would pass them: they win over application-postgres.properties.
		return new SpringApplicationBuilder(StorysmithApplication.class).profiles("postgres")
			.run("--server.port=0", "--spring.datasource.url=" + url,
					"--spring.datasource.username=" + PostgresServer.USER,
					"--spring.datasource.password=" + PostgresServer.PASSWORD,
					"--spring.datasource.hikari.maximum-pool-size=4");
	}

	private static String newUser() {
		String name = "n" + UUID.randomUUID().toString().substring(0, 8);
		one.getBean(JdbcTemplate.class)
			.update("insert into user_account (username, password_hash, created_at) values (?, ?, ?)", name,
					one.getBean(PasswordEncoder.class).encode(PASSWORD), Timestamp.from(Instant.now()));
		return name;
	}

	private HttpResponse<String> send(HttpRequest.Builder request, String sessionCookie) throws Exception {
		if (sessionCookie != null) {
			request.header("Cookie", sessionCookie);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static URI uri(ConfigurableApplicationContext instance, String path) {
		return URI.create("http://127.0.0.1:" + instance.getEnvironment().getProperty("local.server.port") + path);
	}

	private static String sessionCookie(HttpResponse<String> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(c -> c.startsWith("SESSION="))
			.map(c -> c.substring(0, c.indexOf(';')))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no SESSION cookie in " + response.headers().map()));
	}

	private static String csrf(String html) {
		Matcher m = CSRF.matcher(html);
		assertThat(m.find()).as("a CSRF field in the login form").isTrue();
		return m.group(1);
	}

	private static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
