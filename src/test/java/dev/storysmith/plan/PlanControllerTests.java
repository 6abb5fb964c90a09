package dev.storysmith.plan;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

import dev.storysmith.account.AccountDeleted;
import dev.storysmith.account.AccountPrincipal;
import dev.storysmith.system.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The /plan pages: a visitor's unsaved plan, saving, scoping to the owner, refused forms, deletion. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:plan-web;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class PlanControllerTests {

	static final String SCRIPT = "<script>alert('x')</script>";

	@Autowired
	MockMvc mvc;

	@Autowired
	PlanService plans;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	UserDetailsService users;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	AccountPrincipal alice;

	AccountPrincipal bob;

	@BeforeEach
	void users() {
		alice = (AccountPrincipal) users.loadUserByUsername(TestAccounts.create(jdbc, encoder));
		bob = (AccountPrincipal) users.loadUserByUsername(TestAccounts.create(jdbc, encoder));
	}

	@Test
	void aVisitorSeesThePlanAtOnceWithThePhrasesMarkedAndGetsThePostingBackAfterSigningIn() throws Exception {
		String posting = Postings.SRE + "\n" + SCRIPT;
		MockHttpSession session = new MockHttpSession();

		mvc.perform(post("/plan").session(session).with(csrf()).param("posting", posting).param("level", "senior"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<mark class=\"signal\" title=\"Incident response: on-call\">on-call</mark>")))
			.andExpect(content().string(containsString("Sign in to save it")))
			.andExpect(content().string(containsString("No story yet:")))
			.andExpect(content().string(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString(SCRIPT))));
		assertThat(plans.plansOf(alice.id())).isEmpty();

		mvc.perform(get("/plan/pending").session(session)).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/plan/pending").session(session).with(user(alice)))
			.andExpect(redirectedUrl("/plan"))
			.andExpect(flash().attribute("message", "plan.pending.restored"));
		mvc.perform(get("/plan").session(session).with(user(alice)))
			.andExpect(content().string(containsString("Site Reliability Engineer, Payments Platform")))
			.andExpect(content().string(containsString("<option value=\"senior\" selected=\"selected\">")));
	}

	@Test
	void savesASignedInUsersPlanAndShowsItOnItsOwnPage() throws Exception {
		String date = LocalDate.now(ZoneOffset.UTC).plusDays(5).toString();
		long id = save(alice, date);

		mvc.perform(get("/plan/" + id).with(user(alice)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>Senior Site Reliability Engineer, Payments Platform</h1>")))
			.andExpect(content().string(containsString("Interview on " + date)))
			.andExpect(content().string(containsString("/stories/new?question=")))
			.andExpect(content().string(containsString("/mock?plan=" + id)))
			.andExpect(content().string(containsString("class=\"task-light\"")));
		mvc.perform(get("/plan").with(user(alice)))
			.andExpect(content().string(containsString("href=\"/plan/" + id + "\"")));
		assertThat(plans.find(alice.id(), id).orElseThrow().questionIds()).hasSizeBetween(6, 10);
	}

	@Test
	void anotherUsersPlanIsNotFoundAnywhere() throws Exception {
		long id = save(alice, "");

		mvc.perform(get("/plan/" + id).with(user(bob))).andExpect(status().isNotFound());
		mvc.perform(post("/plan/" + id + "/refresh").with(user(bob)).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post("/plan/" + id + "/delete").with(user(bob)).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(get("/plan").with(user(bob))).andExpect(content().string(not(containsString("/plan/" + id))));
		assertThat(plans.find(bob.id(), id)).isEmpty();
		assertThat(plans.plansOf(bob.id())).isEmpty();
		assertThat(plans.find(alice.id(), id)).isPresent();
		mvc.perform(get("/plan/" + id)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void aRefusedFormSaysWhyAndKeepsEverythingTyped() throws Exception {
		String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(2).toString();

		mvc.perform(post("/plan").with(user(alice)).with(csrf()).param("posting", Postings.SRE).param("interviewDate", yesterday))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("has passed")))
			.andExpect(content().string(containsString("Site Reliability Engineer, Payments Platform")));
		mvc.perform(post("/plan").with(user(alice)).with(csrf()).param("posting", "x".repeat(PlanInput.MAX_POSTING + 1)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("the limit is 50,000")));
		mvc.perform(post("/plan").with(user(alice)).with(csrf()).param("posting", " "))
			.andExpect(content().string(containsString("Paste the job posting")));
		mvc.perform(post("/plan").with(user(alice)).with(csrf()).param("posting", Postings.SRE).param("level", "wizard"))
			.andExpect(content().string(containsString("Choose the level among")));
		assertThat(plans.plansOf(alice.id())).isEmpty();
	}

	@Test
	void formsWithoutTheirCsrfTokenAreRefused() throws Exception {
		mvc.perform(post("/plan").with(user(alice)).param("posting", Postings.SRE)).andExpect(status().isForbidden());
		assertThat(plans.plansOf(alice.id())).isEmpty();
	}

	@Test
	void deletesAPlanAndEveryPlanOfADeletedAccount() throws Exception {
		long first = save(alice, "");
		save(alice, "");

		mvc.perform(post("/plan/" + first + "/delete").with(user(alice)).with(csrf()))
			.andExpect(redirectedUrl("/plan"))
			.andExpect(flash().attribute("message", "plan.deleted"));
		assertThat(plans.plansOf(alice.id())).hasSize(1);

		transactions.executeWithoutResult(tx -> events.publishEvent(new AccountDeleted(alice.id())));
		assertThat(plans.plansOf(alice.id())).isEmpty();
	}

	@Test
	void refreshKeepsTheQuestionsThePlanPicksNow() throws Exception {
		long id = save(alice, "");

		mvc.perform(post("/plan/" + id + "/refresh").with(user(alice)).with(csrf()))
			.andExpect(redirectedUrl("/plan/" + id))
			.andExpect(flash().attribute("message", "plan.refreshed"));
		assertThat(plans.find(alice.id(), id).orElseThrow().questionIds()).isNotEmpty();
	}

	private long save(AccountPrincipal owner, String date) throws Exception {
		MvcResult saved = mvc
			.perform(post("/plan").with(user(owner)).with(csrf()).param("posting", Postings.SRE).param("interviewDate", date))
			.andExpect(redirectedUrlPattern("/plan/*"))
			.andReturn();
		return Long.parseLong(saved.getResponse().getRedirectedUrl().substring("/plan/".length()));
	}

}
