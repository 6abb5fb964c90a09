package dev.storysmith.system;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

@Configuration(proxyBeanMethods = false)
class WebConfiguration {

	/** The static files whose links carry a content hash (and so can be cached for a year). */
	static final List<String> FINGERPRINTED = List.of("/css/", "/js/", "/favicon.svg");

	/**
	 * Keeps Boot from wrapping every response in a {@link ResourceUrlEncodingFilter}. The
	 * webjars locator switches the resource chain on, and with it that filter, which makes
	 * Thymeleaf look up every {@code @{...}} link of a page as a static resource: a miss for
	 * {@code /questions/...} links that is never cached and probes four classpath folders in
	 * the nested jar each time. /questions (about 270 links) served 4 requests/s under load.
	 * {@link #staticAssetUrls} does the useful part of its work for static links only.
	 */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilterOff() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

	/**
	 * Rewrites page links to the stylesheet, scripts and icon to their content-hashed URLs
	 * ({@code /css/storysmith-3f2a....css}, Spring's content version strategy), leaving every
	 * other link alone, so browsers can keep those files for a year and still get a new one
	 * the moment it changes. The resource chain caches each resolved URL.
	 */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> staticAssetUrls(ResourceUrlProvider mvcResourceUrlProvider) {
		return new FilterRegistrationBean<>(new AssetUrlFilter(mvcResourceUrlProvider));
	}

	static final class AssetUrlFilter extends OncePerRequestFilter {

		private final ResourceUrlProvider urls;

		AssetUrlFilter(ResourceUrlProvider urls) {
			this.urls = urls;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			chain.doFilter(request, new HttpServletResponseWrapper(response) {
				@Override
				public String encodeURL(String url) {
					return super.encodeURL(fingerprinted(request.getContextPath(), url));
				}
			});
		}

		private String fingerprinted(String contextPath, String url) {
			if (!url.startsWith(contextPath)) {
				return url;
			}
			String path = url.substring(contextPath.length());
			if (FINGERPRINTED.stream().noneMatch(path::startsWith) || path.indexOf('?') >= 0 || path.indexOf('#') >= 0) {
				return url;
			}
			String versioned = urls.getForLookupPath(path);
			return versioned == null ? url : contextPath + versioned;
		}

	}

}
