package vn.thidua.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by {@code /usr/bin/chromedriver}. Without Chromium a
 * browser test is skipped with a message, except in CI ({@code CI=true}), where it fails:
 * CI installs it.
 */
public final class Browser implements AutoCloseable {

	static final File CHROMIUM = new File("/usr/bin/chromium");

	static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

	static final Path SCREENSHOTS = Path.of("target/screenshots");

	/** Where the browser saves downloads. */
	public static final Path DOWNLOADS = Path.of("target/downloads").toAbsolutePath();

	private final WebDriver driver;

	private final String baseUrl;

	private Browser(WebDriver driver, String baseUrl) {
		this.driver = driver;
		this.baseUrl = baseUrl;
	}

	/**
	 * A browser on the application at the given port, or a skipped test without Chromium.
	 */
	public static Browser open(int port) {
		boolean installed = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
		if (!installed && !"true".equalsIgnoreCase(System.getenv("CI"))) {
			Assumptions.abort("Chromium or chromedriver is not installed (apt-get install chromium chromium-driver): "
					+ "browser test skipped");
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1366,900", "--lang=vi");
		options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", DOWNLOADS.toString(),
				"download.prompt_for_download", false));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
		return new Browser(driver, "http://localhost:" + port);
	}

	public WebDriver driver() {
		return this.driver;
	}

	public void get(String path) {
		this.driver.get(this.baseUrl + path);
	}

	public void logIn(String username, String password) {
		get("/login");
		this.driver.findElement(By.name("username")).sendKeys(username);
		this.driver.findElement(By.name("password")).sendKeys(password);
		clickAndWait(By.cssSelector("form button[type=submit]"));
	}

	/**
	 * Clicks something that loads a new page and waits until the new page is there.
	 */
	public void clickAndWait(By target) {
		WebElement page = this.driver.findElement(By.tagName("html"));
		this.driver.findElement(target).click();
		waitForNewPage(page);
	}

	/**
	 * Logs out through the menu's button (a POST with its CSRF token).
	 */
	public void logOut() {
		clickAndWait(By.cssSelector("form[action$='/logout'] button"));
	}

	/**
	 * Clicks a button that asks for confirmation, and confirms.
	 */
	public void clickAndConfirm(By button) {
		WebElement page = this.driver.findElement(By.tagName("html"));
		this.driver.findElement(button).click();
		this.driver.switchTo().alert().accept();
		waitForNewPage(page);
	}

	private void waitForNewPage(WebElement old) {
		new WebDriverWait(this.driver, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(old));
	}

	public String text(By element) {
		return this.driver.findElement(element).getText();
	}

	/**
	 * Saves what the page shows as {@code target/screenshots/<name>.png}.
	 */
	public Path screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Path file = SCREENSHOTS.resolve(name + ".png");
			// the whole page, not only the window
			Number height = (Number) ((org.openqa.selenium.JavascriptExecutor) this.driver)
				.executeScript("return document.body.scrollHeight");
			this.driver.manage()
				.window()
				.setSize(new org.openqa.selenium.Dimension(1366, Math.min(Math.max(height.intValue(), 900), 4000)));
			Files.write(file, ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES));
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		this.driver.quit();
	}

}
