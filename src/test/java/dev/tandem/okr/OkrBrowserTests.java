package dev.tandem.okr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.YearMonth;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.tandem.identity.Accounts;
import dev.tandem.identity.Role;
import dev.tandem.org.People;
import dev.tandem.org.TeamDetails;
import dev.tandem.org.TeamKind;
import dev.tandem.org.Teams;
import dev.tandem.support.Browser;
import dev.tandem.support.OnH2;
import dev.tandem.support.Unique;

/**
 * The OKR journey in headless Chromium: create an objective with two key results, record
 * a check-in in place and see the chart drawn.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@OnH2
class OkrBrowserTests {

	private static final String PASSWORD = "okr-browser-password-1";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	People people;

	@Autowired
	Teams teams;

	@Autowired
	OkrSettings settings;

	private Browser browser;

	private WebDriverWait wait;

	@BeforeEach
	void openBrowser() {
		browser = new Browser(port);
		browser.driver().manage().window().setSize(new Dimension(1400, 2400));
		wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(15));
		// htmx swaps elements while a condition reads them: read them again.
		wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
	}

	@AfterEach
	void closeBrowser() {
		browser.close();
	}

	@Test
	void createsAnObjectiveWithTwoKeyResultsRecordsACheckInAndDrawsTheChart() {
		var owner = people.create("Bea Browser " + Unique.suffix(), Unique.email("bea"), null);
		var team = teams.create(
				new TeamDetails("Growth " + Unique.suffix(), null, TeamKind.STREAM_ALIGNED, null, null, null, null));
		var email = Unique.email("okr-browser");
		accounts.create(email, "OKR browser", Role.MEMBER, PASSWORD);
		browser.signIn(email, PASSWORD);
		wait.until(d -> !d.getCurrentUrl().contains("/login"));

		browser.open("/okrs").click(By.id("new-objective")).waitForPath("/okrs/objectives/new");
		browser.type(By.id("title"), "Grow activation");
		new Select(browser.find(By.id("level"))).selectByValue("TEAM");
		new Select(browser.find(By.id("ownerId"))).selectByValue(owner.id().toString());
		new Select(browser.find(By.id("teamId"))).selectByValue(team.id().toString());
		browser.click(By.id("save-objective"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("key-result-form")));

		addKeyResult("Activation rate", "PERCENT", "20", "40");
		addKeyResult("Support tickets", "NUMBER", "100", "60");
		assertThat(browser.driver().findElements(By.cssSelector("#key-results .okr-kr"))).hasSize(2);

		browser.click(By.linkText("Activation rate"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("check-in-form")));
		browser.type(By.id("month"), "");
		((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('month').value = arguments[0];",
				YearMonth.from(settings.today()).toString());
		browser.type(By.id("value"), "30");
		new Select(browser.find(By.id("confidence"))).selectByValue("AT_RISK");
		browser.type(By.id("confidenceScore"), "6");
		browser.type(By.id("comment"), "Halfway there");
		browser.click(By.id("record-check-in"));

		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#check-ins .okr-check-in")));
		assertThat(browser.find(By.id("check-ins")).getText()).contains("Halfway there");
		assertThat(browser.find(By.id("kr-current")).getText()).startsWith("30");
		assertThat(browser.find(By.id("kr-chart")).getTagName()).isEqualTo("canvas");
		wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
				"return typeof Chart !== 'undefined' && Chart.getChart(document.getElementById('kr-chart')) != null;")));
		var points = ((JavascriptExecutor) browser.driver())
			.executeScript("return Chart.getChart(document.getElementById('kr-chart')).data.datasets[1].data.length;");
		assertThat(points).isEqualTo(1L);
	}

	private void addKeyResult(String statement, String unit, String baseline, String target) {
		browser.type(By.id("kr-statement"), statement);
		new Select(browser.find(By.id("kr-unit"))).selectByValue(unit);
		browser.type(By.id("kr-baseline"), baseline);
		browser.type(By.id("kr-target"), target);
		browser.click(By.id("add-key-result"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("key-results"), statement));
	}

}
