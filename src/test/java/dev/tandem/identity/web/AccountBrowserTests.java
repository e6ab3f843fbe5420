package dev.tandem.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
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
 * A person manages their API tokens in headless Chromium with the keyboard: htmx swaps
 * the tokens section in place, carrying the CSRF header, and the new secret gets the
 * focus so it can be copied at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@OnH2
class AccountBrowserTests {

	static Browser chromium;
	static WebDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@BeforeEach
	void startBrowser() {
		chromium = new Browser(port);
		browser = chromium.driver();
	}

	@AfterEach
	void stopBrowser() {
		chromium.close();
	}

	@Test
	void createsAndRevokesATokenWithTheKeyboard() {
		var me = accounts.create(Unique.email("keyboard"), "Kim Keys", Role.MEMBER, "correct horse battery");
		var wait = new WebDriverWait(browser, Duration.ofSeconds(10));
		// htmx swaps elements while a condition reads them: read them again.
		wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
		var base = "http://localhost:" + port;

		browser.get(base + "/login?lang=en");
		browser.findElement(By.id("email")).sendKeys(me.email());
		browser.findElement(By.id("password")).sendKeys("correct horse battery", Keys.ENTER);
		wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));

		browser.get(base + "/account");
		browser.findElement(By.id("token-name")).sendKeys("browser script", Keys.ENTER);
		var secret = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("new-token-secret")));

		assertThat(secret.getDomProperty("value")).startsWith("tdm_");
		assertThat(browser.switchTo().activeElement().getDomAttribute("id")).isEqualTo("new-token-secret");
		assertThat(browser.getCurrentUrl()).endsWith("/account");

		var revoke = browser.findElement(By.cssSelector("#token-table button.btn-outline-danger"));
		((org.openqa.selenium.JavascriptExecutor) browser)
			.executeScript("arguments[0].scrollIntoView({block: 'center'})", revoke);
		revoke.click();
		wait.until(ExpectedConditions.alertIsPresent()).accept();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("token-table"), "Revoked"));
		assertThat(browser.findElements(By.id("new-token-secret"))).as("the secret is shown only once").isEmpty();
	}

}
