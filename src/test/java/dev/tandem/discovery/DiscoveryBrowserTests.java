package dev.tandem.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.tandem.identity.Accounts;
import dev.tandem.identity.Role;
import dev.tandem.org.HatKind;
import dev.tandem.org.People;
import dev.tandem.org.TeamDetails;
import dev.tandem.org.TeamKind;
import dev.tandem.org.Teams;
import dev.tandem.roadmap.Lane;
import dev.tandem.roadmap.RoadmapItemDetails;
import dev.tandem.roadmap.RoadmapPlanning;
import dev.tandem.support.Browser;
import dev.tandem.support.OnH2;
import dev.tandem.support.Unique;

/**
 * Discovery in headless Chromium: capturing an insight for an opportunity and linking
 * another in place; and a head of UX overriding the evidence guardrail that refused a
 * move into Now.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@OnH2
class DiscoveryBrowserTests {

	private static final String PASSWORD = "discovery-browser-1";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	People people;

	@Autowired
	Teams teams;

	@Autowired
	RoadmapPlanning planning;

	@Autowired
	Insights insights;

	@Autowired
	Opportunities opportunities;

	@Autowired
	EvidenceGuardrail guardrail;

	private Browser browser;

	@BeforeEach
	void openBrowser() {
		browser = new Browser(port);
		browser.driver().manage().window().setSize(new Dimension(1400, 1800));
	}

	@AfterEach
	void closeBrowserAndTurnTheGuardrailOff() {
		browser.close();
		if (guardrail.settings().rule().enabled()) {
			GuardrailFixtures.turnOff(guardrail);
		}
	}

	@Test
	void capturesAnInsightForAnOpportunityAndLinksAnotherInPlace() {
		var opportunity = opportunities.create(new OpportunityDetails("Slow checkout " + Unique.suffix(), null));
		var earlier = insights.capture(new InsightDetails("Earlier complaint " + Unique.suffix(),
				InsightKind.SUPPORT_TICKET, "Initech", LocalDate.now().minusDays(5), null, List.of()));
		signIn(Unique.email("discovery-browser"));

		browser.open("/discovery/insights");
		browser.type(By.id("insight-text"), "Paying takes five taps on a phone")
			.type(By.id("insight-source"), "ACME mobile shoppers")
			.type(By.id("insight-tags"), "Checkout, mobile");
		new Select(browser.find(By.id("insight-kind"))).selectByValue("INTERVIEW");
		new Select(browser.find(By.id("insight-opportunity"))).selectByValue(opportunity.id().toString());
		browser.click(By.id("capture-insight")).waitForPath("/discovery/opportunities/" + opportunity.id());

		assertThat(browser.find(By.id("linked-insights")).getText()).contains("Paying takes five taps on a phone",
				"ACME mobile shoppers");
		var page = browser.driver().getCurrentUrl();

		new Select(browser.find(By.id("link-insight"))).selectByValue(earlier.id().toString());
		browser.click(By.id("link-insight-button"));
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(By.id("insight-" + earlier.id())));
		assertThat(browser.driver().getCurrentUrl()).as("htmx swapped the evidence in place").isEqualTo(page);
		assertThat(browser.find(By.id("evidence-summary")).getText()).contains("2 insights");
		assertThat(opportunities.get(opportunity.id()).evidence().insights()).isEqualTo(2);
	}

	@Test
	void headOfUxOverridesTheGuardrailThatRefusedAMoveIntoNow() {
		var team = teams
			.create(new TeamDetails("Guardrail team " + Unique.suffix(), null, TeamKind.STREAM_ALIGNED, Set.of(), null,
					null, null))
			.id();
		var item = planning.create(
				new RoadmapItemDetails("Loyalty points " + Unique.suffix(), null, null, null, Set.of(team), Set.of()),
				Lane.NEXT, null);
		GuardrailFixtures.turnOn(guardrail, 3);
		var email = Unique.email("head-of-ux");
		var user = accounts.create(email, "Uma Head of UX", Role.MEMBER, PASSWORD);
		var person = people.create("Uma " + Unique.suffix(), email, user.id());
		people.startHat(person.id(), HatKind.HEAD_OF_UX, LocalDate.now().minusDays(30), null);
		browser.signIn(email, PASSWORD).waitForPath("/org");

		browser.open("/roadmap?team=" + team);
		browser.find(By.id("move-NOW-" + item.id())).sendKeys(Keys.ENTER);
		var refusal = browser.find(By.id("move-error")).getText();
		assertThat(refusal).contains("needs at least 3 supporting insights or one validated experiment",
				"supporting insights: 0, validated experiments: 0");
		browser.find(By.cssSelector("#lane-NEXT #item-" + item.id()));

		browser.open("/roadmap/items/" + item.id());
		assertThat(browser.find(By.id("guardrail-verdict")).getText()).contains("needs at least 3");
		browser.type(By.id("override-reason"), "Contractual commitment to our biggest customer");
		browser.click(By.id("override-guardrail")).waitForPath("/roadmap/items/" + item.id() + "?overridden");
		assertThat(browser.find(By.id("guardrail-verdict")).getText())
			.contains("Contractual commitment to our biggest customer");

		new Select(browser.find(By.id("move-lane"))).selectByValue("NOW");
		browser.click(By.id("move-item")).waitForPath("/roadmap/items/" + item.id() + "?moved");
		assertThat(browser.find(By.id("item-lane")).getAttribute("data-lane")).isEqualTo("NOW");

		browser.open("/discovery/guardrail");
		assertThat(browser.find(By.id("overrides")).getText()).contains(item.title(),
				"Contractual commitment to our biggest customer");
	}

	private void signIn(String email) {
		accounts.create(email, "Discovery Browser", Role.MEMBER, PASSWORD);
		browser.signIn(email, PASSWORD).waitForPath("/org");
	}

}
