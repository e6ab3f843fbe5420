package dev.tandem.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import dev.tandem.adoption.IngestionRequests;
import dev.tandem.identity.Accounts;
import dev.tandem.identity.ApiTokens;
import dev.tandem.identity.Role;
import dev.tandem.support.Http;
import dev.tandem.support.OnH2;
import dev.tandem.support.Unique;

/**
 * Walks every endpoint the application maps (found from Spring MVC's handler mappings, so
 * new endpoints are covered without touching this test) with no credentials and with each
 * role, and checks the status against the access policy written out below, independently
 * of SecurityConfig. Allowed calls may still fail on the made-up ids and bodies (400,
 * 404), but never with 401, 403 or a server error.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@OnH2
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorisationWalkTests {

	static final String PASSWORD = "walk-the-endpoints";

	/** Who may call an endpoint. */
	enum Access {

		PUBLIC, SIGNED_IN, VIEWER, MEMBER, ADMIN

	}

	/**
	 * Paths nobody walks: signing out would end the walking session, and Spring's own
	 * error page.
	 */
	static final List<String> NOT_WALKED = List.of("/logout", "/error");

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	final Map<Role, String> tokenOf = new EnumMap<>(Role.class);

	final Map<Role, Session> sessionOf = new EnumMap<>(Role.class);

	record Session(Http http, String csrf) {
	}

	record Endpoint(RequestMethod method, String pattern) {

		boolean api() {
			return pattern.startsWith("/api/v1/");
		}

		String path() {
			var matcher = Pattern.compile("\\{([^}/]+)}").matcher(pattern);
			var path = new StringBuilder();
			while (matcher.find()) {
				var name = matcher.group(1);
				matcher.appendReplacement(path, name.equals("subjectType") ? "team" : UUID.randomUUID().toString());
			}
			matcher.appendTail(path);
			return path.toString();
		}
	}

	@BeforeAll
	void createOneUserPerRole() {
		for (var role : Role.values()) {
			var email = Unique.email("walk-" + role.name().toLowerCase());
			var user = accounts.create(email, "Walker " + role, role, PASSWORD);
			tokenOf.put(role, tokens.create(user.id(), "walk").secret());
			sessionOf.put(role, signIn(email));
		}
	}

	/** The access policy, as a reader of the issue would state it. */
	static Access expectedAccess(Endpoint endpoint) {
		var path = endpoint.pattern();
		if (path.equals("/login") || path.startsWith("/setup") || path.startsWith("/invite")
				|| path.startsWith("/api/docs")) {
			return Access.PUBLIC;
		}
		if (path.startsWith("/api/v1/users") || path.startsWith("/admin")) {
			return Access.ADMIN;
		}
		// OKR settings and closing a whole quarter are for administrators; the okr module
		// answers 403 to other members before it looks at the input.
		if (endpoint.method() != RequestMethod.GET
				&& (path.equals("/api/v1/okr/settings") || path.equals("/api/v1/okr/quarters/{quarter}/close")
						|| path.equals("/okrs/settings") || path.equals("/okrs/quarters/close"))) {
			return Access.ADMIN;
		}
		// The evidence guardrail's rule is the head of UX's counter-power, set by an
		// administrator; the discovery module answers 403 to other members before it
		// looks
		// at the input.
		if (endpoint.method() != RequestMethod.GET
				&& (path.equals("/api/v1/discovery/guardrail") || path.equals("/discovery/guardrail"))) {
			return Access.ADMIN;
		}
		// Closing a month's review freezes it for good: administrators only.
		if (endpoint.method() != RequestMethod.GET
				&& (path.equals("/api/v1/reviews/{month}/close") || path.equals("/review/{month}/close"))) {
			return Access.ADMIN;
		}
		// The forecast settings shape every forecast: administrators change them; the
		// forecast module answers 403 to other members before it looks at the input.
		if (endpoint.method() != RequestMethod.GET && path.equals("/api/v1/forecasts/settings")) {
			return Access.ADMIN;
		}
		// Event sources hold write keys; rebuilding the rollups rewrites them all.
		if (endpoint.method() != RequestMethod.GET
				&& (path.startsWith("/api/v1/adoption/sources") || path.startsWith("/api/v1/adoption/rollups")
						|| path.startsWith("/adoption/sources") || path.startsWith("/adoption/rollups"))) {
			return Access.ADMIN;
		}
		if (path.startsWith("/api/v1/me") || path.startsWith("/account")) {
			return Access.SIGNED_IN;
		}
		return endpoint.method() == RequestMethod.GET ? Access.VIEWER : Access.MEMBER;
	}

	static boolean allows(Access access, Role role) {
		return switch (access) {
			case PUBLIC, SIGNED_IN, VIEWER -> true;
			case MEMBER -> role != Role.VIEWER;
			case ADMIN -> role == Role.ADMIN;
		};
	}

	List<Endpoint> endpoints() {
		var found = new ArrayList<Endpoint>();
		mappings.getHandlerMethods().forEach((info, handler) -> {
			var patterns = info.getPathPatternsCondition() == null ? java.util.Set.<String>of()
					: info.getPathPatternsCondition().getPatternValues();
			var methods = info.getMethodsCondition().getMethods().isEmpty() ? java.util.Set.of(RequestMethod.GET)
					: info.getMethodsCondition().getMethods();
			for (var pattern : patterns) {
				// The ingestion endpoints take nothing but a write key
				// (IngestionApiTests).
				if (NOT_WALKED.contains(pattern) || IngestionRequests.paths().contains(pattern)) {
					continue;
				}
				methods.forEach(method -> found.add(new Endpoint(method, pattern)));
			}
		});
		return found;
	}

	@Test
	void everyEndpointAnswersEachRoleAsThePolicySays() {
		var endpoints = endpoints();
		assertThat(endpoints).as("endpoints found to walk").hasSizeGreaterThanOrEqualTo(5);
		var softly = new SoftAssertions();
		for (var endpoint : endpoints) {
			var access = expectedAccess(endpoint);
			var anonymous = call(endpoint, null);
			if (access == Access.PUBLIC) {
				softly.assertThat(anonymous).as("anonymous %s", endpoint).isNotIn(401, 403).isLessThan(500);
			}
			else if (endpoint.api()) {
				softly.assertThat(anonymous).as("anonymous %s", endpoint).isEqualTo(401);
			}
			else {
				softly.assertThat(anonymous).as("anonymous %s (sent to sign-in)", endpoint).isEqualTo(302);
			}
			for (var role : Role.values()) {
				var status = call(endpoint, role);
				if (allows(access, role)) {
					softly.assertThat(status).as("%s %s", role, endpoint).isNotIn(401, 403).isLessThan(500);
				}
				else {
					softly.assertThat(status).as("%s %s", role, endpoint).isEqualTo(403);
				}
			}
		}
		softly.assertAll();
	}

	/**
	 * The odd spellings of a path an attacker tries on a rule that compares raw text.
	 * Percent-encoding letters names the very same resource, so it must be answered
	 * exactly as the plain path is; the others name no resource at all and may only be
	 * refused (400, 404, 405) or, for a role the policy refuses, refused as before.
	 */
	enum Spelling {

		/**
		 * {@code /api/v1/adoption/%73ources}: the first letter of every literal segment
		 * encoded.
		 */
		PERCENT_ENCODED,
		/** {@code /api/v1/adoption/sources/} */
		TRAILING_SLASH,
		/** {@code /api/v1/adoption/sources;x=1} */
		PATH_PARAMETER,
		/** {@code /api/v1/adoption/Sources} */
		MIXED_CASE;

		String of(String path) {
			return switch (this) {
				case PERCENT_ENCODED -> encodeFirstLetters(path);
				case TRAILING_SLASH -> path + "/";
				case PATH_PARAMETER -> path + ";x=1";
				case MIXED_CASE -> capitaliseLastLiteral(path);
			};
		}

		private static String encodeFirstLetters(String path) {
			var out = new StringBuilder();
			for (var segment : path.substring(1).split("/", -1)) {
				out.append('/');
				if (!segment.isEmpty() && Character.isLetter(segment.charAt(0)) && !isId(segment)) {
					out.append(String.format("%%%02x", (int) segment.charAt(0))).append(segment.substring(1));
				}
				else {
					out.append(segment);
				}
			}
			return out.toString();
		}

		private static String capitaliseLastLiteral(String path) {
			var segments = path.split("/", -1);
			for (int i = segments.length - 1; i > 0; i--) {
				if (!segments[i].isEmpty() && Character.isLowerCase(segments[i].charAt(0)) && !isId(segments[i])) {
					segments[i] = Character.toUpperCase(segments[i].charAt(0)) + segments[i].substring(1);
					break;
				}
			}
			return String.join("/", segments);
		}

		private static boolean isId(String segment) {
			return segment.length() == 36 && segment.chars().filter(c -> c == '-').count() == 4;
		}

	}

	@Test
	void oddSpellingsOfAPathGrantNothingThePlainPathRefuses() {
		var softly = new SoftAssertions();
		for (var endpoint : endpoints()) {
			var access = expectedAccess(endpoint);
			var plainPath = endpoint.path();
			for (var spelling : Spelling.values()) {
				var path = spelling.of(plainPath);
				for (var role : new Role[] { null, Role.VIEWER, Role.MEMBER, Role.ADMIN }) {
					var who = (role == null ? "anonymous" : role.name()) + " " + endpoint.method() + " " + path;
					var status = call(endpoint, role, path);
					softly.assertThat(status).as(who).isLessThan(500);
					if (spelling == Spelling.PERCENT_ENCODED) {
						softly.assertThat(status)
							.as(who + " (same as the plain path)")
							.isEqualTo(call(endpoint, role, plainPath));
					}
					else if (role == null ? access != Access.PUBLIC : !allows(access, role)) {
						softly.assertThat(status).as(who + " (refused)").isIn(302, 400, 401, 403, 404, 405);
						if (status == 302) {
							softly.assertThat(role).as(who + " only anonymous visitors are sent to sign in").isNull();
						}
					}
				}
			}
		}
		softly.assertAll();
	}

	@Test
	void oddSpellingsOfTheIngestionPathsStillWantAWriteKey() {
		var admin = sessionOf.get(Role.ADMIN);
		var softly = new SoftAssertions();
		for (var plainPath : IngestionRequests.paths()) {
			for (var spelling : Spelling.values()) {
				var path = spelling.of(plainPath);
				var body = "{\"type\":\"track\",\"userId\":\"u\",\"event\":\"E\"}";
				var bySession = admin.http()
					.send("POST", path, body, "Content-Type", "application/json", "X-CSRF-TOKEN", admin.csrf())
					.statusCode();
				var byToken = new Http(port)
					.send("POST", path, body, "Content-Type", "application/json", "Authorization",
							"Bearer " + tokenOf.get(Role.ADMIN))
					.statusCode();
				softly.assertThat(bySession).as("admin session POST %s", path).isIn(400, 401, 403, 404, 405);
				softly.assertThat(byToken).as("admin token POST %s", path).isIn(400, 401, 403, 404, 405);
			}
		}
		softly.assertAll();
	}

	@Test
	void writesThroughTheSessionNeedTheCsrfToken() {
		var session = sessionOf.get(Role.ADMIN);
		for (var endpoint : endpoints()) {
			if (endpoint.method() == RequestMethod.GET || expectedAccess(endpoint) == Access.PUBLIC) {
				continue;
			}
			var status = endpoint.api() ? session.http()
				.send(endpoint.method().name(), endpoint.path(), "{}", "Content-Type", "application/json")
				.statusCode() : session.http().postForm(endpoint.path(), "").statusCode();
			assertThat(status).as("%s without CSRF token", endpoint).isEqualTo(403);
		}
	}

	/**
	 * Calls with a bearer token for API paths, with the role's signed-in session for
	 * pages.
	 */
	int call(Endpoint endpoint, Role role) {
		return call(endpoint, role, endpoint.path());
	}

	int call(Endpoint endpoint, Role role, String path) {
		var method = endpoint.method().name();
		if (role == null) {
			var http = new Http(port);
			if (endpoint.api()) {
				return http.send(method, path, "{}", "Content-Type", "application/json").statusCode();
			}
			if (endpoint.method() == RequestMethod.GET) {
				return http.get(path).statusCode();
			}
			// An anonymous visitor has a CSRF token too (from any page), so the test sees
			// the access rule, not CSRF.
			var csrf = hiddenCsrf(http.get("/login").body());
			return http
				.send(method, path, "", "Content-Type", "application/x-www-form-urlencoded", "X-CSRF-TOKEN", csrf)
				.statusCode();
		}
		if (endpoint.api()) {
			return new Http(port)
				.send(method, path, "{}", "Content-Type", "application/json", "Authorization",
						"Bearer " + tokenOf.get(role))
				.statusCode();
		}
		var session = sessionOf.get(role);
		if (endpoint.method() == RequestMethod.GET) {
			return session.http().get(path).statusCode();
		}
		return session.http()
			.send(method, path, "", "Content-Type", "application/x-www-form-urlencoded", "X-CSRF-TOKEN", session.csrf())
			.statusCode();
	}

	Session signIn(String email) {
		var http = new Http(port);
		var loginPage = http.get("/login").body();
		var response = http.postForm("/login",
				"email=" + email + "&password=" + PASSWORD.replace(" ", "+") + "&_csrf=" + hiddenCsrf(loginPage));
		assertThat(response.statusCode()).as("sign-in redirect").isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
		return new Session(http, hiddenCsrf(http.get("/login").body()));
	}

	static String hiddenCsrf(String html) {
		var matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
		assertThat(matcher.find()).as("CSRF field on the page").isTrue();
		return matcher.group(1);
	}

}
