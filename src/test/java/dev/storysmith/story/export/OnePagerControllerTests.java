package dev.storysmith.story.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.storysmith.account.AccountPrincipal;
import dev.storysmith.story.StoryContent;
import dev.storysmith.story.StoryService;
import dev.storysmith.story.StoryView;
import dev.storysmith.system.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The interview-day one-pager: print page and one-page PDF, only the owner's stories, one to six of them. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:one-pager;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class OnePagerControllerTests {

	private static final List<String> STRONG = List.of("payments", "ml", "infra", "data", "frontend", "security");

	@Autowired
	MockMvc mvc;

	@Autowired
	StoryService stories;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	AccountPrincipal alice;

	String aliceName;

	AccountPrincipal bob;

	@BeforeEach
	void users() {
		aliceName = TestAccounts.create(jdbc, encoder);
		alice = (AccountPrincipal) users.loadUserByUsername(aliceName);
		bob = (AccountPrincipal) users.loadUserByUsername(TestAccounts.create(jdbc, encoder));
	}

	/** Six full-length strong stories from the rubric's calibration set, titled "Story payments" and so on. */
	private List<StoryView> sixStrongStories() throws IOException {
		List<StoryView> created = new ArrayList<>();
		for (String domain : STRONG) {
			try (InputStream in = getClass().getResourceAsStream("/rubric/calibration/" + domain + "-strong.json")) {
				JsonNode json = JsonMapper.builder().build().readTree(in);
				Map<String, String> sections = new LinkedHashMap<>();
				json.get("sections").properties().forEach(e -> sections.put(e.getKey(), e.getValue().asString()));
				created.add(stories.create(alice.id(), new StoryContent("Story " + domain, "star-l", sections, "", Set.of(),
						Set.of(domain.equals("payments") ? "ownership" : "technical-judgment"))));
			}
		}
		return created;
	}

	private static String ids(List<StoryView> views) {
		return views.stream().map(v -> String.valueOf(v.id())).collect(Collectors.joining(","));
	}

	@Test
	void thePdfOfSixStoriesIsOnePageWithEveryTitle() throws Exception {
		List<StoryView> six = sixStrongStories();

		byte[] pdf = mvc.perform(get("/api/stories/one-pager.pdf").param("ids", ids(six))
			.with(httpBasic(aliceName, TestAccounts.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		// kept for a person to look at after the run, like the browser tests' screenshots
		Files.createDirectories(Path.of("target", "screenshots"));
		Files.write(Path.of("target", "screenshots", "one-pager.pdf"), pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			String text = new PDFTextStripper().getText(document);
			STRONG.forEach(domain -> assertThat(text).contains("Story " + domain));
			assertThat(text).contains("from 2.3 s to 610 ms", "DECISION", "LESSON", "Competencies", "Questions to ask them");
		}
	}

	@Test
	void thePageShowsHookNumbersDecisionLessonAndTheCompetencyMap() throws Exception {
		StoryView payments = sixStrongStories().get(0);

		String html = mvc.perform(get("/stories/one-pager").param("ids", String.valueOf(payments.id())).with(user(alice)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("Story payments", "class=\"op-number\"", "class=\"op-hook\"",
				"/stories/one-pager.pdf?ids=" + payments.id());
		// the stylesheet is fingerprinted like every static file
		assertThat(html).containsPattern("/css/one-pager-[0-9a-f]{32}\\.css");
		assertThat(html).containsPattern("<th>Ownership</th>\\s*<td>Story payments</td>");
		mvc.perform(get("/stories/one-pager.pdf").param("ids", String.valueOf(payments.id())).with(user(alice)))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF));
	}

	@Test
	void anotherUsersStoryIs404() throws Exception {
		StoryView mine = stories.create(alice.id(),
				new StoryContent("Alice only", "star", Map.of("action", "I did it."), "", Set.of(), Set.of()));

		mvc.perform(get("/stories/one-pager").param("ids", String.valueOf(mine.id())).with(user(bob)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/stories/one-pager.pdf").param("ids", String.valueOf(mine.id())).with(user(bob)))
			.andExpect(status().isNotFound());
	}

	@Test
	void noStoryOrMoreThanSixIs400WithAProblemOnTheApi() throws Exception {
		mvc.perform(get("/api/stories/one-pager.pdf").with(httpBasic(aliceName, TestAccounts.PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.field").value("ids"));
		mvc.perform(get("/api/stories/one-pager.pdf").param("ids", "1,2,3,4,5,6,7")
			.with(httpBasic(aliceName, TestAccounts.PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("at most 6")));
		mvc.perform(get("/api/stories/one-pager.pdf").param("ids", "1,x").with(httpBasic(aliceName, TestAccounts.PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("'x' is not a story id")));
		mvc.perform(get("/stories/one-pager").param("ids", "").with(user(alice))).andExpect(status().isBadRequest());
	}

}
