package dev.tandem.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.tandem.delivery.WorkItemImport.ImportedItem;
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
 * A team's throughput page in headless Chromium: both charts are drawn from the page's
 * data, under the Content-Security-Policy, without a script error; switching to weeks
 * redraws the bars.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@OnH2
class ThroughputBrowserTests {

	private static final String PASSWORD = "throughput-browser-1";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Teams teams;

	@Autowired
	WorkItemImport imports;

	@Autowired
	Clock clock;

	private Browser browser;

	@BeforeEach
	void openBrowser() {
		browser = new Browser(port);
		var email = Unique.email("throughput-browser");
		accounts.create(email, "Throughput Browser", Role.VIEWER, PASSWORD);
		browser.signIn(email, PASSWORD).waitForPath("/org");
	}

	@AfterEach
	void closeBrowser() {
		browser.close();
	}

	/** Six items finished over the last six days, item i having taken i days. */
	private TeamId teamWithFinishedWork() {
		var team = teams
			.create(new TeamDetails("Charted " + Unique.suffix(), null, TeamKind.STREAM_ALIGNED, Set.of(), null, null,
					null))
			.id();
		var prefix = "CHART" + Unique.suffix().toUpperCase(Locale.ROOT) + "-";
		var batch = new ArrayList<ImportedItem>();
		var now = clock.instant();
		for (int i = 1; i <= 6; i++) {
			var resolved = now.minus(Duration.ofDays(i - 1)).minus(Duration.ofMinutes(5));
			batch.add(new ImportedItem(prefix + i, WorkItemKind.STORY, "Charted " + i, null, WorkflowState.DONE,
					resolved.minus(Duration.ofDays(i)), resolved, resolved, null, Set.of()));
		}
		imports.importInto(team, batch, null);
		return team;
	}

	private Object script(String script) {
		return ((JavascriptExecutor) browser.driver()).executeScript(script);
	}

	private void waitForCharts() {
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(script("""
				return typeof Chart !== 'undefined'
				  && !!Chart.getChart(document.getElementById('throughput-chart'))
				  && !!Chart.getChart(document.getElementById('cycle-time-chart'))""")));
	}

	/** Whether any pixel of the canvas was painted. */
	private boolean painted(String canvasId) {
		return Boolean.TRUE.equals(script("""
				var c = document.getElementById('%s');
				var pixels = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
				for (var i = 3; i < pixels.length; i += 4) { if (pixels[i] !== 0) { return true; } }
				return false;""".formatted(canvasId)));
	}

	@Test
	void drawsTheThroughputBarsAndTheCycleTimeScatterWithItsPercentileLines() {
		var team = teamWithFinishedWork();

		browser.open("/delivery/teams/" + team + "/throughput");
		waitForCharts();

		assertThat(browser.find(By.id("throughput-chart")).getTagName()).isEqualTo("canvas");
		assertThat(((Number) script("""
				return Chart.getChart(document.getElementById('throughput-chart')).data.datasets[0].data
				  .reduce(function (a, b) { return a + b; }, 0)""")).intValue()).isEqualTo(6);
		assertThat(((Number) script(
				"return Chart.getChart(document.getElementById('cycle-time-chart')).data.datasets[0].data.length"))
			.intValue()).isEqualTo(6);
		// n = 6: p50 → rank 3, p85 → rank ceil(5.1) = 6, p95 → rank ceil(5.7) = 6
		assertThat(script("""
				return Chart.getChart(document.getElementById('cycle-time-chart')).data.datasets.slice(1)
				  .map(function (d) { return d.data[0].y; }).join(' ')""")).isEqualTo("3 6 6");
		assertThat(painted("throughput-chart")).isTrue();
		assertThat(painted("cycle-time-chart")).isTrue();
		assertThat(browser.find(By.id("p85")).getText()).isEqualTo("6.0 days");
		assertThat(browser.consoleErrors()).isEmpty();
	}

	@Test
	void switchingToWeeksRedrawsTheBarsPerWeek() {
		var team = teamWithFinishedWork();
		browser.open("/delivery/teams/" + team + "/throughput");
		waitForCharts();

		new Select(browser.find(By.id("window-by"))).selectByValue("week");
		browser.type(By.id("window-weeks"), "3").click(By.id("window-apply"));
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("by=week"));
		waitForCharts();

		assertThat(((Number) script(
				"return Chart.getChart(document.getElementById('throughput-chart')).data.labels.length"))
			.intValue()).isEqualTo(3);
		assertThat(painted("throughput-chart")).isTrue();
		assertThat(browser.consoleErrors()).isEmpty();
		script("console.error('console probe')");
		assertThat(browser.consoleErrors()).as("the console is really read").anyMatch(m -> m.contains("console probe"));
	}

}
