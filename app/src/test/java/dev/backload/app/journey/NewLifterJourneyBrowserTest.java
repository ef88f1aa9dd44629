package dev.backload.app.journey;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.app.support.BrowserPage;
import dev.backload.app.support.ExportFiles;
import dev.backload.app.support.OnH2;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
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

  @RegisterExtension final BrowserPage page = new BrowserPage();
  private int shot;

  private WebElement visible(String id) {
    return page.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
  }

  private void type(String id, String value) {
    WebElement input = visible(id);
    input.clear();
    input.sendKeys(value);
  }

  private String download(String path) {
    return (String)
        page.driver()
            .executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                    + " fetch(arguments[0]).then(function (r) { return r.text(); }).then(done);",
                path);
  }

  /** Takes the page's screenshot (which also checks it ran without a CSP violation). */
  private void screenshot(String name) {
    page.screenshot(String.format("journey-%02d-%s", ++shot, name));
  }

  private void checkIn(String pain, boolean first) {
    page.driver().get(page.url("/check-in"));
    page.waiting().until(ExpectedConditions.urlContains("/check-ins/new"));
    page.click("input[name=painNow][value='" + pain + "']");
    // The details are folded on a daily check-in within an open episode: open them to answer.
    if (!Boolean.TRUE.equals(
        page.driver().executeScript("return document.getElementById('more-about-pain').open"))) {
      page.click("#more-about-pain summary");
    }
    page.click("input[name=onset][value=NEXT_DAY]");
    page.click("input[name=location][value=BOTH_SIDES]");
    page.click("input[name=movementEffect][value=EASES]");
    if (first) {
      type("age", "34");
    }
    page.click("#red-flags .none-of-these input");
    page.go("#submit-check-in");
    page.waiting().until(ExpectedConditions.urlMatches(".*/check-ins/\\d+$"));
    assertThat(visible("disposition").getText()).isNotBlank();
    assertThat(page.driver().findElement(By.id("safety-net")).getText()).isNotBlank();
  }

  @Test
  void signUpImportLogCheckInTwiceDashboardExportAndDelete() {
    Path hevy =
        ExportFiles.realExports() != null
            ? ExportFiles.realExport("hevy-1.csv")
            : ExportFiles.fixturePath("hevy-weeks.csv");
    String email = "journey-" + UUID.randomUUID() + "@example.org";

    // 1. Sign up.
    page.driver().get(page.url("/signup"));
    type("email", email);
    type("password", PASSWORD);
    type("passwordAgain", PASSWORD);
    screenshot("signup");
    page.go("#signup-submit");
    page.waiting().until(ExpectedConditions.urlContains("/today"));
    screenshot("today-empty");
    page.driver().get(page.url("/dashboard"));
    screenshot("dashboard-empty");

    // 2. Import the Hevy export: preview first, then confirm.
    page.driver().get(page.url("/import"));
    visible("file").sendKeys(hevy.toAbsolutePath().toString());
    screenshot("import");
    page.driver().findElement(By.id("upload-button")).click();
    page.waiting().until(ExpectedConditions.urlContains("/import/preview"));
    assertThat(visible("preview-facts").getText()).contains("Hevy");
    screenshot("import-preview");
    page.driver().findElement(By.id("confirm-import")).click();
    assertThat(visible("import-done").getText()).isNotBlank();
    screenshot("import-done");

    // 3. Log a workout with two deadlift sets.
    page.driver().get(page.url("/workouts"));
    page.go("#start-workout");
    type("name", "Pull day");
    page.go("#save-workout");
    assertThat(visible("workout-title").getText()).isEqualTo("Pull day");
    type("exercise", "Deadlift (Barbell)");
    type("weight", "120");
    type("reps", "5");
    page.driver().findElement(By.id("add-set-button")).click();
    page.waiting().until(d -> d.findElements(By.cssSelector("#grid .set-done")).size() == 1);
    page.driver().findElement(By.id("add-set-button")).click();
    page.waiting().until(d -> d.findElements(By.cssSelector("#grid .set-done")).size() == 2);
    screenshot("workout");

    // 4. Check in twice.
    checkIn("4", true);
    screenshot("check-in-first");
    checkIn("2", false);
    screenshot("check-in-second");
    page.driver().get(page.url("/check-ins"));
    assertThat(page.driver().findElement(By.tagName("main")).getText()).contains("4").contains("2");
    screenshot("check-in-history");

    // 5. The dashboard: charts drawn, the check-in overview, pain against load.
    page.driver().get(page.url("/dashboard?range=all"));
    page.waiting()
        .until(
            d ->
                ((ChromeDriver) d)
                        .executeScript(
                            "return document.documentElement.getAttribute('data-charts')")
                    != null);
    assertThat(visible("checkin-overview").getText()).isNotBlank();
    Number painted =
        (Number)
            page.driver()
                .executeScript(
                    "var n = 0; document.querySelectorAll('canvas').forEach(function (c) {"
                        + " var d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                        + " for (var i = 3; i < d.length; i += 4) { if (d[i] !== 0) { n++; } } });"
                        + " return n;");
    assertThat(painted.longValue()).isGreaterThan(2000);
    screenshot("dashboard");

    // 6. Export: the data page, and the JSON export holds the logged workout.
    page.driver().get(page.url("/account/data"));
    assertThat(visible("download-json").isDisplayed()).isTrue();
    screenshot("account-data");
    // The downloads, fetched with the page's own session as the links would.
    assertThat(download("/api/v1/export")).contains("Pull day").contains(email);
    assertThat(download("/api/v1/export.csv"))
        .startsWith("Date,Workout,Workout Name,Exercise")
        .contains("Pull day");

    // 7. Delete the account, confirmed with the password; the login no longer works.
    page.driver().get(page.url("/account/delete"));
    type("password", PASSWORD);
    screenshot("account-delete");
    page.go("#confirm-delete");
    assertThat(visible("goodbye").getText()).isNotBlank();
    screenshot("goodbye");
    page.driver().get(page.url("/login"));
    type("username", email);
    type("password", PASSWORD);
    page.go("button[type=submit]");
    page.waiting().until(ExpectedConditions.urlContains("error"));
  }
}
