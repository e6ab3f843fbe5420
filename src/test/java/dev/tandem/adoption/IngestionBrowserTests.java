package dev.tandem.adoption;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.tandem.identity.Accounts;
import dev.tandem.identity.Role;
import dev.tandem.support.Browser;
import dev.tandem.support.Http;
import dev.tandem.support.OnH2;
import dev.tandem.support.Unique;

/**
 * An administrator creates an event source on its page, product code sends events with
 * the key shown, the source's page shows the volume and the rejected event, and a feature
 * defined on those events shows its adoption on its page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@OnH2
class IngestionBrowserTests {

	private static final String PASSWORD = "ingestion-browser-1";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	RollupWorker worker;

	@Autowired
	AdoptionRefresher refresher;

	private Browser browser;

	@BeforeEach
	void openBrowser() {
		browser = new Browser(port);
		var email = Unique.email("ingestion-browser");
		accounts.create(email, "Ingestion Browser", Role.ADMIN, PASSWORD);
		browser.signIn(email, PASSWORD).waitForPath("/org");
	}

	@AfterEach
	void closeBrowser() {
		browser.close();
	}

	@Test
	void createsASourceSendsEventsWithItsKeyAndSeesTheVolume() {
		var name = "Web app " + Unique.suffix();
		browser.open("/adoption/sources").type(By.id("source-name"), name).click(By.id("create-source"));
		var key = browser.find(By.id("write-key")).getAttribute("value");
		assertThat(browser.text()).contains(name).contains("shown only once");

		var sent = new Http(port).send("POST", "/v1/batch", """
				{"batch": [
				  {"type": "track", "userId": "u1", "event": "Report Exported", "messageId": "1"},
				  {"type": "track", "userId": "u2", "event": "Report Exported", "messageId": "2"},
				  {"type": "page", "anonymousId": "a3", "messageId": "3"},
				  {"type": "track", "userId": "u4", "messageId": "4"}
				]}""", "Content-Type", "application/json", "Authorization",
				"Basic " + Base64.getEncoder().encodeToString((key + ":").getBytes(StandardCharsets.UTF_8)));
		assertThat(sent.statusCode()).isEqualTo(200);
		worker.runToCompletion();

		browser.open("/adoption/sources");
		browser.driver().get(browser.find(By.linkText(name)).getAttribute("href"));
		assertThat(browser.find(By.id("source-events")).getText()).isEqualTo("3");
		assertThat(browser.find(By.id("source-rejected")).getText()).isEqualTo("1");
		assertThat(browser.find(By.id("rejected-table")).getText()).contains("event is required for track");
		assertThat(browser.text()).doesNotContain(key);

		// The events are a feature's usage: define it on its form, and its page shows the
		// adoption (two of the three active users sent "Report Exported").
		refresher.advance();
		var feature = "Report export " + Unique.suffix();
		browser.open("/adoption/features/new")
			.type(By.id("name"), feature)
			.type(By.id("eventNames"), "Report Exported");
		new Select(browser.find(By.id("sourceId"))).selectByVisibleText(name);
		browser.type(By.id("targetPercent"), "30").type(By.id("windowDays"), "30").click(By.id("save-feature"));
		browser.waitForPath("/adoption/features/");
		var today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
		browser.open(browser.path().replaceAll("\\?.*", "") + "?from=" + today + "&to=" + today);
		assertThat(browser.find(By.id("feature-name")).getText()).isEqualTo(feature);
		assertThat(browser.find(By.id("feature-users")).getText()).isEqualTo("2");
		assertThat(browser.find(By.id("figures")).getText()).contains("of 3 active users");
	}

}
