package dev.storysmith.system;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The OpenAPI document lists the API with its schemas, errors and sign-in, and Swagger UI is reachable. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:api-docs;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class ApiDocumentationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void describesEveryApiEndpointWithSchemasErrorsAndAuth() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/score'].post.requestBody.content['application/json'].schema.$ref")
				.value(containsString("ScoreRequest")))
			.andExpect(jsonPath("$.paths['/api/score'].post.responses['413']").exists())
			.andExpect(jsonPath("$.paths['/api/questions'].get.parameters[*].name").value(hasItems("competency", "difficulty", "q")))
			.andExpect(jsonPath("$.paths['/api/questions/{id}'].get.responses['404']").exists())
			.andExpect(jsonPath("$.paths['/api/stories'].post.responses['401']").exists())
			.andExpect(jsonPath("$.paths['/api/stories'].get.security").isNotEmpty())
			.andExpect(jsonPath("$.paths['/api/stories/{id}'].put.responses['409']").exists())
			.andExpect(jsonPath("$.paths['/api/frameworks']").exists())
			.andExpect(jsonPath("$.paths['/api/plan'].post.requestBody.content['application/json'].schema.$ref")
				.value(containsString("PlanRequest")))
			.andExpect(jsonPath("$.paths['/api/plan'].post.responses['413']").exists())
			.andExpect(jsonPath("$.components.schemas.PlanResponse").exists())
			.andExpect(jsonPath("$.components.securitySchemes.basicAuth.scheme").value("basic"))
			.andExpect(jsonPath("$.components.securitySchemes.accessToken.scheme").value("bearer"))
			.andExpect(jsonPath("$.components.schemas.Scorecard").exists())
			.andExpect(jsonPath("$.components.schemas.Problem").exists());
	}

	@Test
	void servesSwaggerUiToAnonymousVisitors() throws Exception {
		mvc.perform(get("/swagger-ui.html")).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/swagger-ui/index.html"));
		mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk())
			.andExpect(content().string(containsString("swagger-ui")));
	}

}
