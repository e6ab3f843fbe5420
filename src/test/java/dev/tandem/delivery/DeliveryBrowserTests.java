package dev.tandem.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.tandem.identity.Accounts;
import dev.tandem.identity.Role;
import dev.tandem.org.TeamDetails;
import dev.tandem.org.TeamId;
import dev.tandem.org.TeamKind;
import dev.tandem.org.Teams;
import dev.tandem.support.Browser;
import dev.tandem.support.OnH2;
import dev.tandem.support.Unique;

/**
 * The team board and an item page in headless Chromium: a card moves in place and stays
 * moved after a reload; a description with a script and an event handler runs neither.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@OnH2
class DeliveryBrowserTests {

	private static final String PASSWORD = "delivery-browser-1";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Teams teams;

	@Autowired
	WorkItems workItems;

	private Browser browser;

	@BeforeEach
	void openBrowser() {
		browser = new Browser(port);
		browser.driver().manage().window().setSize(new Dimension(1600, 1400));
		var email = Unique.email("delivery-browser");
		accounts.create(email, "Delivery Browser", Role.MEMBER, PASSWORD);
		browser.signIn(email, PASSWORD).waitForPath("/org");
	}

	@AfterEach
	void closeBrowser() {
		browser.close();
	}

	private TeamId team() {
		return teams
			.create(new TeamDetails("Browser team " + Unique.suffix(), null, TeamKind.STREAM_ALIGNED, Set.of(), null,
					null, null))
			.id();
	}

	@Test
	void movesACardToTheNextStateInPlaceAndItStaysThereAfterAReload() {
		var team = team();
		var item = workItems.create(new WorkItemDetails(WorkItemKind.STORY, "Gift cards " + Unique.suffix(), null, team,
				null, null, Set.of(), Set.of(), Set.of()), null);
		browser.open("/delivery/teams/" + team);
		var inBacklog = By.cssSelector("#column-BACKLOG #item-" + item.id());
		browser.find(inBacklog);
		var boardUrl = browser.driver().getCurrentUrl();

		browser.find(By.id("next-" + item.id())).sendKeys(Keys.ENTER);

		new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#column-READY #item-" + item.id())));
		assertThat(browser.driver().findElements(inBacklog)).isEmpty();
		assertThat(browser.driver().getCurrentUrl()).as("htmx swapped the board in place").isEqualTo(boardUrl);

		browser.driver().navigate().refresh();
		browser.find(By.cssSelector("#column-READY #item-" + item.id()));
		assertThat(browser.driver().findElements(inBacklog)).isEmpty();
		assertThat(browser.find(By.id("count-READY")).getText()).isEqualTo("1");
	}

	@Test
	void aDescriptionWithAScriptAndAnEventHandlerRunsNeither() {
		var team = team();
		var item = workItems.create(new WorkItemDetails(WorkItemKind.STORY, "Hostile " + Unique.suffix(), """
				Looks **harmless**

				<script>window.pwned=1</script>

				<img src=x onerror="window.pwned=1">
				""", team, null, null, Set.of(), Set.of(), Set.of()), null);

		browser.open("/delivery/items/" + item.id());
		var description = browser.find(By.id("item-description"));

		assertThat(description.getText()).contains("harmless", "<script>window.pwned=1</script>");
		assertThat(description.findElements(By.tagName("img"))).isEmpty();
		assertThat(((JavascriptExecutor) browser.driver()).executeScript("return typeof window.pwned"))
			.isEqualTo("undefined");
	}

}
