package dev.tandem.identity;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.HashMap;

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
 * password until the lockout has passed. An attempt is counted when it starts, under one
 * lock, before the password is checked, so parallel guesses cannot all slip in before the
 * first failure is recorded; a successful sign-in gives its attempt back. The address is
 * the client's: behind a reverse proxy Tomcat takes it from {@code X-Forwarded-For} when
 * the proxy is a trusted one ({@code TANDEM_FORWARDED_HEADERS},
 * {@code TANDEM_TRUSTED_PROXIES}), so an attacker locks out their own address, not the
 * proxy's. Counts live in memory: a restart forgets them, which is acceptable for a
 * throttle (not an account lock).
 */
@Component
public class SignInThrottle {

	private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

	/**
	 * Past this many tracked keys, expired ones are dropped so random emails cannot grow
	 * the map.
	 */
	private static final int PRUNE_ABOVE = 10_000;

	private final Map<String, Failures> failures = new HashMap<>();

	private final IdentityProperties.Login settings;

	private final Clock clock;

	SignInThrottle(IdentityProperties properties, Clock clock) {
		this.settings = properties.login();
		this.clock = clock;
	}

	private record Failures(int count, Instant lastAt) {
	}

	/** True when sign-in for this email from this address must wait. */
	public synchronized boolean isLockedOut(String email, String address) {
		return over(emailKey(email), settings.maxFailures()) || over(addressKey(address), addressLimit());
	}

	/**
	 * Starts a sign-in attempt: false when the email or the address is locked out;
	 * otherwise counts the attempt as a failure until {@link #recordSuccess} says it was
	 * not.
	 */
	synchronized boolean tryAttempt(String email, String address) {
		if (isLockedOut(email, address)) {
			return false;
		}
		var now = clock.instant();
		for (var key : new String[] { emailKey(email), addressKey(address) }) {
			failures.compute(key, (k, old) -> old == null || expired(old) ? new Failures(1, now)
					: new Failures(old.count() + 1, now));
		}
		if (over(emailKey(email), settings.maxFailures())) {
			log.warn("Sign-in for {} locked for {} after repeated failures", email, settings.lockout());
		}
		if (failures.size() > PRUNE_ABOVE) {
			failures.values().removeIf(this::expired);
		}
		return true;
	}

	/**
	 * Counts a failed attempt that did not go through {@link #tryAttempt} (tests, other
	 * entry points).
	 */
	synchronized void recordFailure(String email, String address) {
		var now = clock.instant();
		for (var key : new String[] { emailKey(email), addressKey(address) }) {
			failures.compute(key, (k, old) -> old == null || expired(old) ? new Failures(1, now)
					: new Failures(old.count() + 1, now));
		}
	}

	/**
	 * The account signed in: its failures are forgotten and the address gets its attempt
	 * back.
	 */
	synchronized void recordSuccess(String email, String address) {
		failures.remove(emailKey(email));
		failures.computeIfPresent(addressKey(address),
				(k, old) -> old.count() <= 1 ? null : new Failures(old.count() - 1, old.lastAt()));
	}

	private int addressLimit() {
		return settings.maxFailures() * 4;
	}

	private boolean over(String key, int limit) {
		var entry = failures.get(key);
		if (entry == null) {
			return false;
		}
		if (expired(entry)) {
			failures.remove(key);
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
						&& !tryAttempt(request.getParameter("email"), request.getRemoteAddr())) {
					response.sendRedirect(request.getContextPath() + loginPath + "?locked");
					return;
				}
				chain.doFilter(request, response);
			}
		};
	}

	public AuthenticationFailureHandler failureHandler(String failureUrl) {
		var delegate = new SimpleUrlAuthenticationFailureHandler(failureUrl);
		// The attempt was counted when it started (tryAttempt).
		return delegate::onAuthenticationFailure;
	}

	public AuthenticationSuccessHandler successHandler(String defaultUrl) {
		var delegate = new SavedRequestAwareAuthenticationSuccessHandler();
		delegate.setDefaultTargetUrl(defaultUrl);
		return (request, response, authentication) -> {
			recordSuccess(authentication.getName(), request.getRemoteAddr());
			delegate.onAuthenticationSuccess(request, response, authentication);
		};
	}

}
