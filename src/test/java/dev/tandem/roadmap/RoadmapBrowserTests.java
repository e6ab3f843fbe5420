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
		// htmx swaps elements while a condition reads them: read them again.
		wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#lane-NOW #item-" + item.id())));
		assertThat(browser.driver().findElements(card)).isEmpty();
		assertThat(browser.driver().getCurrentUrl()).as("htmx swapped the board in place").isEqualTo(boardUrl);
		assertThat(browser.driver().switchTo().activeElement().getText()).isEqualTo(item.title());

		browser.driver().navigate().refresh();
		browser.find(By.cssSelector("#lane-NOW #item-" + item.id()));
		assertThat(browser.driver().findElements(card)).isEmpty();
		assertThat(browser.find(By.id("lane-NOW")).getText()).contains(item.title());
	}

	@Test
	void dragsAnItemOntoAnotherCardToTakeItsPlace() {
		var team = teams
			.create(new TeamDetails("Drag team " + Unique.suffix(), null, TeamKind.STREAM_ALIGNED, Set.of(), null, null,
					null))
			.id();
		var top = planning.create(
				new RoadmapItemDetails("Top " + Unique.suffix(), null, null, null, Set.of(team), Set.of()), Lane.NOW,
				null);
		var later = planning.create(
				new RoadmapItemDetails("Later " + Unique.suffix(), null, null, null, Set.of(team), Set.of()),
				Lane.LATER, null);
		var email = Unique.email("roadmap-drag");
		accounts.create(email, "Roadmap Dragger", Role.MEMBER, PASSWORD);
		browser.signIn(email, PASSWORD).waitForPath("/org");
		browser.open("/roadmap?team=" + team);

		var source = browser.find(By.id("item-" + later.id()));
		var target = browser.find(By.id("item-" + top.id()));
		// Selenium cannot drive HTML5 drag-and-drop natively; dispatch the events
		// Chromium would send.
		((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("""
				const [source, target] = arguments;
				const data = new DataTransfer();
				source.dispatchEvent(new DragEvent('dragstart', {bubbles: true, dataTransfer: data}));
				target.dispatchEvent(new DragEvent('dragover', {bubbles: true, cancelable: true, dataTransfer: data}));
				target.dispatchEvent(new DragEvent('drop', {bubbles: true, cancelable: true, dataTransfer: data}));
				source.dispatchEvent(new DragEvent('dragend', {bubbles: true, dataTransfer: data}));
				""", source, target);

		var wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(10));
		// htmx swaps elements while a condition reads them: read them again.
		wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#lane-NOW #item-" + later.id())));
		var now = browser.driver().findElements(By.cssSelector("#lane-NOW .roadmap-item"));
		assertThat(now).extracting(e -> e.getAttribute("id")).containsExactly("item-" + later.id(), "item-" + top.id());
	}

}
