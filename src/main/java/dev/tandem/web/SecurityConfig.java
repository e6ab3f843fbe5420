package dev.tandem.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import dev.tandem.adoption.EventSources;
import dev.tandem.adoption.IngestionRequests;
import dev.tandem.identity.Accounts;
import dev.tandem.identity.ApiTokens;
import dev.tandem.identity.SignInThrottle;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Three filter chains. The ingestion chain takes nothing but an event source's write key
 * on the usage-event endpoints. The API chain ({@code /api/**}) takes a personal token
 * ({@code Authorization: Bearer …}) or the browser's session, answers 401/403 as problem
 * details, and wants a CSRF token only from session callers. The page chain uses form
 * login. Rights follow the role hierarchy ADMIN > MEMBER > VIEWER: reading needs any
 * role, writing needs MEMBER, managing users needs ADMIN, and everybody manages their own
 * password and tokens.
 */
@Configuration
@EnableWebSecurity
class SecurityConfig {

	private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
			+ "style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.fromHierarchy("""
				ROLE_ADMIN > ROLE_MEMBER
				ROLE_MEMBER > ROLE_VIEWER
				""");
	}

	/**
	 * Usage events from product code ({@code /v1/track} …, PostHog's {@code /capture/}
	 * …): stateless, no CSRF (no ambient credential), authenticated only by a source's
	 * write key, which no other chain knows. Browsers' SDKs post cross-origin, hence CORS
	 * open to any origin without credentials.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain ingestion(HttpSecurity http, EventSources sources) throws Exception {
		var cors = new CorsConfiguration();
		cors.addAllowedOriginPattern("*");
		cors.setAllowedMethods(List.of("POST", "OPTIONS"));
		cors.setAllowedHeaders(List.of("Content-Type", "Content-Encoding", "Authorization"));
		cors.setMaxAge(Duration.ofHours(1));
		http.securityMatcher(ingestionPaths())
			.authorizeHttpRequests(auth -> auth.anyRequest().hasAuthority(WriteKeyFilter.AUTHORITY))
			.addFilterBefore(new WriteKeyFilter(sources), UsernamePasswordAuthenticationFilter.class)
			.cors(c -> c.configurationSource(request -> cors))
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext(
					context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.requestCache(cache -> cache.disable())
			.anonymous(anonymous -> anonymous.disable())
			.logout(logout -> logout.disable())
			.exceptionHandling(errors -> errors
				.authenticationEntryPoint((request, response, e) -> WriteKeyFilter.error(response, 401,
						"Send the source's write key as the HTTP Basic user name"))
				.accessDeniedHandler((request, response, e) -> WriteKeyFilter.error(response, 401,
						"Send the source's write key as the HTTP Basic user name")));
		return http.build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, Accounts accounts) throws Exception {
		http.securityMatcher("/api/v1/**")
			.authorizeHttpRequests(auth -> auth.requestMatchers("/api/v1/users", "/api/v1/users/**")
				.hasRole("ADMIN")
				.requestMatchers(adoptionAdministration())
				.hasRole("ADMIN")
				.requestMatchers("/api/v1/me", "/api/v1/me/**")
				.authenticated()
				.requestMatchers(HttpMethod.GET, "/api/v1/**")
				.hasRole("VIEWER")
				.anyRequest()
				.hasRole("MEMBER"))
			.addFilterBefore(new BearerTokenFilter(tokens), UsernamePasswordAuthenticationFilter.class)
			.addFilterAfter(new CurrentAccountFilter(accounts), CsrfFilter.class)
			.csrf(csrf -> csrf.ignoringRequestMatchers(SecurityConfig::cannotBeForged))
			.exceptionHandling(errors -> errors
				.authenticationEntryPoint((request, response, e) -> writeProblem(response, HttpStatus.UNAUTHORIZED,
						"Sign in or send a valid API token"))
				.accessDeniedHandler((request, response, e) -> writeProblem(response, HttpStatus.FORBIDDEN,
						request.getMethod().equals("GET") ? "Your role does not allow this"
								: "Your role does not allow this, or the CSRF token is missing")))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, SignInThrottle throttle, Accounts accounts) throws Exception {
		http.authorizeHttpRequests(auth -> auth
			.requestMatchers("/login", "/setup", "/invite", "/error", "/webjars/**", "/css/**", "/js/**", "/img/**",
					"/favicon.ico", "/actuator/health", "/actuator/health/**", "/api/docs", "/api/docs/**")
			.permitAll()
			.requestMatchers("/actuator/**", "/admin/**")
			.hasRole("ADMIN")
			.requestMatchers(adoptionAdministration())
			.hasRole("ADMIN")
			.requestMatchers("/account", "/account/**", "/logout")
			.authenticated()
			.requestMatchers(HttpMethod.GET, "/**")
			.hasRole("VIEWER")
			.anyRequest()
			.hasRole("MEMBER"))
			.formLogin(form -> form.loginPage("/login")
				.usernameParameter("email")
				.failureHandler(throttle.failureHandler("/login?error"))
				.successHandler(CurrentAccountFilter.remembering(accounts, throttle.successHandler("/")))
				.permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
			.addFilterBefore(throttle.filter("/login"), UsernamePasswordAuthenticationFilter.class)
			.addFilterAfter(new CurrentAccountFilter(accounts), CsrfFilter.class)
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	/**
	 * Managing event sources (their write keys) and rebuilding the rollups is for
	 * administrators; reading them is for everyone signed in. Like every rule here it
	 * matches the decoded, normalised path ({@link PathPatternRequestMatcher}), so
	 * {@code /api/v1/adoption/%73ources} is the same path as
	 * {@code /api/v1/adoption/sources}.
	 */
	static RequestMatcher adoptionAdministration() {
		RequestMatcher writes = request -> !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
		return new AndRequestMatcher(writes, anyOf("/api/v1/adoption/sources/**", "/api/v1/adoption/rollups/**",
				"/adoption/sources/**", "/adoption/rollups/**"));
	}

	/** The usage-event endpoints, matched on the decoded path like every other rule. */
	static RequestMatcher ingestionPaths() {
		return anyOf(IngestionRequests.paths().toArray(String[]::new));
	}

	private static RequestMatcher anyOf(String... patterns) {
		var paths = PathPatternRequestMatcher.withDefaults();
		return new OrRequestMatcher(java.util.Arrays.stream(patterns).<RequestMatcher>map(paths::matcher).toList());
	}

	/**
	 * CSRF protects ambient credentials, i.e. the session cookie. A bearer-token call
	 * carries its credential explicitly, and a call without a session has no credential
	 * to abuse, so it gets its honest 401 instead of a CSRF 403.
	 */
	static boolean cannotBeForged(jakarta.servlet.http.HttpServletRequest request) {
		return BearerTokenFilter.hasBearerToken(request) || request.getSession(false) == null;
	}

	static void writeProblem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
		response.setStatus(status.value());
		response.setContentType(Problems.MEDIA_TYPE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(Problems.json(status, detail));
	}

}
