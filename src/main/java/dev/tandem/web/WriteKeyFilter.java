package dev.tandem.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import dev.tandem.adoption.EventSources;
import dev.tandem.adoption.IngestionRequests;
import dev.tandem.adoption.InvalidPayloadException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Authenticates an ingestion request by its source's write key, sent as the HTTP Basic
 * user name (Segment's libraries) or in the body ({@code writeKey}, PostHog's
 * {@code api_key}). It reads the body itself (gunzipped, at most 500 KB) so the key can
 * come from it, and hands the bytes on. The only authority it grants is
 * {@link #AUTHORITY}, which nothing outside the ingestion chain accepts.
 */
class WriteKeyFilter extends OncePerRequestFilter {

	static final String AUTHORITY = "USAGE_EVENTS_WRITE";

	private static final Logger log = LoggerFactory.getLogger(WriteKeyFilter.class);

	private final EventSources sources;

	WriteKeyFilter(EventSources sources) {
		this.sources = sources;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!"POST".equals(request.getMethod())) {
			chain.doFilter(request, response);
			return;
		}
		try {
			var key = basicUser(request.getHeader("Authorization"));
			if (key != null && !authenticate(key)) {
				error(response, 401, "The write key is unknown or revoked");
				return;
			}
			byte[] body;
			try {
				body = IngestionRequests.read(request.getInputStream(), request.getHeader("Content-Encoding"),
						request.getContentLengthLong());
				if (key == null) {
					key = IngestionRequests.writeKeyIn(body).orElse(null);
					if (key == null) {
						error(response, 401, "Send the source's write key as the HTTP Basic user name");
						return;
					}
					if (!authenticate(key)) {
						error(response, 401, "The write key is unknown or revoked");
						return;
					}
				}
			}
			catch (InvalidPayloadException e) {
				error(response, 400, e.getMessage());
				return;
			}
			request.setAttribute(IngestionRequests.BODY_ATTRIBUTE, body);
		}
		catch (RuntimeException e) {
			log.error("Write key check failed", e);
			error(response, 503, "The events could not be accepted; retry later");
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private boolean authenticate(String key) {
		var source = sources.authenticate(key);
		if (source.isEmpty()) {
			return false;
		}
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(source.get(), null,
				List.of(new SimpleGrantedAuthority(AUTHORITY))));
		SecurityContextHolder.setContext(context);
		return true;
	}

	/** The user name of {@code Authorization: Basic …}; null without one. */
	static String basicUser(String header) {
		if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
			return null;
		}
		try {
			var decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
			var colon = decoded.indexOf(':');
			var user = colon < 0 ? decoded : decoded.substring(0, colon);
			return user.isEmpty() ? null : user;
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	static void error(HttpServletResponse response, int status, String message) throws IOException {
		response.setStatus(status);
		response.setContentType("application/json");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter()
			.write("{\"success\":false,\"message\":\"" + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
	}

}
