package dev.storysmith.question;

import java.io.IOException;
import java.util.Locale;
import java.util.function.LongSupplier;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves the bank's pages to anonymous visitors from memory, rendered once per bank snapshot.
 *
 * <p>For a visitor with no session and no credentials, {@code /questions?...} and
 * {@code /questions/{id}} depend on nothing but the bank snapshot, the locale and the URL:
 * the layout shows no name, the page reads no CSRF token (so rendering makes no session), and
 * there are no flash messages without a session. Such a page is rendered the first time it is
 * asked for and its bytes are kept with the headers the page set (type, locale, ETag, cache
 * control); the next anonymous visitor gets the same bytes without a controller or template
 * running. Everyone else (signed in, or holding a session) goes through the controller as
 * before. A new bank version starts a new, empty cache, so no page outlives the snapshot it
 * was rendered from.
 */
final class AnonymousPageCache extends OncePerRequestFilter {

	/** Pages whose path and parameters are longer than this (10,000-character searches) are rendered, not kept. */
	static final int MAX_CACHED_URL = 512;

	/** The version supplied when there is no bank (web slices of other modules): nothing is kept. */
	static final long NO_BANK = Long.MIN_VALUE;

	private final LongSupplier bankVersion;

	private final LocaleResolver locales;

	private final long maxBytes;

	private volatile Generation generation = new Generation(NO_BANK, 0);

	/**
	 * @param bankVersion the version of the bank snapshot pages are rendered from
	 * @param maxBytes how many bytes of pages one bank version may keep (least used go first)
	 */
	AnonymousPageCache(LongSupplier bankVersion, LocaleResolver locales, long maxBytes) {
		this.bankVersion = bankVersion;
		this.locales = locales;
		this.maxBytes = maxBytes;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"GET".equals(request.getMethod()) || request.getUserPrincipal() != null
				|| request.getSession(false) != null || request.getHeader(HttpHeaders.AUTHORIZATION) != null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String url = pageOf(request);
		long version = bankVersion.getAsLong();
		if (url.length() > MAX_CACHED_URL || version == NO_BANK) {
			chain.doFilter(request, response);
			return;
		}
		Generation pages = generationOf(version);
		String key = locales.resolveLocale(request).toLanguageTag() + " " + url;
		RenderedPage kept = pages.cache.getIfPresent(key);
		if (kept != null) {
			kept.writeTo(request, response);
			return;
		}
		ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, rendering);
		RenderedPage rendered = RenderedPage.of(rendering);
		// Keep only what an anonymous visitor saw in full, from the version it was keyed by.
		if (rendered != null && request.getSession(false) == null && bankVersion.getAsLong() == version) {
			pages.cache.put(key, rendered);
		}
		rendering.copyBodyToResponse();
	}

	/**
	 * The path and its parameters, each name and value prefixed with its length so that no
	 * two different parameter sets give the same key (values may hold any character).
	 */
	private static String pageOf(HttpServletRequest request) {
		StringBuilder page = new StringBuilder(request.getRequestURI());
		request.getParameterMap().forEach((name, values) -> {
			page.append(' ').append(name.length()).append(':').append(name);
			for (String value : values) {
				page.append(' ').append(value.length()).append(':').append(value);
			}
		});
		return page.toString();
	}

	private Generation generationOf(long version) {
		Generation current = generation;
		if (current.version != version) {
			synchronized (this) {
				current = generation;
				if (current.version != version) {
					current = new Generation(version, maxBytes);
					generation = current;
				}
			}
		}
		return current;
	}

	/** The pages rendered from one bank version. */
	private static final class Generation {

		final long version;

		final Cache<String, RenderedPage> cache;

		Generation(long version, long maxBytes) {
			this.version = version;
			this.cache = Caffeine.newBuilder()
				.maximumWeight(maxBytes)
				.weigher((String key, RenderedPage page) -> key.length() + page.body.length)
				.build();
		}

	}

	/** A page's bytes and the headers that describe them. */
	record RenderedPage(byte[] body, String contentType, Locale locale, String etag, String cacheControl) {

		/** The page as rendered, or null when it is not a plain 200 page without cookies. */
		static RenderedPage of(ContentCachingResponseWrapper rendering) {
			if (rendering.getStatus() != HttpServletResponse.SC_OK || rendering.getContentType() == null
					|| rendering.containsHeader(HttpHeaders.SET_COOKIE)) {
				return null;
			}
			return new RenderedPage(rendering.getContentAsByteArray(), rendering.getContentType(),
					rendering.getLocale(), rendering.getHeader(HttpHeaders.ETAG),
					rendering.getHeader(HttpHeaders.CACHE_CONTROL));
		}

		void writeTo(HttpServletRequest request, HttpServletResponse response) throws IOException {
			if (cacheControl != null) {
				response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
			}
			if (etag != null && new ServletWebRequest(request, response).checkNotModified(etag)) {
				return;
			}
			response.setContentType(contentType);
			// Content-Language: Tomcat keeps it as the response locale, not as a header.
			response.setLocale(locale);
			response.setContentLength(body.length);
			response.getOutputStream().write(body);
		}

	}

}
