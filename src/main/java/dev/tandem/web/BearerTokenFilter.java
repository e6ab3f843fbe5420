package dev.tandem.web;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import dev.tandem.identity.ApiTokens;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Authenticates {@code Authorization: Bearer tdm_…} with a personal API token, acting
 * with the owner's current role. A request that presents a token which is wrong or
 * revoked is refused outright rather than treated as anonymous.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final ApiTokens tokens;

	BearerTokenFilter(ApiTokens tokens) {
		this.tokens = tokens;
	}

	static boolean hasBearerToken(HttpServletRequest request) {
		var header = request.getHeader("Authorization");
		return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!hasBearerToken(request)) {
			chain.doFilter(request, response);
			return;
		}
		var secret = request.getHeader("Authorization").substring(BEARER.length()).trim();
		var user = tokens.authenticate(secret);
		if (user.isEmpty()) {
			SecurityConfig.writeProblem(response, HttpStatus.UNAUTHORIZED, "The API token is unknown or revoked");
			return;
		}
		var account = user.get();
		var authentication = UsernamePasswordAuthenticationToken.authenticated(account.email(), null,
				java.util.List.of(new SimpleGrantedAuthority(account.role().authority())));
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
