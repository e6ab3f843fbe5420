package dev.tandem.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;
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
 * Importing the Jira fixture in headless Chromium: upload, preview with the unreadable
 * rows, map the unknown type, import, see the counts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@OnH2
class JiraImportBrowserTests {

	private static final String PASSWORD = "jira-browser-1";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Teams teams;

	private Browser browser;

	@BeforeEach
	void openBrowser() {
		browser = new Browser(port);
		browser.driver().manage().window().setSize(new Dimension(1600, 1400));
		var email = Unique.email("jira-browser");
		accounts.create(email, "Jira Browser", Role.MEMBER, PASSWORD);
		browser.signIn(email, PASSWORD).waitForPath("/org");
	}

	@AfterEach
	void closeBrowser() {
		browser.close();
	}

	@Test
	void uploadsAJiraExportPreviewsItMapsAnUnknownTypeAndImportsIt() throws Exception {
		var name = "Imported team " + Unique.suffix();
		var team = teams.create(new TeamDetails(name, null, TeamKind.STREAM_ALIGNED, Set.of(), null, null, null)).id();
		var project = "B" + Unique.suffix().replaceAll("[^A-Za-z0-9]", "").toUpperCase();
		var file = Files.createTempFile("jira-export", ".csv");
		Files.write(file, JiraImportApiTests.fixture(project));

		browser.open("/delivery/import");
		browser.find(By.id("import-file")).sendKeys(file.toAbsolutePath().toString());
		new Select(browser.find(By.id("import-team"))).selectByValue(team.toString());
		new Select(browser.find(By.id("import-zone"))).selectByValue("Europe/Paris");
		browser.click(By.id("import-preview"));

		assertThat(browser.find(By.id("import-counts")).getText()).contains("9").contains("6").contains("3");
		assertThat(browser.find(By.id("import-unreadable")).getText()).contains(project + "-7")
			.contains("32/Foo/26 9:00 AM")
			.contains("Spike");

		var spike = browser.driver()
			.findElements(By.cssSelector("#import-types label"))
			.stream()
			.filter(l -> l.getText().equals("Spike"))
			.findFirst()
			.orElseThrow();
		new Select(browser.find(By.id(spike.getAttribute("for")))).selectByValue("CHORE");
		browser.click(By.id("import-refresh"));
		browser.waitForText(By.id("import-counts"), "7");

		browser.click(By.id("import-run"));

		assertThat(browser.find(By.id("import-created")).getText()).isEqualTo("7");
		assertThat(browser.find(By.id("import-unreadable-count")).getText()).isEqualTo("2");
		browser.click(By.id("import-board"));
		assertThat(browser.text()).contains("Café — ünïcode in the basket");
		Files.deleteIfExists(file);
	}

}
