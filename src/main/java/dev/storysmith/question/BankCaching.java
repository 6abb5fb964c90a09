package dev.storysmith.question;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import dev.storysmith.system.Sha256;

/**
 * Answers {@code If-None-Match} on the bank's pages and API before any controller runs: the
 * ETag is the bank snapshot's version plus who is asking, so an unchanged bank costs a 304
 * and no rendering.
 *
 * <p>Who is asking matters for pages only: the layout shows the signed-in name and carries the
 * session's CSRF token, so the page ETag includes a hash of the session id and the user name
 * (both change at sign-in and sign-out). The question pages show no scores, so the low-anxiety
 * preference does not change them. The API answers are the same for everyone.
 *
 * <p>Anonymous visitors, who share one ETag, also share the rendered pages
 * ({@link AnonymousPageCache}).
 */
@Configuration(proxyBeanMethods = false)
class BankCaching implements WebMvcConfigurer {

	private final ObjectProvider<QuestionCatalog> catalog;

	private volatile QuestionCatalog found;

	/** The catalog is looked up when a request comes: web test slices of other modules run without it. */
	BankCaching(ObjectProvider<QuestionCatalog> catalog) {
		this.catalog = catalog;
	}

	/** The catalog, or null without one; looked up once, not on every request (a bean lookup resolves dependencies). */
	private QuestionCatalog bank() {
		QuestionCatalog bank = found;
		if (bank == null) {
			bank = catalog.getIfAvailable();
			found = bank;
		}
		return bank;
	}

	/**
	 * Runs after Spring Security's filters, so the visitor is known, and outside the dispatcher,
	 * so a kept page is written without a handler, interceptor or template running.
	 */
	@Bean
	FilterRegistrationBean<AnonymousPageCache> anonymousPageCache(LocaleResolver localeResolver,
			@Value("${storysmith.questions.page-cache-size:16MB}") DataSize size) {
		FilterRegistrationBean<AnonymousPageCache> registration = new FilterRegistrationBean<>(
				new AnonymousPageCache(this::bankVersion, localeResolver, size.toBytes()));
		registration.addUrlPatterns("/questions", "/questions/*");
		return registration;
	}

	private long bankVersion() {
		QuestionCatalog bank = bank();
		return bank == null ? AnonymousPageCache.NO_BANK : bank.version();
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new EtagInterceptor(this::bank, false)).addPathPatterns("/questions", "/questions/*");
		registry.addInterceptor(new EtagInterceptor(this::bank, true))
			.addPathPatterns("/api/questions", "/api/questions/*", "/api/competencies", "/api/frameworks",
					"/api/frameworks/*");
	}

	static final class EtagInterceptor implements HandlerInterceptor {

		private final Supplier<QuestionCatalog> catalog;

		private final boolean api;

		EtagInterceptor(Supplier<QuestionCatalog> catalog, boolean api) {
			this.catalog = catalog;
			this.api = api;
		}

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			QuestionCatalog bank = catalog.get();
			if (bank == null || !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
				return true;
			}
			// Revalidate every time; pages are per user and never go into shared caches.
			response.setHeader(HttpHeaders.CACHE_CONTROL, api ? "no-cache" : "private, no-cache");
			String etag = "W/\"bank-" + bank.version() + (api ? "" : "-" + visitor(request)) + "\"";
			return !new ServletWebRequest(request, response).checkNotModified(etag);
		}

		private static String visitor(HttpServletRequest request) {
			HttpSession session = request.getSession(false);
			String user = request.getUserPrincipal() == null ? "" : request.getUserPrincipal().getName();
			if (session == null && user.isEmpty()) {
				return "anonymous";
			}
			return Sha256.hex((session == null ? "" : session.getId()) + "\n" + user).substring(0, 16);
		}

	}

}
