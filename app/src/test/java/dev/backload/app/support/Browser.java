package dev.backload.app.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.remote.CommandPayload;
import org.openqa.selenium.remote.DriverCommand;
import org.openqa.selenium.remote.RemoteWebElement;
import org.openqa.selenium.remote.Response;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver, both given by path so that no
 * tool tries to download a browser. Skips the test when they are missing, unless CI requires them
 * ({@code BACKLOAD_REQUIRE_BROWSER}).
 */
public final class Browser {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  public static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private Browser() {}

  /** Starts a headless Chromium with a phone-sized window (360 px wide). */
  public static ChromeDriver startPhoneSized() {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!present && System.getenv("BACKLOAD_REQUIRE_BROWSER") != null) {
      throw new IllegalStateException("chromium and chromium-driver are required but missing");
    }
    Assumptions.assumeTrue(
        present, "Debian's chromium and chromium-driver are not installed: browser test skipped");
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=360,800");
    // Keep the console so tests can check for Content-Security-Policy violations.
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriver driver = new PhoneDriver(service, options);
    driver.manage().window().setSize(new Dimension(360, 800));
    return driver;
  }

  /**
   * Chromium driven like a phone in a hand. Signed-in pages have a tab bar fixed at the bottom of
   * the window; a thumb scrolls what it taps towards the middle of the screen first, but WebDriver
   * clicks an element wherever it is, and one in the bottom 60 px is under the bar. So every click
   * first scrolls its element to the middle of the window.
   */
  private static final class PhoneDriver extends ChromeDriver {
    PhoneDriver(ChromeDriverService service, ChromeOptions options) {
      super(service, options);
    }

    @Override
    protected Response execute(CommandPayload payload) {
      Object id = payload.getParameters().get("id");
      if (DriverCommand.CLICK_ELEMENT.equals(payload.getName()) && id != null) {
        RemoteWebElement element = new RemoteWebElement();
        element.setParent(this);
        element.setId(String.valueOf(id));
        executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'})", element);
      }
      return super.execute(payload);
    }
  }

  /**
   * Clicks something that loads a new page (a submit button, a link) and waits until the new page
   * has replaced the old one and finished loading. A plain click can return before the navigation
   * starts, so the next lookup may still see the old page.
   */
  public static void clickAndWait(ChromeDriver driver, WebElement element) {
    WebElement oldPage = driver.findElement(By.tagName("html"));
    element.click();
    waitForNewPage(driver, oldPage);
  }

  /**
   * Waits until {@code oldPage} (the {@code html} element of the page before a click) has left the
   * document and the new page has finished loading. Chromium reports an element of a document it
   * has just replaced either as stale or as a node that "does not belong to the document"; both
   * mean the old page is gone.
   */
  public static void waitForNewPage(ChromeDriver driver, WebElement oldPage) {
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    wait.until(
        d -> {
          try {
            oldPage.isEnabled();
            return false;
          } catch (WebDriverException e) {
            if (detached(e)) {
              return true;
            }
            throw e;
          }
        });
    wait.until(
        d -> "complete".equals(((ChromeDriver) d).executeScript("return document.readyState")));
  }

  /** Whether an error says the element is no longer part of the page. */
  public static boolean detached(WebDriverException e) {
    return e instanceof StaleElementReferenceException
        || String.valueOf(e.getMessage()).contains("does not belong to the document");
  }

  /**
   * The console messages since the last call that report a Content-Security-Policy violation (an
   * inline script or style, or a resource from elsewhere, that the policy blocked).
   */
  public static List<String> cspViolations(ChromeDriver driver) {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .map(LogEntry::getMessage)
        .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy"))
        .toList();
  }

  /**
   * Saves a screenshot of the whole page under {@code target/screenshots}: the window is made as
   * tall as the page for the shot, keeping its width. Fails when the browser reported a
   * Content-Security-Policy violation since the last check, or when axe-core finds a WCAG 2.1 A/AA
   * violation ({@link Accessibility}): every page a test looks at runs clean and is accessible.
   */
  public static Path screenshot(ChromeDriver driver, String name) {
    List<String> violations = cspViolations(driver);
    if (!violations.isEmpty()) {
      throw new AssertionError(
          "Content-Security-Policy violations before " + name + ": " + violations);
    }
    Accessibility.assertAccessible(driver, name);
    Dimension before = driver.manage().window().getSize();
    Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight");
    driver
        .manage()
        .window()
        .setSize(new Dimension(before.getWidth(), Math.max(800, height.intValue() + 120)));
    try {
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(name + ".png");
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      driver.manage().window().setSize(before);
    }
  }
}
