package dev.backload.app.journey;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.app.support.Browser;
import dev.backload.app.support.ExportFiles;
import dev.backload.app.support.OnH2;
import java.nio.file.Path;
import java.time.Duration;
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
 * The lifter's-app issue's "done means", as a new user would do it, in headless Chromium 360 px
 * wide: sign up, import a Hevy export, log a workout, check in twice, see the dashboard, export,
 * and delete the account. A screenshot of each page is kept under target/screenshots/journey-*.
 */
@OnH2
@Tag("browser")
class NewLifterJourneyBrowserTest {
  private static final String PASSWORD = "my back and I are fine";

  @Value("${local.server.port}")
  int port;

  private ChromeDriver browser;
  private int shot;

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

  private WebDriverWait waiting() {
    return new WebDriverWait(browser, Duration.ofSeconds(60));
  }

  private WebElement visible(String id) {
    return waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
  }

  private void type(String id, String value) {
    WebElement input = visible(id);
    input.clear();
    input.sendKeys(value);
  }

  private void click(String css) {
    browser.findElement(By.cssSelector(css)).click();
  }

  private void submit(String css) {
    Browser.clickAndWait(browser, browser.findElement(By.cssSelector(css)));
  }

  private String download(String path) {
    return (String)
        browser.executeAsyncScript(
            "var done = arguments[arguments.length - 1];"
                + " fetch(arguments[0]).then(function (r) { return r.text(); }).then(done);",
            path);
  }

  /** Takes the page's screenshot (which also checks it ran without a CSP violation). */
  private void screenshot(String name) {
    Browser.screenshot(browser, String.format("journey-%02d-%s", ++shot, name));
  }

  private void checkIn(String pain, boolean first) {
    browser.get(url("/check-in"));
    waiting().until(ExpectedConditions.urlContains("/check-ins/new"));
    click("input[name=painNow][value='" + pain + "']");
    click("input[name=onset][value=NEXT_DAY]");
    click("input[name=location][value=BOTH_SIDES]");
    click("input[name=movementEffect][value=EASES]");
    if (first) {
      type("age", "34");
    }
    click("#emergency-signs .none-of-these input");
    click("#illness-signs .none-of-these input");
    submit("#submit-check-in");
    waiting().until(ExpectedConditions.urlMatches(".*/check-ins/\\d+$"));
    assertThat(visible("disposition").getText()).isNotBlank();
    assertThat(browser.findElement(By.id("safety-net")).getText()).isNotBlank();
  }

  @Test
  void signUpImportLogCheckInTwiceDashboardExportAndDelete() {
    Path hevy = ExportFiles.realExports() != null
        ? ExportFiles.realExport("hevy-1.csv")
        : ExportFiles.fixturePath("hevy-weeks.csv");
    String email = "journey-" + UUID.randomUUID() + "@example.org";

    // 1. Sign up.
    browser.get(url("/signup"));
    type("email", email);
    type("password", PASSWORD);
    type("passwordAgain", PASSWORD);
    screenshot("signup");
    submit("#signup-submit");
    waiting().until(ExpectedConditions.urlContains("/dashboard"));
    screenshot("dashboard-empty");

    // 2. Import the Hevy export: preview first, then confirm.
    browser.get(url("/import"));
    visible("file").sendKeys(hevy.toAbsolutePath().toString());
    screenshot("import");
    browser.findElement(By.id("upload-button")).click();
    waiting().until(ExpectedConditions.urlContains("/import/preview"));
    assertThat(visible("preview-facts").getText()).contains("Hevy");
    screenshot("import-preview");
    browser.findElement(By.id("confirm-import")).click();
    assertThat(visible("import-done").getText()).isNotBlank();
    screenshot("import-done");

    // 3. Log a workout with two deadlift sets.
    browser.get(url("/workouts"));
    submit("#start-workout");
    type("name", "Pull day");
    submit("#save-workout");
    assertThat(visible("workout-title").getText()).isEqualTo("Pull day");
    type("exercise", "Deadlift (Barbell)");
    type("weight", "120");
    type("reps", "5");
    browser.findElement(By.id("add-set-button")).click();
    waiting().until(d -> d.findElements(By.cssSelector("#sets > li")).size() == 1);
    browser.findElement(By.id("add-set-button")).click();
    waiting().until(d -> d.findElements(By.cssSelector("#sets > li")).size() == 2);
    screenshot("workout");

    // 4. Check in twice.
    checkIn("4", true);
    screenshot("check-in-first");
    checkIn("2", false);
    screenshot("check-in-second");
    browser.get(url("/check-ins"));
    assertThat(browser.findElement(By.tagName("main")).getText()).contains("4").contains("2");
    screenshot("check-in-history");

    // 5. The dashboard: charts drawn, the check-in overview, pain against load.
    browser.get(url("/dashboard?range=all"));
    waiting()
        .until(
            d ->
                ((ChromeDriver) d)
                        .executeScript("return document.documentElement.getAttribute('data-charts')")
                    != null);
    assertThat(visible("checkin-overview").getText()).isNotBlank();
    Number painted =
        (Number)
            browser.executeScript(
                "var n = 0; document.querySelectorAll('canvas').forEach(function (c) {"
                    + " var d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                    + " for (var i = 3; i < d.length; i += 4) { if (d[i] !== 0) { n++; } } });"
                    + " return n;");
    assertThat(painted.longValue()).isGreaterThan(2000);
    screenshot("dashboard");

    // 6. Export: the data page, and the JSON export holds the logged workout.
    browser.get(url("/account/data"));
    assertThat(visible("download-json").isDisplayed()).isTrue();
    screenshot("account-data");
    // The downloads, fetched with the page's own session as the links would.
    assertThat(download("/api/v1/export")).contains("Pull day").contains(email);
    assertThat(download("/api/v1/export.csv"))
        .startsWith("Date,Workout,Workout Name,Exercise")
        .contains("Pull day");

    // 7. Delete the account, confirmed with the password; the login no longer works.
    browser.get(url("/account/delete"));
    type("password", PASSWORD);
    screenshot("account-delete");
    submit("#confirm-delete");
    assertThat(visible("goodbye").getText()).isNotBlank();
    screenshot("goodbye");
    browser.get(url("/login"));
    type("username", email);
    type("password", PASSWORD);
    submit("button[type=submit]");
    waiting().until(ExpectedConditions.urlContains("error"));
  }
}
