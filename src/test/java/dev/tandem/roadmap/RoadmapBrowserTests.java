package dev.tandem.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.tandem.identity.Accounts;
import dev.tandem.identity.Role;
import dev.tandem.org.TeamDetails;
import dev.tandem.org.TeamKind;
import dev.tandem.org.Teams;
import dev.tandem.support.Browser;
import dev.tandem.support.OnH2;
import dev.tandem.support.Unique;

/**
 * The board in headless Chromium: an item moves from Next to Now with the keyboard, in
 * place, and stays there after a reload.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@OnH2
class RoadmapBrowserTests {

	private static final String PASSWORD = "roadmap-browser-1";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Teams teams;

	@Autowired
	RoadmapPlanning planning;

	private Browser browser;

	@BeforeEach
	void openBrowser() {
		browser = new Browser(port);
		browser.driver().manage().window().setSize(new Dimension(1400, 1800));
	}

	@AfterEach
	void closeBrowser() {
		browser.close();
	}

	@Test
	void movesAnItemFromNextToNowInPlaceAndItStaysThereAfterAReload() {
		var team = teams
			.create(new TeamDetails("Browser team " + Unique.suffix(), null, TeamKind.STREAM_ALIGNED, Set.of(), null,
					null, null))
			.id();
		var item = planning.create(new RoadmapItemDetails("Gift cards " + Unique.suffix(), "Hard to give", null, null,
				Set.of(team), Set.of()), Lane.NEXT, null);
		var email = Unique.email("roadmap-browser");
		accounts.create(email, "Roadmap Browser", Role.MEMBER, PASSWORD);
		browser.signIn(email, PASSWORD).waitForPath("/org");

		browser.open("/roadmap?team=" + team);
		var card = By.cssSelector("#lane-NEXT #item-" + item.id());
		browser.find(card);
		assertThat(browser.driver().findElement(card).getText()).contains(item.title());
		var boardUrl = browser.driver().getCurrentUrl();

		var moveToNow = browser.find(By.id("move-NOW-" + item.id()));
		moveToNow.sendKeys(Keys.ENTER);

		var wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(10));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#lane-NOW #item-" + item.id())));
		assertThat(browser.driver().findElements(card)).isEmpty();
		assertThat(browser.driver().getCurrentUrl()).as("htmx swapped the board in place").isEqualTo(boardUrl);
		assertThat(browser.driver().switchTo().activeElement().getText()).isEqualTo(item.title());

		browser.driver().navigate().refresh();
		browser.find(By.cssSelector("#lane-NOW #item-" + item.id()));
		assertThat(browser.driver().findElements(card)).isEmpty();
		assertThat(browser.find(By.id("lane-NOW")).getText()).contains(item.title());
	}

}
