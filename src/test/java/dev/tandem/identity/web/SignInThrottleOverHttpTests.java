package dev.tandem.identity.web;

import static dev.tandem.identity.web.HttpSession.hiddenCsrf;
import static dev.tandem.identity.web.HttpSession.location;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.tandem.identity.Accounts;
import dev.tandem.identity.Role;
import dev.tandem.support.Http;
import dev.tandem.support.OnH2;
import dev.tandem.support.Unique;

/**
 * The sign-in throttle under the attacks it exists for: many guesses at once for one
 * account, and one attacker behind the company's reverse proxy. Also what the forwarded
 * headers setting ({@code TANDEM_FORWARDED_HEADERS}) changes for HTTPS behind a proxy.
 */
class SignInThrottleOverHttpTests {

	static final String PASSWORD = "correct horse battery";

	/** The proxy's own address is 127.0.0.1 here, a trusted proxy by default. */
	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = "server.forward-headers-strategy=native")
	@OnH2
	static class BehindATrustedProxyTests {

		@LocalServerPort
		int port;

		@Autowired
		Accounts accounts;

		@Test
		void fortyParallelWrongPasswordsForOneAccountCheckAtMostFive() throws Exception {
			var victim = accounts.create(Unique.email("parallel"), "Pat Parallel", Role.MEMBER, PASSWORD);
			var address = randomAddress();
			var attempts = new ArrayList<Attempt>();
			for (int i = 0; i < 40; i++) {
				attempts.add(new Attempt(port, address));
			}
			var start = new CountDownLatch(1);
			var pool = Executors.newFixedThreadPool(40);
			try {
				var outcomes = new ArrayList<CompletableFuture<String>>();
				for (var attempt : attempts) {
					outcomes.add(CompletableFuture.supplyAsync(() -> {
						await(start);
						return attempt.signIn(victim.email(), "wrong " + ThreadLocalRandom.current().nextInt());
					}, pool));
				}
				start.countDown();
				var locations = outcomes.stream().map(CompletableFuture::join).toList();

				var checked = locations.stream().filter(l -> l.endsWith("/login?error")).count();
				assertThat(checked).as("passwords checked out of 40 parallel guesses").isLessThanOrEqualTo(5);
				assertThat(locations).as("every other guess refused unchecked")
					.filteredOn(l -> l.endsWith("/login?locked"))
					.hasSize(40 - (int) checked);
			}
			finally {
				pool.shutdownNow();
			}
			assertThat(new Attempt(port, randomAddress()).signIn(victim.email(), PASSWORD))
				.as("the right password while locked")
				.endsWith("/login?locked");
		}

		@Test
		void anAttackerBehindTheProxyLocksOutOnlyTheirOwnAddress() {
			var colleague = accounts.create(Unique.email("colleague"), "Cole League", Role.MEMBER, PASSWORD);
			var attacker = randomAddress();
			for (int i = 0; i < 25; i++) {
				new Attempt(port, attacker).signIn(Unique.email("guess"), "wrong");
			}

			assertThat(new Attempt(port, attacker).signIn(colleague.email(), PASSWORD))
				.as("from the attacker's address")
				.endsWith("/login?locked");
			assertThat(new Attempt(port, randomAddress()).signIn(colleague.email(), PASSWORD))
				.as("the colleague from their own address, through the same proxy")
				.doesNotContain("error", "locked");
		}

		@Test
		void aRequestTheProxyReceivedOverHttpsGetsHstsAndASecureSessionCookie() {
			var response = new Http(port).get("/login", "X-Forwarded-Proto", "https", "X-Forwarded-For",
					randomAddress());

			assertThat(response.headers().firstValue("Strict-Transport-Security")).isPresent();
			assertThat(response.headers().allValues("Set-Cookie")).anySatisfy(
					cookie -> assertThat(cookie).startsWith("JSESSIONID=").contains("Secure").contains("HttpOnly"));
		}

	}

	/**
	 * Without the setting nothing a client sends in forwarded headers is believed. (Its
	 * own context: locking out 127.0.0.1 must not reach other tests' sign-ins.)
	 */
	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = "server.forward-headers-strategy=none")
	@OnH2
	static class WithoutForwardedHeadersTests {

		@LocalServerPort
		int port;

		@Autowired
		Accounts accounts;

		@Test
		void aForgedForwardedForDoesNotEscapeTheAddressThrottle() {
			var real = accounts.create(Unique.email("real"), "Rea Real", Role.MEMBER, PASSWORD);
			for (int i = 0; i < 20; i++) {
				new Attempt(port, randomAddress()).signIn(Unique.email("guess"), "wrong");
			}

			assertThat(new Attempt(port, randomAddress()).signIn(real.email(), PASSWORD))
				.as("every guess came from 127.0.0.1 whatever X-Forwarded-For said")
				.endsWith("/login?locked");
		}

		@Test
		void aForgedForwardedProtoGetsNoHstsAndNoSecureCookie() {
			var response = new Http(port).get("/login", "X-Forwarded-Proto", "https");

			assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
			assertThat(response.headers().allValues("Set-Cookie"))
				.allSatisfy(cookie -> assertThat(cookie).doesNotContain("Secure"));
		}

	}

	static String randomAddress() {
		var random = ThreadLocalRandom.current();
		return "198.51." + random.nextInt(256) + "." + (1 + random.nextInt(254));
	}

	static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * One browser's sign-in, its CSRF token fetched beforehand so attempts can start
	 * together.
	 */
	static final class Attempt {

		private final Http http;

		private final String address;

		private final String csrf;

		Attempt(int port, String address) {
			this.http = new Http(port);
			this.address = address;
			this.csrf = hiddenCsrf(http.get("/login", "X-Forwarded-For", address).body());
		}

		String signIn(String email, String password) {
			var fields = new LinkedHashMap<String, String>();
			fields.put("email", email);
			fields.put("password", password);
			fields.put("_csrf", csrf);
			return location(http.postForm("/login", HttpSession.form(fields), "X-Forwarded-For", address));
		}

	}

}
