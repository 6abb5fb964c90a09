package dev.storysmith.system;

import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.boot.info.BuildProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document at {@code /v3/api-docs} (Swagger UI at {@code /swagger-ui.html}).
 * Controllers describe their own operations; this adds what every {@code /api} operation
 * shares: the two ways to sign in and the {@code application/problem+json} error answers.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	/** Name of the HTTP Basic scheme, for {@code @SecurityRequirement(name = ...)}. */
	public static final String BASIC = "basicAuth";

	/** Name of the personal access token scheme ({@code Authorization: Bearer ssk_...}). */
	public static final String TOKEN = "accessToken";

	static final String PROBLEM = "Problem";

	static final String PROBLEM_JSON = "application/problem+json";

	@Bean
	OpenAPI storysmithOpenApi(ObjectProvider<BuildProperties> build) {
		BuildProperties properties = build.getIfAvailable();
		return new OpenAPI()
			.info(new Info().title("Storysmith API")
				.version(properties == null ? "dev" : properties.getVersion())
				.description("Score behavioral-interview drafts against an explainable rubric, browse the "
						+ "question bank and frameworks, and keep your own stories. Scoring and the bank are "
						+ "public; /api/stories and /api/account need HTTP Basic (username and password) or a "
						+ "personal access token (create one on /account) as `Authorization: Bearer ssk_...`. "
						+ "The API is stateless: no session cookie, no CSRF token. Errors are "
						+ "application/problem+json (RFC 9457) and name the offending field where there is one."))
			.components(new Components()
				.addSecuritySchemes(BASIC,
						new SecurityScheme().type(SecurityScheme.Type.HTTP)
							.scheme("basic")
							.description("Username and password. Five failed sign-ins lock the username for "
									+ "15 minutes (429 with Retry-After)."))
				.addSecuritySchemes(TOKEN,
						new SecurityScheme().type(SecurityScheme.Type.HTTP)
							.scheme("bearer")
							.bearerFormat("ssk_<43 characters>")
							.description("A personal access token from /account; only its SHA-256 is stored."))
				.addSchemas(PROBLEM, problemSchema()));
	}

	/** Adds the shared error answers to every /api operation that does not describe them itself. */
	@Bean
	OpenApiCustomizer apiProblemResponses() {
		return api -> api.getPaths().forEach((path, item) -> {
			if (!path.startsWith("/api/")) {
				return;
			}
			item.readOperationsMap().forEach((method, operation) -> addProblems(path, method, operation));
		});
	}

	private static void addProblems(String path, PathItem.HttpMethod method, Operation operation) {
		ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
		operation.setResponses(responses);
		boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
		if (secured) {
			responses.putIfAbsent("401", problem("No credentials, or wrong ones: sign in with Basic or a token."));
			responses.putIfAbsent("429", problem("Too many failed sign-ins for this username; see Retry-After."));
		}
		if (path.contains("{")) {
			responses.putIfAbsent("404",
					problem(secured ? "No such item among yours (another user's id answers the same)."
							: "No such item."));
		}
		boolean hasInput = operation.getRequestBody() != null
				|| (operation.getParameters() != null && !operation.getParameters().isEmpty());
		if (hasInput || method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT) {
			responses.putIfAbsent("400", problem("The request is malformed; `field` names what to fix."));
		}
	}

	private static ApiResponse problem(String description) {
		return new ApiResponse().description(description)
			.content(new Content().addMediaType(PROBLEM_JSON,
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static Schema problemSchema() {
		Schema schema = new ObjectSchema().description("RFC 9457 problem detail");
		schema.setProperties(new java.util.LinkedHashMap<>(Map.of("type", new StringSchema(), "title",
				new StringSchema(), "status", new IntegerSchema(), "detail", new StringSchema(), "instance",
				new StringSchema(), "field", new StringSchema().description("The request field at fault, if any"))));
		return schema;
	}

}
