package dev.storysmith.question;

import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

import static org.assertj.core.api.Assertions.assertThat;

class AnonymousPageCacheTests {

	private final AtomicLong version = new AtomicLong(3);

	private final AnonymousPageCache cache = new AnonymousPageCache(version::get, new AcceptHeaderLocaleResolver(),
			1_000_000);

	/** Stands in for the controller and template: counts its renderings and says which one it was. */
	private final PageServlet page = new PageServlet();

	@Test
	void rendersAPageOnceAndServesTheSameBytesAndHeadersToTheNextAnonymousVisitor() throws Exception {
		MockHttpServletResponse first = get(request("/questions"));
		MockHttpServletResponse second = get(request("/questions"));

		assertThat(page.renderings.get()).isEqualTo(1);
		assertThat(second.getContentAsString()).isEqualTo(first.getContentAsString()).isEqualTo("rendering 1 of /questions");
		assertThat(second.getContentType()).isEqualTo("text/html;charset=UTF-8");
		assertThat(second.getHeader("ETag")).isEqualTo("W/\"bank-3-anonymous\"");
		assertThat(second.getHeader("Cache-Control")).isEqualTo("private, no-cache");
		assertThat(second.getHeader("Content-Language")).isEqualTo("en");
		assertThat(second.getContentLength()).isEqualTo(first.getContentAsByteArray().length);
	}

	@Test
	void rendersAgainOnceTheBankHasANewVersion() throws Exception {
		get(request("/questions/outage"));
		version.set(4);

		assertThat(get(request("/questions/outage")).getContentAsString()).isEqualTo("rendering 2 of /questions/outage");
		assertThat(get(request("/questions/outage")).getContentAsString()).isEqualTo("rendering 2 of /questions/outage");
	}

	@Test
	void keepsOnePagePerQueryAndLocale() throws Exception {
		MockHttpServletRequest filtered = request("/questions");
		filtered.addParameter("competency", "ownership");
		MockHttpServletRequest german = request("/questions");
		german.addPreferredLocale(Locale.GERMAN);

		get(request("/questions"));
		get(filtered);
		get(german);

		assertThat(page.renderings.get()).isEqualTo(3);
		assertThat(get(request("/questions")).getContentAsString()).isEqualTo("rendering 1 of /questions");
	}

	@Test
	void answersAMatchingIfNoneMatchFromAKeptPageWithoutABody() throws Exception {
		get(request("/questions"));
		MockHttpServletRequest revalidation = request("/questions");
		revalidation.addHeader("If-None-Match", "W/\"bank-3-anonymous\"");

		MockHttpServletResponse response = get(revalidation);

		assertThat(response.getStatus()).isEqualTo(304);
		assertThat(response.getContentAsByteArray()).isEmpty();
		assertThat(page.renderings.get()).isEqualTo(1);
	}

	@Test
	void alwaysRendersForSignedInVisitorsSessionHoldersAndCredentials() throws Exception {
		get(request("/questions"));

		MockHttpServletRequest signedIn = request("/questions");
		signedIn.setUserPrincipal(new TestingAuthenticationToken("ada", "secret"));
		MockHttpServletRequest withSession = request("/questions");
		withSession.setSession(new MockHttpSession());
		MockHttpServletRequest withToken = request("/questions");
		withToken.addHeader("Authorization", "Bearer ssk_x");

		assertThat(get(signedIn).getContentAsString()).isEqualTo("rendering 2 of /questions");
		assertThat(get(withSession).getContentAsString()).isEqualTo("rendering 3 of /questions");
		assertThat(get(withToken).getContentAsString()).isEqualTo("rendering 4 of /questions");
	}

	@Test
	void keepsNoErrorPageNorAPageThatStartedASessionOrSetACookie() throws Exception {
		page.status = 404;
		get(request("/questions/unknown"));
		get(request("/questions/unknown"));
		page.status = 200;
		page.startsSession = true;
		get(request("/questions/a"));
		get(request("/questions/a"));
		page.startsSession = false;
		page.setsCookie = true;
		get(request("/questions/b"));
		get(request("/questions/b"));

		assertThat(page.renderings.get()).isEqualTo(6);
	}

	@Test
	void rendersOverLongUrlsAndOtherMethodsEveryTime() throws Exception {
		MockHttpServletRequest longSearch = request("/questions");
		longSearch.addParameter("q", "x".repeat(AnonymousPageCache.MAX_CACHED_URL));
		get(longSearch);
		get(longSearch);
		MockHttpServletRequest head = request("/questions");
		head.setMethod("HEAD");
		get(head);
		get(head);

		assertThat(page.renderings.get()).isEqualTo(4);
	}

	@Test
	void keepsNothingWithoutABank() throws Exception {
		version.set(AnonymousPageCache.NO_BANK);
		get(request("/questions"));
		get(request("/questions"));

		assertThat(page.renderings.get()).isEqualTo(2);
	}

	private static MockHttpServletRequest request(String uri) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
		request.addPreferredLocale(Locale.ENGLISH);
		return request;
	}

	private MockHttpServletResponse get(MockHttpServletRequest request) throws ServletException, IOException {
		MockHttpServletResponse response = new MockHttpServletResponse();
		cache.doFilter(request, response, new MockFilterChain(page));
		return response;
	}

	private static final class PageServlet extends HttpServlet {

		final AtomicInteger renderings = new AtomicInteger();

		int status = 200;

		boolean startsSession;

		boolean setsCookie;

		@Override
		protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
			int rendering = renderings.incrementAndGet();
			response.setStatus(status);
			response.setHeader("Cache-Control", "private, no-cache");
			response.setHeader("ETag", "W/\"bank-3-anonymous\"");
			response.setLocale(request.getLocale());
			if (startsSession) {
				request.getSession(true);
			}
			if (setsCookie) {
				response.addHeader("Set-Cookie", "remember=1");
			}
			response.setContentType("text/html;charset=UTF-8");
			response.getWriter().write("rendering " + rendering + " of " + request.getRequestURI());
		}

	}

}
