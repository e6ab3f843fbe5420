package dev.tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import dev.tandem.identity.Accounts;
import dev.tandem.identity.FirstRunSetup;
import dev.tandem.identity.Role;
import dev.tandem.support.Browser;
import dev.tandem.support.OnH2;

/**
 * The first person opens the printed link, creates the administrator, and can then sign
 * in with it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@OnH2
// A context of its own: its database must still be empty when the test starts.
@TestPropertySource(properties = "tandem.test.context=first-run-setup")
class FirstRunSetupBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	FirstRunSetup setup;

	@Autowired
	Accounts accounts;

	@Test
	void firstPersonCreatesTheAdministratorThroughTheOneTimeLink() {
		var token = setup.currentToken();
		assertThat(token).as("setup link printed at start-up").isNotBlank();
		try (var browser = new Browser(port)) {
			browser.open("/setup?token=" + token)
				.type(By.id("displayName"), "Ada Founder")
				.type(By.id("email"), "ada@tandem.example")
				.type(By.id("password"), "correct horse battery")
				.type(By.id("passwordAgain"), "correct horse battery")
				.click(By.id("create-admin"))
				.waitForPath("/login");
			assertThat(browser.path()).contains("setupDone");

			assertThat(accounts.findByEmail("ada@tandem.example"))
				.hasValueSatisfying(admin -> assertThat(admin.role()).isEqualTo(Role.ADMIN));

			browser.open("/setup?token=" + token);
			assertThat(browser.text()).contains("no longer valid");

			browser.signIn("ada@tandem.example", "correct horse battery").waitForPath("/org");
			assertThat(browser.find(By.id("user-menu")).getText()).isEqualTo("ada@tandem.example");
		}
	}

}
