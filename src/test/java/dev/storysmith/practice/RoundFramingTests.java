package dev.storysmith.practice;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import dev.storysmith.account.AccountPrincipal;
import dev.storysmith.framework.FrameworkCatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A round on "a major incident you led": the real-incident shape, four boxes in two minutes, the
 * switch, and an answer kept with the attempt (no story written) that ends the switching.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:round-framing;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class RoundFramingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PracticeAttemptRepository attempts;

	@Autowired
	FrameworkCatalog frameworks;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	@Test
	void anIncidentYouLedIsAnsweredAsAStoryInFourBoxesAndCanSwitchToThePlaybook() throws Exception {
		AccountPrincipal me = newUser();
		long id = attempts.save(new PracticeAttempt(me.id(), "led-a-major-incident",
				RoundShape.framework(List.of("incident-playbook", "star-l"), List.of("incidents"), 120),
				120, Instant.now())).getId();

		String page = mvc.perform(get("/practice/" + id).with(user(me)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("What I did")))
			.andExpect(content().string(not(containsString("name=\"sections[task]\""))))
			.andReturn().getResponse().getContentAsString();
		assertThat(page.split("class=\"section-text\"", -1)).hasSize(5);

		mvc.perform(post("/practice/" + id + "/framework").with(user(me)).with(csrf()).param("framework", "incident-playbook"))
			.andExpect(redirectedUrl("/practice/" + id));
		assertThat(attempts.findById(id).orElseThrow().getFrameworkId()).isEqualTo("incident-playbook");

		mvc.perform(post("/practice/" + id + "/framework").with(user(me)).with(csrf()).param("framework", "impact"))
			.andExpect(redirectedUrl("/practice/" + id));
		assertThat(attempts.findById(id).orElseThrow().getFrameworkId()).isEqualTo("incident-playbook");

		mvc.perform(post("/practice/" + id + "/framework").with(user(newUser())).with(csrf()).param("framework", "star-l"))
			.andExpect(status().isNotFound());
		assertThat(attempts.findById(id).orElseThrow().getFrameworkId()).isEqualTo("incident-playbook");

		String first = frameworks.find("incident-playbook").orElseThrow().sectionIds().get(0);
		mvc.perform(post("/practice/" + id).with(user(me)).with(csrf())
			.param("sections[" + first + "]", "I would page the owner and freeze deploys."))
			.andExpect(redirectedUrl("/practice/" + id));
		assertThat(attempts.findById(id).orElseThrow().getSections()).containsKey(first);
		assertThat(jdbc.queryForObject("select count(*) from story where owner_id = ?", Integer.class, me.id())).isZero();
		mvc.perform(post("/practice/" + id + "/framework").with(user(me)).with(csrf()).param("framework", "star-l"))
			.andExpect(redirectedUrl("/practice/" + id));
		assertThat(attempts.findById(id).orElseThrow().getFrameworkId()).isEqualTo("incident-playbook");
	}

	private AccountPrincipal newUser() {
		String name = "f" + UUID.randomUUID().toString().substring(0, 8);
		jdbc.update("insert into user_account (username, password_hash, created_at) values (?, ?, ?)", name, "{noop}x",
				Timestamp.from(Instant.now()));
		return (AccountPrincipal) users.loadUserByUsername(name);
	}

}
