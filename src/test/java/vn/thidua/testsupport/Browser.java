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
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
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
		return open(port, "vi");
	}

	/**
	 * A browser whose own language is {@code language} (an English Chromium, say), or a
	 * skipped test without Chromium.
	 */
	public static Browser open(int port, String language) {
		boolean installed = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
		if (!installed && !"true".equalsIgnoreCase(System.getenv("CI"))) {
			Assumptions.abort("Chromium or chromedriver is not installed (apt-get install chromium chromium-driver): "
					+ "browser test skipped");
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1366,900", "--lang=" + language);
		options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", DOWNLOADS.toString(),
				"download.prompt_for_download", false, "intl.accept_languages", language));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
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
		scrolledTo(target).click();
		waitForNewPage(page);
	}

	/** The element, scrolled to the middle of the window (nothing sticky covers it). */
	private WebElement scrolledTo(By target) {
		WebElement element = this.driver.findElement(target);
		((org.openqa.selenium.JavascriptExecutor) this.driver).executeScript(
				"arguments[0].scrollIntoView({block: 'center', inline: 'nearest', behavior: 'instant'});", element);
		return element;
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
		scrolledTo(button).click();
		this.driver.switchTo().alert().accept();
		waitForNewPage(page);
	}

	/**
	 * Waits until {@code old} belongs to a page that is gone. A node of the page left
	 * behind answers as stale, or (Chromium 156 and later, while the new document is
	 * being committed) as not belonging to the document; both mean the page changed.
	 */
	private void waitForNewPage(WebElement old) {
		new WebDriverWait(this.driver, Duration.ofSeconds(15)).until((driver) -> {
			try {
				old.isEnabled();
				return false;
			}
			catch (StaleElementReferenceException ex) {
				return true;
			}
			catch (WebDriverException ex) {
				if (ex.getMessage() != null && ex.getMessage().contains("does not belong to the document")) {
					return true;
				}
				throw ex;
			}
		});
	}

	/**
	 * Every value a form would send, by field name, as a person sees it: text and
	 * textareas as typed, the chosen option of each select, the ticked boxes and radio
	 * buttons (an empty list when none), including fields outside the form tied to it by
	 * their {@code form} attribute. The CSRF token, passwords and files are left out
	 * (they are never shown again).
	 */
	@SuppressWarnings("unchecked")
	public java.util.Map<String, java.util.List<String>> formValues(By form) {
		WebElement element = this.driver.findElement(form);
		return (java.util.Map<String, java.util.List<String>>) ((org.openqa.selenium.JavascriptExecutor) this.driver)
			.executeScript("""
					var out = {};
					Array.prototype.forEach.call(arguments[0].elements, function (el) {
						if (!el.name || el.name === '_csrf' || el.type === 'file' || el.type === 'password'
								|| el.type === 'submit' || el.type === 'button') { return; }
						var values = out[el.name] = out[el.name] || [];
						if (el.type === 'checkbox' || el.type === 'radio') {
							if (el.checked) { values.push(el.value); }
						} else if (el.tagName === 'SELECT') {
							Array.prototype.forEach.call(el.selectedOptions, function (o) { values.push(o.value); });
						} else {
							values.push(el.value);
						}
					});
					return out;
					""", element);
	}

	/**
	 * Opens every unit's tab of a points page, so that every unit's rows are on the page
	 * (the editor fetches a unit's rows when its tab is first chosen), then comes back to
	 * the first tab.
	 */
	public void openEveryUnit() {
		java.util.List<org.openqa.selenium.WebElement> tabs = this.driver.findElements(By.cssSelector("[role=tab]"));
		for (org.openqa.selenium.WebElement tab : tabs) {
			tab.click();
		}
		new org.openqa.selenium.support.ui.WebDriverWait(this.driver, java.time.Duration.ofSeconds(15))
			.until((d) -> d.findElements(By.cssSelector(".unit-panel[data-src]")).isEmpty());
		if (!tabs.isEmpty()) {
			tabs.get(0).click();
		}
	}

	/**
	 * Types into a field as a person does (clearing it first).
	 */
	public void type(By field, String text) {
		WebElement element = this.driver.findElement(field);
		element.clear();
		element.sendKeys(text);
	}

	/**
	 * Chooses the option with this visible text.
	 */
	public void choose(By select, String visibleText) {
		new org.openqa.selenium.support.ui.Select(this.driver.findElement(select)).selectByVisibleText(visibleText);
	}

	/**
	 * Ticks or unticks a checkbox by clicking it, as a person does.
	 */
	public void tick(By checkbox, boolean ticked) {
		WebElement box = this.driver.findElement(checkbox);
		if (box.isSelected() != ticked) {
			((org.openqa.selenium.JavascriptExecutor) this.driver)
				.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", box);
			box.click();
		}
	}

	/**
	 * Whether the page holds no element matching.
	 */
	public boolean absent(By element) {
		this.driver.manage().timeouts().implicitlyWait(Duration.ZERO);
		try {
			return this.driver.findElements(element).isEmpty();
		}
		finally {
			this.driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
		}
	}

	/**
	 * The dashboard's to-do list of the signed-in user as read (each step, its cluster,
	 * its button), or "" when nothing waits.
	 */
	public String toDo() {
		get("/");
		return absent(By.cssSelector("[data-testid=todo-list]")) ? "" : text(By.cssSelector("[data-testid=todo-list]"));
	}

	/**
	 * The to-do list of the signed-in user's dashboard on a year.
	 */
	public String toDo(int year) {
		get("/?year=" + year);
		return absent(By.cssSelector("[data-testid=todo-list]")) ? "" : text(By.cssSelector("[data-testid=todo-list]"));
	}

	/**
	 * The WCAG 2.1 A/AA violations of the page as axe-core (from its WebJar) finds them,
	 * "impact rule: target" per line, serious and critical only.
	 */
	@SuppressWarnings("unchecked")
	public java.util.List<String> seriousAccessibilityViolations() {
		org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) this.driver;
		if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe !== 'undefined'"))) {
			js.executeScript(AXE);
		}
		Object result = ((org.openqa.selenium.JavascriptExecutor) this.driver).executeAsyncScript(
				"""
						var done = arguments[arguments.length - 1];
						axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
							.then(function (r) {
								var out = [];
								r.violations.forEach(function (v) {
									if (v.impact === 'serious' || v.impact === 'critical') {
										v.nodes.forEach(function (n) { out.push(v.impact + ' ' + v.id + ': ' + n.target.join(' ')); });
									}
								});
								done(out);
							}).catch(function (e) { done(['error ' + e]); });
						""");
		return (java.util.List<String>) result;
	}

	/** Sets the window's size (a phone is 390 × 844). */
	/** Runs a script in the page and returns its result. */
	public Object script(String script, Object... arguments) {
		return ((org.openqa.selenium.JavascriptExecutor) this.driver).executeScript(script, arguments);
	}

	public void size(int width, int height) {
		this.driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
	}

	private static final String AXE = axe();

	private static String axe() {
		try (java.io.InputStream in = Browser.class
			.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
			return (in != null) ? new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8) : "";
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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
			// the whole page, not only the window, at the window's width (a phone's stays
			// a phone's); the window's size is given back afterwards
			org.openqa.selenium.Dimension window = this.driver.manage().window().getSize();
			Number height = (Number) ((org.openqa.selenium.JavascriptExecutor) this.driver)
				.executeScript("return document.body.scrollHeight");
			this.driver.manage()
				.window()
				.setSize(new org.openqa.selenium.Dimension(window.getWidth(),
						Math.min(Math.max(height.intValue(), window.getHeight()), 4000)));
			Files.write(file, ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES));
			this.driver.manage().window().setSize(window);
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
