package dev.backload.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.app.support.Browser;
import dev.backload.app.support.ExportFiles;
import dev.backload.app.support.Http;
import dev.backload.app.support.OnH2;
import dev.backload.core.importing.ExportImporter;
import dev.backload.core.importing.ImportOptions;
import dev.backload.core.importing.ImportResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Value;

/**
 * A lifter signs up, logs in, imports a Hevy export on the import page (preview, then confirm) and
 * sees the dashboard's charts and flags, in headless Chromium 360 px wide, with JavaScript on.
 */
@OnH2
@Tag("browser")
class ImportAndDashboardBrowserTest {
  private static final String PASSWORD = "correct horse battery staple";

  @Value("${local.server.port}")
  int port;

  private ChromeDriver browser;

  @BeforeEach
  void start() {
    browser = Browser.startPhoneSized();
  }

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.quit();
    }
  }

  private String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  /** hevy-1.csv of the shared real exports, or the test's own Hevy fixture when it is absent. */
  private static Path hevyExport() {
    Path dir = ExportFiles.realExports();
    if (dir != null && Files.isRegularFile(dir.resolve("hevy-1.csv"))) {
      return dir.resolve("hevy-1.csv");
    }
    System.out.println(
        "shared/data/real-exports/hevy-1.csv not found: using the hevy-weeks.csv fixture");
    return ExportFiles.fixturePath("hevy-weeks.csv");
  }

  private String signUpAndLogIn() {
    String email = "browser-" + UUID.randomUUID() + "@example.org";
    var created =
        new Http(port)
            .postJson(
                "/api/v1/accounts",
                "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}");
    assertThat(created.statusCode()).isEqualTo(201);
    browser.get(url("/login"));
    browser.findElement(By.id("username")).sendKeys(email);
    browser.findElement(By.id("password")).sendKeys(PASSWORD);
    browser.findElement(By.cssSelector("form.stack button[type=submit]")).click();
    return email;
  }

  private WebDriverWait waiting() {
    return new WebDriverWait(browser, Duration.ofSeconds(60));
  }

  @Test
  void importAHevyExportThenSeeTheDashboard() throws Exception {
    Path export = hevyExport();
    ImportResult expected = ExportImporter.read(export, ImportOptions.defaults());
    signUpAndLogIn();

    // Signed in, "/" leads to the dashboard, which starts empty.
    waiting().until(ExpectedConditions.urlContains("/dashboard"));
    browser.get(url("/"));
    assertThat(browser.getCurrentUrl()).endsWith("/dashboard");
    WebElement empty = browser.findElement(By.id("dashboard-empty"));
    assertThat(empty.getText()).contains("Nothing logged yet");
    assertThat(empty.findElements(By.cssSelector("a[href='/import']"))).isNotEmpty();
    assertNoHorizontalScroll();
    Browser.screenshot(browser, "dashboard-empty");

    browser.get(url("/import"));
    assertNoHorizontalScroll();
    Browser.screenshot(browser, "import-form");
    browser.findElement(By.id("file")).sendKeys(export.toAbsolutePath().toString());
    browser.findElement(By.id("upload-button")).click();

    waiting().until(ExpectedConditions.urlContains("/import/preview"));
    WebElement facts =
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("preview-facts")));
    // The script uploaded the file and opened the preview itself: no redirect after a form post.
    assertThat(redirectCount()).isZero();
    assertThat(facts.getText()).contains("Hevy").contains("kilograms").contains("as the file says");
    assertThat(browser.findElement(By.id("preview-new")).getText())
        .startsWith(String.format("%,d workouts", expected.workoutCount()));
    assertThat(browser.findElement(By.id("preview-present")).getText()).startsWith("0 workouts");
    assertThat(browser.findElements(By.id("unit-choice"))).isEmpty(); // the file states kg
    assertNoHorizontalScroll();
    Browser.screenshot(browser, "import-preview");

    browser.findElement(By.id("confirm-import")).click();
    WebElement done =
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("import-done")));
    assertThat(done.getText())
        .contains(String.format("Imported %,d workouts", expected.workoutCount()));
    assertThat(browser.findElement(By.id("import-history")).getText())
        .contains(export.getFileName().toString());
    Browser.screenshot(browser, "import-done");

    done.findElement(By.linkText("See your dashboard")).click();
    waiting()
        .until(
            d ->
                ((ChromeDriver) d)
                        .executeScript(
                            "return document.documentElement.getAttribute('data-charts')")
                    != null);
    assertChartsDrawn("chart-weekly", "chart-e1rm", "chart-daily");
    assertThat(browser.findElement(By.id("load-description")).getText())
        .contains("not a risk score");
    assertThat(browser.findElement(By.id("pain")).getText()).contains("check-ins");
    assertNoHorizontalScroll();
    Browser.screenshot(browser, "dashboard");

    browser.get(url("/dashboard?range=all"));
    waiting()
        .until(
            d ->
                ((ChromeDriver) d)
                        .executeScript(
                            "return document.documentElement.getAttribute('data-charts')")
                    != null);
    assertChartsDrawn("chart-weekly", "chart-e1rm", "chart-daily");
    List<WebElement> flags = browser.findElements(By.cssSelector("#flags .flag-list li"));
    assertThat(flags).isNotEmpty();
    assertThat(flags.get(0).findElement(By.className("flag-when")).getText()).matches(".*\\d{4}");
    assertThat(browser.findElement(By.id("flags")).getText()).doesNotContainIgnoringCase("risk of");
    Browser.screenshot(browser, "dashboard-everything");

    // The same file again: the preview says nothing is new and offers no import.
    browser.get(url("/import"));
    browser.findElement(By.id("file")).sendKeys(export.toAbsolutePath().toString());
    browser.findElement(By.id("upload-button")).click();
    waiting().until(ExpectedConditions.urlContains("/import/preview"));
    assertThat(browser.findElement(By.id("nothing-new")).isDisplayed()).isTrue();
    assertThat(browser.findElement(By.id("same-file")).getText()).contains("same file");
    assertThat(browser.findElements(By.id("confirm-import"))).isEmpty();
    Browser.screenshot(browser, "import-preview-again");
  }

  @Test
  void aBadRowIsNamedAndCanBeLeftOut() {
    signUpAndLogIn();
    browser.get(url("/import"));
    browser.findElement(By.xpath("//label[contains(., 'Pounds')]/input")).click();
    browser
        .findElement(By.id("file"))
        .sendKeys(ExportFiles.fixturePath("strong-bad-reps.csv").toAbsolutePath().toString());
    browser.findElement(By.id("upload-button")).click();
    WebElement problem =
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("import-problem")));
    assertThat(problem.getText()).contains("line 5").contains("Reps");
    assertThat(browser.findElements(By.id("confirm-import"))).isEmpty();
    Browser.screenshot(browser, "import-bad-row");

    browser.findElement(By.id("skip-bad-rows")).click();
    WebElement left =
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("preview-problems")));
    assertThat(left.getText()).contains("Rows left out (1)").contains("line 5");
    assertThat(browser.findElement(By.id("preview-unit")).getText()).contains("as you chose");
    Browser.screenshot(browser, "import-bad-row-skipped");
    browser.findElement(By.id("unit-kg")).click();
    waiting().until(ExpectedConditions.urlContains("unit=kg"));
    assertThat(browser.findElement(By.id("preview-unit")).getText()).contains("kilograms");
    browser.findElement(By.id("confirm-import")).click();
    WebElement done =
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("import-done")));
    assertThat(done.getText()).contains("Imported 3 workouts (4 sets)");
  }

  @Test
  void theImportWorksWithoutJavaScript() {
    signUpAndLogIn();
    waiting().until(ExpectedConditions.urlContains("/dashboard"));
    browser.executeCdpCommand(
        "Emulation.setScriptExecutionDisabled", java.util.Map.of("value", true));
    browser.get(url("/import"));
    browser
        .findElement(By.id("file"))
        .sendKeys(ExportFiles.fixturePath("strong-classic.csv").toAbsolutePath().toString());
    browser.findElement(By.id("upload-button")).click();
    waiting().until(ExpectedConditions.urlContains("/import/preview"));
    // A plain form post (multipart, CSRF token in the form) answered by a redirect to the preview.
    assertThat(redirectCount()).isEqualTo(1);
    assertThat(browser.findElement(By.id("preview-unit")).getText())
        .isEqualTo("pounds, guessed from the weights");
    browser.findElement(By.id("unit-kg")).click();
    waiting().until(ExpectedConditions.urlContains("unit=kg"));
    browser.findElement(By.id("confirm-import")).click();
    WebElement done =
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("import-done")));
    assertThat(done.getText()).contains("Imported 3 workouts (8 sets)");
    browser.get(url("/dashboard"));
    assertThat(browser.findElement(By.id("dashboard-summary")).getText()).contains("3 workouts");
  }

  private long redirectCount() {
    return ((Number)
            browser.executeScript(
                "return performance.getEntriesByType('navigation')[0].redirectCount"))
        .longValue();
  }

  private void assertChartsDrawn(String... ids) {
    for (String id : ids) {
      Number painted =
          (Number)
              browser.executeScript(
                  "var c = document.getElementById(arguments[0]);if (!c || !c.width || !c.height) {"
                      + " return 0; }var d = c.getContext('2d').getImageData(0, 0, c.width,"
                      + " c.height).data;var n = 0; for (var i = 3; i < d.length; i += 4) { if"
                      + " (d[i] !== 0) { n++; } }return n;",
                  id);
      assertThat(painted.longValue()).as("painted pixels of #" + id).isGreaterThan(500);
    }
  }

  private void assertNoHorizontalScroll() {
    Object scrollWidth = browser.executeScript("return document.documentElement.scrollWidth");
    Object clientWidth = browser.executeScript("return document.documentElement.clientWidth");
    assertThat(((Number) scrollWidth).longValue())
        .isLessThanOrEqualTo(((Number) clientWidth).longValue());
  }
}
