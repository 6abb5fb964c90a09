package dev.storysmith.account;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import tools.jackson.databind.json.JsonMapper;

/**
 * Two filter chains. {@code /api/**} is stateless: HTTP Basic or a personal access token on
 * every request, no session, no CSRF token, problem+json refusals. Pages use a session
 * with form login and CSRF on every form. Both deny by default: a new endpoint is private
 * until a rule here makes it public.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/**
	 * Spring Security's observations are switched off ({@code management.observations.enable.spring.security});
	 * without this it still wraps every filter of every chain in an observation that records
	 * nothing, which was 7% of a bank page served from memory.
	 */
	@Bean
	static SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthenticationProvider authenticationProvider(AccountUserDetailsService users, PasswordEncoder encoder,
			LoginThrottle throttle) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
		passwords.setPasswordEncoder(encoder);
		return new ThrottlingAuthenticationProvider(passwords, throttle);
	}

	@Bean
	ProblemAuthenticationEntryPoint problemEntryPoint(JsonMapper json, Clock clock) {
		return new ProblemAuthenticationEntryPoint(json, clock);
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, AccessTokens tokens, ProblemAuthenticationEntryPoint problems) {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(auth -> auth
				.requestMatchers(HttpMethod.GET, "/api/questions", "/api/questions/**", "/api/frameworks",
						"/api/frameworks/**", "/api/competencies")
				.permitAll()
				.requestMatchers(HttpMethod.POST, "/api/score", "/api/plan")
				.permitAll()
				.anyRequest()
				.authenticated())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.httpBasic(basic -> basic.authenticationEntryPoint(problems))
			.exceptionHandling(ex -> ex.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.addFilterBefore(new AccessTokenAuthenticationFilter(tokens, problems), BasicAuthenticationFilter.class)
			.headers(SecurityConfiguration::headers);
		return http.build();
	}

	/**
	 * Actuator: health is public (load balancers, the Docker HEALTHCHECK); everything else
	 * (info, metrics, prometheus) needs ADMIN, either from a signed-in admin's page session or
	 * per request with HTTP Basic or a personal access token, so a Prometheus scraper can log
	 * in without a form. Never creates a session itself.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain actuatorChain(HttpSecurity http, AccessTokens tokens, ProblemAuthenticationEntryPoint problems) {
		http.securityMatcher("/actuator/**")
			.authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.anyRequest()
				.hasRole("ADMIN"))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.httpBasic(basic -> basic.authenticationEntryPoint(problems))
			.exceptionHandling(ex -> ex.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.addFilterBefore(new AccessTokenAuthenticationFilter(tokens, problems), BasicAuthenticationFilter.class)
			.headers(SecurityConfiguration::headers);
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain pageChain(HttpSecurity http, UserAccountRepository accounts) {
		SimpleUrlAuthenticationFailureHandler failure = new SimpleUrlAuthenticationFailureHandler("/login?error");
		http.authorizeHttpRequests(auth -> auth
			.requestMatchers("/", "/questions", "/questions/**", "/score", "/plan", "/login", "/register", "/error",
					"/error/**", "/css/**", "/js/**", "/webjars/**", "/favicon*.svg", "/v3/api-docs",
					"/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
			.permitAll()
			.requestMatchers("/admin/**")
			.hasRole("ADMIN")
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/login").failureHandler(failure).permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			.httpBasic(basic -> basic.disable())
			.addFilterAfter(new SessionEpochFilter(accounts), SecurityContextHolderFilter.class)
			.headers(SecurityConfiguration::headers);
		return http.build();
	}

	private static void headers(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
			.contentTypeOptions(Customizer.withDefaults());
	}

}
