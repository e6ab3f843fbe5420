package dev.tandem.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by Debian's chromedriver (never a downloaded
 * browser). The flags are the ones this machine needs: no sandbox as root, and no
 * background networking, which the closed network would refuse.
 */
public final class Browser implements AutoCloseable {

	private final WebDriver driver;

	private final String base;

	public Browser(int port) {
		var options = new ChromeOptions();
		options.setBinary(System.getProperty("tandem.chromium", "/usr/bin/chromium"));
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=1280,900", "--lang=en-GB", "--user-data-dir=" + tempProfile());
		var logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
		var service = new ChromeDriverService.Builder()
			.usingDriverExecutable(Path.of(System.getProperty("tandem.chromedriver", "/usr/bin/chromedriver")).toFile())
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
		this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		this.base = "http://localhost:" + port;
	}

	private static String tempProfile() {
		try {
			return Files.createTempDirectory("tandem-chromium").toString();
		}
		catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
	}

	public Browser open(String path) {
		driver.get(base + path);
		return this;
	}

	public WebElement find(By by) {
		return new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(by));
	}

	public Browser type(By by, String text) {
		var field = find(by);
		field.clear();
		field.sendKeys(text);
		return this;
	}

	/**
	 * Clicks the element once it is clickable; when htmx swaps it out between finding and
	 * clicking (a stale element), finds it again.
	 */
	public Browser click(By by) {
		new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class).until(d -> {
			var element = ExpectedConditions.elementToBeClickable(by).apply(d);
			if (element == null) {
				return false;
			}
			element.click();
			return true;
		});
		return this;
	}

	/**
	 * Waits until the element's text contains {@code text}, finding it again when a page
	 * or an htmx swap replaces it meanwhile.
	 */
	public Browser waitForText(By by, String text) {
		new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
			.ignoring(org.openqa.selenium.NoSuchElementException.class)
			.until(d -> d.findElement(by).getText().contains(text));
		return this;
	}

	public Browser waitForPath(String pathPrefix) {
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(d -> d.getCurrentUrl() != null && d.getCurrentUrl().startsWith(base + pathPrefix));
		return this;
	}

	public String path() {
		return driver.getCurrentUrl().substring(base.length());
	}

	public String text() {
		return driver.findElement(By.tagName("body")).getText();
	}

	/**
	 * The errors the page wrote to the browser's console since the last call: script
	 * errors, refused scripts (Content-Security-Policy), failed loads.
	 */
	public List<String> consoleErrors() {
		return driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.map(LogEntry::getMessage)
			.toList();
	}

	public WebDriver driver() {
		return driver;
	}

	/** Signs in through the real form. */
	public Browser signIn(String email, String password) {
		open("/login");
		type(By.id("email"), email);
		type(By.id("password"), password);
		click(By.id("sign-in"));
		return this;
	}

	/** Opens the user menu and presses "Sign out" (a POST form with its CSRF token). */
	public Browser signOut() {
		click(By.id("user-menu"));
		click(By.id("sign-out"));
		return this;
	}

	@Override
	public void close() {
		driver.quit();
	}

}
