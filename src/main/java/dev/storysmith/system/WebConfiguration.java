package dev.storysmith.system;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

@Configuration(proxyBeanMethods = false)
class WebConfiguration {

	/**
	 * Keeps Boot from wrapping every response in a {@link ResourceUrlEncodingFilter}. The
	 * webjars locator switches the resource chain on, and with it that filter, which makes
	 * Thymeleaf look up every {@code @{...}} link of a page as a static resource: a miss for
	 * {@code /questions/...} links that is never cached and probes four classpath folders in
	 * the nested jar each time. /questions (about 270 links) served 4 requests/s under load.
	 * We use no content-hash or fixed-version URLs, so nothing needs rewriting; version-less
	 * webjar URLs are resolved when the resource is requested, not by this filter.
	 */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilterOff() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

}
