package dev.tandem.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.tandem.identity.Accounts;
import dev.tandem.identity.Role;
import dev.tandem.support.Browser;
import dev.tandem.support.OnH2;
import dev.tandem.support.Unique;

/**
 * The organisation journey in headless Chromium: add a person, create a team, fix its
 * warnings in place.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@OnH2
class OrgBrowserTests {

	private static final String PASSWORD = "browser-password-1";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	private WebDriver driver;

	private WebDriverWait wait;

	private Browser browser;

	@BeforeEach
	void openBrowser() {
		browser = new Browser(port);
		driver = browser.driver();
		driver.manage().window().setSize(new Dimension(1400, 2400));
		wait = new WebDriverWait(driver, Duration.ofSeconds(10));
		// htmx swaps elements while a condition reads them: read them again.
		wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
	}

	@AfterEach
	void closeBrowser() {
		browser.close();
	}

	private void signIn() {
		var email = Unique.email("browser");
		accounts.create(email, "Browser", Role.MEMBER, PASSWORD);
		driver.get("http://localhost:" + port + "/login");
		driver.findElement(By.id("email")).sendKeys(email);
		driver.findElement(By.id("password")).sendKeys(PASSWORD);
		driver.findElement(By.id("sign-in")).click();
		wait.until(ExpectedConditions.urlContains("/org"));
	}

	@Test
	void createsATeamAndClosesItsSkillGapWithoutLeavingThePage() {
		signIn();
		var personName = "Bruno " + Unique.suffix();
		driver.get("http://localhost:" + port + "/org/people");
		driver.findElement(By.id("name")).sendKeys(personName);
		driver.findElement(By.id("email")).sendKeys(Unique.email("bruno"));
		driver.findElement(By.id("create-person")).click();
		wait.until(ExpectedConditions.textToBe(By.id("person-name"), personName));

		var teamName = "Browser team " + Unique.suffix();
		driver.get("http://localhost:" + port + "/org/teams/new");
		driver.findElement(By.id("name")).sendKeys(teamName);
		driver.findElement(By.id("mission")).sendKeys("Prove the journey works");
		new Select(driver.findElement(By.id("kind"))).selectByValue("STREAM_ALIGNED");
		driver.findElement(By.id("neededSkills-UX")).click();
		new Select(driver.findElement(By.id("productManagerId"))).selectByVisibleText(personName);
		driver.findElement(By.id("create-team")).click();
		wait.until(ExpectedConditions.textToBe(By.id("team-name"), teamName));

		assertThat(driver.findElements(By.cssSelector(".org-warning[data-warning='missing-skill']"))).hasSize(1);
		assertThat(driver.findElements(By.cssSelector(".org-warning[data-warning='missing-lead-developer']")))
			.hasSize(1);

		new Select(driver.findElement(By.id("personId"))).selectByVisibleText(personName);
		driver.findElement(By.id("skills-UX")).click();
		var allocation = driver.findElement(By.id("allocationPercent"));
		allocation.clear();
		allocation.sendKeys("40");
		var pageUrl = driver.getCurrentUrl();
		driver.findElement(By.id("save-member")).click();

		wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("tr.org-member"), 1));
		assertThat(driver.getCurrentUrl()).isEqualTo(pageUrl);
		assertThat(driver.findElements(By.cssSelector(".org-warning[data-warning='missing-skill']"))).isEmpty();
		assertThat(driver.findElement(By.id("members")).getText()).contains(personName, "40");

		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("team-history"), personName));

		var mission = driver.findElement(By.id("mission"));
		mission.clear();
		mission.sendKeys("Edited after the member joined");
		driver.findElement(By.id("save-team")).click();
		wait.until(ExpectedConditions.urlContains("saved"));
		assertThat(driver.findElement(By.id("team-mission")).getText()).isEqualTo("Edited after the member joined");

		driver.get("http://localhost:" + port + "/org");
		assertThat(driver.findElement(By.id("main")).getText()).contains(teamName, personName);
	}

}
