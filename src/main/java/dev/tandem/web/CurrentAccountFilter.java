package dev.tandem.web;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import dev.tandem.identity.Accounts;
import dev.tandem.identity.UserId;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Holds a signed-in session to the account as it is now, on every request: the session of
 * an account that was disabled (or removed) ends there and the request goes on as
 * anonymous, and a session whose account changed role carries the new role from this
 * request on. The session only remembers who signed in; what they may do is read again
 * each time (one lookup by email), so it holds on every node sharing the database.
 * Bearer-token calls need none of this: {@code ApiTokens} reads the owner on every call.
 * The session is tied to the account's id when sign-in succeeds ({@link #remembering}),
 * the only way Tandem puts an authentication in a session.
 */
class CurrentAccountFilter extends OncePerRequestFilter {

	private final Accounts accounts;

	/** The session attribute holding the id of the account that signed in. */
	static final String ACCOUNT_ATTRIBUTE = CurrentAccountFilter.class.getName() + ".account";

	private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

	CurrentAccountFilter(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var session = request.getSession(false);
		var signedIn = session == null ? null : session.getAttribute(ACCOUNT_ATTRIBUTE);
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (!(signedIn instanceof UUID accountId) || authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken
				|| BearerTokenFilter.hasBearerToken(request)) {
			chain.doFilter(request, response);
			return;
		}
		var account = accounts.find(new UserId(accountId)).filter(a -> a.enabled());
		if (account.isEmpty()) {
			SecurityContextHolder.clearContext();
			session.invalidate();
			chain.doFilter(request, response);
			return;
		}
		var authority = account.get().role().authority();
		if (!holdsExactly(authentication.getAuthorities(), authority)) {
			var granted = List.of(new SimpleGrantedAuthority(authority));
			var principal = User.withUsername(authentication.getName()).password("").authorities(granted).build();
			var updated = UsernamePasswordAuthenticationToken.authenticated(principal, null, granted);
			updated.setDetails(authentication.getDetails());
			var context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(updated);
			SecurityContextHolder.setContext(context);
			sessions.saveContext(context, request, response);
		}
		chain.doFilter(request, response);
	}

	/**
	 * Wraps the sign-in success handler so the new session remembers which account signed
	 * in.
	 */
	static AuthenticationSuccessHandler remembering(Accounts accounts, AuthenticationSuccessHandler next) {
		return (request, response, authentication) -> {
			accounts.findByEmail(authentication.getName())
				.ifPresent(account -> request.getSession().setAttribute(ACCOUNT_ATTRIBUTE, account.id().value()));
			next.onAuthenticationSuccess(request, response, authentication);
		};
	}

	private static boolean holdsExactly(java.util.Collection<? extends GrantedAuthority> authorities,
			String authority) {
		return authorities.size() == 1 && authority.equals(authorities.iterator().next().getAuthority());
	}

}
