package dev.backload.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The browser of a browser test, as a JUnit extension: a phone-sized headless Chromium ({@link
 * Browser}) started before each test and closed after it, pointed at the application the test class
 * runs (when it is a {@link SpringBootTest}), with the steps every page test takes. Register it
 * with {@code @RegisterExtension final BrowserPage page = new BrowserPage();}.
 */
public final class BrowserPage implements BeforeEachCallback, AfterEachCallback {
  private static final Duration WAIT = Duration.ofSeconds(60);
  private ChromeDriver driver;
  private int port = -1;

  @Override
  public void beforeEach(ExtensionContext context) {
    if (context.getRequiredTestClass().isAnnotationPresent(SpringBootTest.class)
        || isMetaAnnotated(context.getRequiredTestClass())) {
      port =
          SpringExtension.getApplicationContext(context)
              .getEnvironment()
              .getRequiredProperty("local.server.port", Integer.class);
    }
    driver = Browser.startPhoneSized();
  }

  private static boolean isMetaAnnotated(Class<?> type) {
    return type.isAnnotationPresent(OnH2.class) || type.isAnnotationPresent(OnPostgres.class);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (driver != null) {
      driver.quit();
      driver = null;
    }
  }

  /** The browser. */
  public ChromeDriver driver() {
    return driver;
  }

  /** The application's port. */
  public int port() {
    if (port < 0) {
      throw new IllegalStateException("the test class runs no application");
    }
    return port;
  }

  /** The address of a path of the application. */
  public String url(String path) {
    return "http://127.0.0.1:" + port() + path;
  }

  /** Opens a path of the application. */
  public void open(String path) {
    driver.get(url(path));
  }

  /** Clicks the element a CSS selector finds. */
  public void click(String css) {
    driver.findElement(By.cssSelector(css)).click();
  }

  /**
   * Clicks something that loads a new page and waits for that page ({@link Browser#clickAndWait}).
   * Chromium sometimes still swaps the document out under a just-found element (after a window
   * resize for a screenshot, say) and refuses the click with "does not belong to the document";
   * nothing was clicked then, so the element is found again and clicked once more. The wait for the
   * new page treats the old page's element the same way ({@link Browser#waitForNewPage}).
   */
  public void go(String css) {
    WebElement oldPage = driver.findElement(By.tagName("html"));
    for (int attempt = 1; ; attempt++) {
      try {
        driver.findElement(By.cssSelector(css)).click();
        break;
      } catch (WebDriverException e) {
        if (!Browser.detached(e) || attempt == 3) {
          throw e;
        }
      }
    }
    Browser.waitForNewPage(driver, oldPage);
  }

  /** Replaces the text of the input with the given id. */
  public void type(String id, String value) {
    WebElement input = driver.findElement(By.id(id));
    input.clear();
    input.sendKeys(value);
  }

  /** The visible text of the element with the given id. */
  public String text(String id) {
    return driver.findElement(By.id(id)).getText();
  }

  /** A wait of up to a minute on this browser. */
  public WebDriverWait waiting() {
    return new WebDriverWait(driver, WAIT);
  }

  /** Waits until the element is present and returns it. */
  public WebElement waitFor(By by) {
    return waiting().until(ExpectedConditions.presenceOfElementLocated(by));
  }

  /** Signs a new lifter up through the API and logs them in through the login page. */
  public LifterSession logInAsNewLifter() {
    LifterSession account = LifterSession.signUp(port());
    driver.get(url("/login"));
    driver.findElement(By.id("username")).sendKeys(account.email());
    driver.findElement(By.id("password")).sendKeys(account.password());
    driver.findElement(By.cssSelector("form button[type=submit]")).click();
    waiting().until(d -> !d.getCurrentUrl().contains("/login"));
    return account;
  }

  /** Fails when the page is wider than the window: nothing may scroll sideways at 360 px. */
  public void assertNoHorizontalScroll() {
    Object scrollWidth = driver.executeScript("return document.documentElement.scrollWidth");
    Object clientWidth = driver.executeScript("return document.documentElement.clientWidth");
    assertThat(((Number) scrollWidth).longValue())
        .isLessThanOrEqualTo(((Number) clientWidth).longValue());
  }

  /**
   * Fails when axe-core finds a WCAG 2.1 A/AA violation on the current page ({@link
   * Accessibility}); for a page the test does not screenshot (a screenshot checks it anyway).
   */
  public void assertAccessible(String pageName) {
    Accessibility.assertAccessible(driver, pageName);
  }

  /**
   * A full-page screenshot, after checking for CSP and accessibility violations ({@link
   * Browser#screenshot}).
   */
  public Path screenshot(String name) {
    return Browser.screenshot(driver, name);
  }
}
