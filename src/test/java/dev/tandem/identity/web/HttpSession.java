package dev.tandem.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.tandem.support.Http;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A browser-like caller for full-app tests: signs in through the form and reads CSRF
 * tokens the way pages offer them.
 */
final class HttpSession {

	private static final Pattern HIDDEN_CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern META_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	private static final JsonMapper json = JsonMapper.builder().build();

	final Http http;

	HttpSession(int port) {
		this.http = new Http(port);
	}

	static String hiddenCsrf(String html) {
		var matcher = HIDDEN_CSRF.matcher(html);
		assertThat(matcher.find()).as("page has a _csrf hidden input").isTrue();
		return matcher.group(1);
	}

	static String metaCsrf(String html) {
		var matcher = META_CSRF.matcher(html);
		assertThat(matcher.find()).as("page has a _csrf meta tag").isTrue();
		return matcher.group(1);
	}

	static JsonNode json(HttpResponse<String> response) {
		return json.readTree(response.body());
	}

	static String form(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	HttpResponse<String> signIn(String email, String password) {
		var csrf = hiddenCsrf(http.get("/login").body());
		var fields = new LinkedHashMap<String, String>();
		fields.put("email", email);
		fields.put("password", password);
		fields.put("_csrf", csrf);
		return http.postForm("/login", form(fields));
	}

	/**
	 * The token that session callers put in {@code X-CSRF-TOKEN}, as the layout's meta
	 * tag offers it.
	 */
	String csrfHeaderValue() {
		var page = http.get("/account");
		assertThat(page.statusCode()).isEqualTo(200);
		return metaCsrf(page.body());
	}

	static String location(HttpResponse<String> response) {
		return response.headers().firstValue("Location").orElse("");
	}

}
