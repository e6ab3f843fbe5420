package dev.tandem.identity;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Slows password guessing: after {@code maxFailures} failed sign-ins for one email, or
 * four times as many from one address, further attempts are refused without checking the
 * password until the lockout has passed. Counts live in memory: a restart forgets them,
 * which is acceptable for a throttle (not an account lock).
 */
@Component
public class SignInThrottle {

	private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

	private final Map<String, Failures> failures = new ConcurrentHashMap<>();

	private final IdentityProperties.Login settings;

	private final Clock clock;

	SignInThrottle(IdentityProperties properties, Clock clock) {
		this.settings = properties.login();
		this.clock = clock;
	}

	private record Failures(int count, Instant lastAt) {
	}

	/** True when sign-in for this email from this address must wait. */
	public boolean isLockedOut(String email, String address) {
		return over(emailKey(email), settings.maxFailures()) || over(addressKey(address), settings.maxFailures() * 4);
	}

	void recordFailure(String email, String address) {
		var now = clock.instant();
		for (var key : new String[] { emailKey(email), addressKey(address) }) {
			failures.compute(key, (k, old) -> old == null || expired(old) ? new Failures(1, now)
					: new Failures(old.count() + 1, now));
		}
		if (over(emailKey(email), settings.maxFailures())) {
			log.warn("Sign-in for {} locked for {} after repeated failures", email, settings.lockout());
		}
	}

	void recordSuccess(String email) {
		failures.remove(emailKey(email));
	}

	private boolean over(String key, int limit) {
		var entry = failures.get(key);
		if (entry == null) {
			return false;
		}
		if (expired(entry)) {
			failures.remove(key, entry);
			return false;
		}
		return entry.count() >= limit;
	}

	private boolean expired(Failures entry) {
		return entry.lastAt().plus(settings.lockout()).isBefore(clock.instant());
	}

	private static String emailKey(String email) {
		return "email:" + (email == null ? "" : email.trim().toLowerCase(Locale.ROOT));
	}

	private static String addressKey(String address) {
		return "address:" + address;
	}

	/** Refuses sign-in attempts while locked out, before the password is even checked. */
	public Filter filter(String loginPath) {
		return new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				if ("POST".equals(request.getMethod()) && loginPath.equals(request.getServletPath())
						&& isLockedOut(request.getParameter("email"), request.getRemoteAddr())) {
					response.sendRedirect(request.getContextPath() + loginPath + "?locked");
					return;
				}
				chain.doFilter(request, response);
			}
		};
	}

	public AuthenticationFailureHandler failureHandler(String failureUrl) {
		var delegate = new SimpleUrlAuthenticationFailureHandler(failureUrl);
		return (request, response, exception) -> {
			recordFailure(request.getParameter("email"), request.getRemoteAddr());
			delegate.onAuthenticationFailure(request, response, exception);
		};
	}

	public AuthenticationSuccessHandler successHandler(String defaultUrl) {
		var delegate = new SavedRequestAwareAuthenticationSuccessHandler();
		delegate.setDefaultTargetUrl(defaultUrl);
		return (request, response, authentication) -> {
			recordSuccess(authentication.getName());
			delegate.onAuthenticationSuccess(request, response, authentication);
		};
	}

}
