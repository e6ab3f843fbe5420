package dev.tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.tandem.identity.Accounts;
import dev.tandem.identity.Role;
import dev.tandem.support.Browser;
import dev.tandem.support.OnH2;
import dev.tandem.support.Unique;

/**
 * Signing in and out, refusing a wrong password, and switching the interface to French.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@OnH2
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInBrowserTests {

	static final String PASSWORD = "a long enough password";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	Browser browser;

	String email;

	@BeforeAll
	void startBrowser() {
		email = Unique.email("member");
		accounts.create(email, "Mia Member", Role.MEMBER, PASSWORD);
		browser = new Browser(port);
	}

	@AfterAll
	void stopBrowser() {
		browser.close();
	}

	@Test
	void signsInAndOut() {
		browser.signIn(email, PASSWORD).waitForPath("/org");
		assertThat(browser.find(By.id("user-menu")).getText()).isEqualTo(email);

		browser.signOut().waitForPath("/login");
		assertThat(browser.path()).contains("signedOut");
		browser.open("/org").waitForPath("/login");
	}

	@Test
	void refusesAWrongPassword() {
		browser.signIn(email, "not the password").waitForPath("/login");
		assertThat(browser.path()).contains("error");
		assertThat(browser.find(By.cssSelector("[role=alert]")).getText()).contains("Wrong email or password");
	}

	@Test
	void switchesTheInterfaceToFrenchAndRemembersIt() {
		browser.open("/login?lang=fr");
		assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Connexion");
		assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");

		browser.signIn(email, PASSWORD).waitForPath("/org");
		assertThat(browser.text()).contains("Organisation", "Feuille de route");

		browser.open("/login?lang=en");
		assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Sign in");
	}

}
