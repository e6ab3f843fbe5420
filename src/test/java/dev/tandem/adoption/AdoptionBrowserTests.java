package dev.tandem.adoption;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import dev.tandem.identity.Accounts;
import dev.tandem.identity.Role;
import dev.tandem.support.Browser;
import dev.tandem.support.OnH2;
import dev.tandem.support.Unique;

/**
 * A feature's page in headless Chromium shows its adoption from the usage of a released
 * feature. Usage arrives as rollups written like the worker writes them
 * ({@link AdoptionFixtures#send}); once ingestion lands, the same journey can start by
 * creating a source and sending events to it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(AdoptionFixtures.class)
@OnH2
class AdoptionBrowserTests {

	private static final String PASSWORD = "adoption-browser-1";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	AdoptionFixtures fixtures;

	@Autowired
	EventSources sources;

	private Browser browser;

	@BeforeEach
	void openBrowser() {
		browser = new Browser(port);
		var email = Unique.email("adoption-browser");
		accounts.create(email, "Adoption Browser", Role.MEMBER, PASSWORD);
		browser.signIn(email, PASSWORD).waitForPath("/org");
	}

	@AfterEach
	void closeBrowser() {
		browser.close();
	}

	@Test
	void aFeaturePageShowsItsAdoptionFromItsUsage() {
		var released = fixtures.releasedFeature("Dark mode");
		var sourceName = "Web " + Unique.suffix();
		var source = sources.create(sourceName).source().id();
		var event = "dark-mode-" + Unique.suffix();
		var name = "Dark mode " + Unique.suffix();
		fixtures.send(AdoptionFixtures.handComputed(source, released.day(), event, event + "-csv"));

		browser.open("/adoption/features/new");
		browser.type(By.id("name"), name);
		browser.type(By.id("eventNames"), event + "\n" + event + "-csv");
		new org.openqa.selenium.support.ui.Select(browser.find(By.id("sourceId"))).selectByVisibleText(sourceName);
		browser.type(By.id("targetPercent"), "40");
		browser.type(By.id("windowDays"), "30");
		new org.openqa.selenium.support.ui.Select(browser.find(By.id("workItemId")))
			.selectByValue(released.item().toString());
		browser.click(By.id("save-feature")).waitForPath("/adoption/features/");

		assertThat(browser.find(By.id("feature-name")).getText()).isEqualTo(name);
		// On release day, 2 of the 4 people active then used it.
		assertThat(browser.find(By.id("window-adoption")).getText()).isEqualTo("50.0 %");
		assertThat(browser.find(By.id("feature-status")).getAttribute("data-status")).isEqualTo("ON_TRACK");
		var drawn = browser.find(By.id("adoption-curve"));
		new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
			.until(d -> !String
				.valueOf(((org.openqa.selenium.JavascriptExecutor) d)
					.executeScript("return typeof Chart !== 'undefined' && !!Chart.getChart(arguments[0])", drawn))
				.equals("false"));

		browser.open("/adoption/features");
		assertThat(browser.text()).contains(name);
	}

}
