package dev.backload.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.app.support.BrowserPage;
import dev.backload.app.support.ExportFiles;
import dev.backload.app.support.Http;
import dev.backload.app.support.OnH2;
import dev.backload.core.importing.ExportImporter;
import dev.backload.core.importing.ImportOptions;
import dev.backload.core.importing.ImportResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
 * A lifter signs up, logs in, imports a Hevy export on the import page (preview, then confirm) and
 * sees the dashboard's charts and flags, in headless Chromium 360 px wide, with JavaScript on.
 */
@OnH2
@Tag("browser")
class ImportAndDashboardBrowserTest {
  private static final String PASSWORD = "correct horse battery staple";

  @Value("${local.server.port}")
  int port;

  @RegisterExtension final BrowserPage page = new BrowserPage();

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
    page.driver().get(page.url("/login"));
    page.driver().findElement(By.id("username")).sendKeys(email);
    page.driver().findElement(By.id("password")).sendKeys(PASSWORD);
    page.driver().findElement(By.cssSelector("form.stack button[type=submit]")).click();
    return email;
  }

  @Test
  void importAHevyExportThenSeeTheDashboard() throws Exception {
    Path export = hevyExport();
    ImportResult expected = ExportImporter.read(export, ImportOptions.defaults());
    signUpAndLogIn();

    // Signed in, "/" leads to Today; the dashboard (Progress) starts empty.
    page.waiting().until(ExpectedConditions.urlContains("/today"));
    page.driver().get(page.url("/"));
    assertThat(page.driver().getCurrentUrl()).endsWith("/today");
    page.go("#tab-progress");
    assertThat(page.driver().getCurrentUrl()).endsWith("/dashboard");
    WebElement empty = page.driver().findElement(By.id("dashboard-empty"));
    assertThat(empty.getText()).contains("Nothing logged yet");
    assertThat(empty.findElements(By.cssSelector("a[href='/import']"))).isNotEmpty();
    page.assertNoHorizontalScroll();
    page.screenshot("dashboard-empty");

    page.driver().get(page.url("/import"));
    page.assertNoHorizontalScroll();
    page.screenshot("import-form");
    page.driver().findElement(By.id("file")).sendKeys(export.toAbsolutePath().toString());
    page.driver().findElement(By.id("upload-button")).click();

    page.waiting().until(ExpectedConditions.urlContains("/import/preview"));
    WebElement facts =
        page.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("preview-facts")));
    // The script uploaded the file and opened the preview itself: no redirect after a form post.
    assertThat(redirectCount()).isZero();
    assertThat(facts.getText()).contains("Hevy").contains("kilograms").contains("as the file says");
    assertThat(page.driver().findElement(By.id("preview-new")).getText())
        .startsWith(String.format("%,d workouts", expected.workoutCount()));
    assertThat(page.driver().findElement(By.id("preview-present")).getText())
        .startsWith("0 workouts");
    assertThat(page.driver().findElements(By.id("unit-choice"))).isEmpty(); // the file states kg
    page.assertNoHorizontalScroll();
    page.screenshot("import-preview");

    page.driver().findElement(By.id("confirm-import")).click();
    WebElement done =
        page.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("import-done")));
    assertThat(done.getText())
        .contains(String.format("Imported %,d workouts", expected.workoutCount()));
    assertThat(page.driver().findElement(By.id("import-history")).getText())
        .contains(export.getFileName().toString());
    page.screenshot("import-done");

    done.findElement(By.linkText("See your dashboard")).click();
    page.waiting()
        .until(
            d ->
                ((ChromeDriver) d)
                        .executeScript(
                            "return document.documentElement.getAttribute('data-charts')")
                    != null);
    assertChartsDrawn("chart-weekly", "chart-e1rm", "chart-daily");
    assertThat(page.driver().findElement(By.id("load-description")).getText())
        .contains("not a risk score");
    assertThat(page.driver().findElement(By.id("pain")).getText()).contains("check-ins");
    page.assertNoHorizontalScroll();
    page.screenshot("dashboard");

    page.driver().get(page.url("/dashboard?range=all"));
    page.waiting()
        .until(
            d ->
                ((ChromeDriver) d)
                        .executeScript(
                            "return document.documentElement.getAttribute('data-charts')")
                    != null);
    assertChartsDrawn("chart-weekly", "chart-e1rm", "chart-daily");
    List<WebElement> flags = page.driver().findElements(By.cssSelector("#flags .flag-list li"));
    assertThat(flags).isNotEmpty();
    assertThat(flags.get(0).findElement(By.className("flag-when")).getText()).matches(".*\\d{4}");
    assertThat(page.driver().findElement(By.id("flags")).getText())
        .doesNotContainIgnoringCase("risk of");
    page.screenshot("dashboard-everything");

    // The same file again: the preview says nothing is new and offers no import.
    page.driver().get(page.url("/import"));
    page.driver().findElement(By.id("file")).sendKeys(export.toAbsolutePath().toString());
    page.driver().findElement(By.id("upload-button")).click();
    page.waiting().until(ExpectedConditions.urlContains("/import/preview"));
    assertThat(page.driver().findElement(By.id("nothing-new")).isDisplayed()).isTrue();
    assertThat(page.driver().findElement(By.id("same-file")).getText()).contains("same file");
    assertThat(page.driver().findElements(By.id("confirm-import"))).isEmpty();
    page.screenshot("import-preview-again");
  }

  @Test
  void aBadRowIsNamedAndCanBeLeftOut() {
    signUpAndLogIn();
    page.driver().get(page.url("/import"));
    page.driver().findElement(By.xpath("//label[contains(., 'Pounds')]/input")).click();
    page.driver()
        .findElement(By.id("file"))
        .sendKeys(ExportFiles.fixturePath("strong-bad-reps.csv").toAbsolutePath().toString());
    page.driver().findElement(By.id("upload-button")).click();
    WebElement problem =
        page.waiting()
            .until(ExpectedConditions.visibilityOfElementLocated(By.id("import-problem")));
    assertThat(problem.getText()).contains("line 5").contains("Reps");
    assertThat(page.driver().findElements(By.id("confirm-import"))).isEmpty();
    page.screenshot("import-bad-row");

    page.driver().findElement(By.id("skip-bad-rows")).click();
    WebElement left =
        page.waiting()
            .until(ExpectedConditions.visibilityOfElementLocated(By.id("preview-problems")));
    assertThat(left.getText()).contains("Rows left out (1)").contains("line 5");
    assertThat(page.driver().findElement(By.id("preview-unit")).getText()).contains("as you chose");
    page.screenshot("import-bad-row-skipped");
    page.driver().findElement(By.id("unit-kg")).click();
    page.waiting().until(ExpectedConditions.urlContains("unit=kg"));
    assertThat(page.driver().findElement(By.id("preview-unit")).getText()).contains("kilograms");
    page.driver().findElement(By.id("confirm-import")).click();
    WebElement done =
        page.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("import-done")));
    assertThat(done.getText()).contains("Imported 3 workouts (4 sets)");
  }

  @Test
  void theImportWorksWithoutJavaScript() {
    signUpAndLogIn();
    page.waiting().until(ExpectedConditions.urlContains("/today"));
    page.driver()
        .executeCdpCommand("Emulation.setScriptExecutionDisabled", java.util.Map.of("value", true));
    page.driver().get(page.url("/import"));
    page.driver()
        .findElement(By.id("file"))
        .sendKeys(ExportFiles.fixturePath("strong-classic.csv").toAbsolutePath().toString());
    page.driver().findElement(By.id("upload-button")).click();
    page.waiting().until(ExpectedConditions.urlContains("/import/preview"));
    // A plain form post (multipart, CSRF token in the form) answered by a redirect to the preview.
    assertThat(redirectCount()).isEqualTo(1);
    assertThat(page.driver().findElement(By.id("preview-unit")).getText())
        .isEqualTo("pounds, guessed from the weights");
    page.driver().findElement(By.id("unit-kg")).click();
    page.waiting().until(ExpectedConditions.urlContains("unit=kg"));
    page.driver().findElement(By.id("confirm-import")).click();
    WebElement done =
        page.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("import-done")));
    assertThat(done.getText()).contains("Imported 3 workouts (8 sets)");
    page.driver().get(page.url("/dashboard"));
    assertThat(page.driver().findElement(By.id("dashboard-summary")).getText())
        .contains("3 workouts");
  }

  private long redirectCount() {
    return ((Number)
            page.driver()
                .executeScript(
                    "return performance.getEntriesByType('navigation')[0].redirectCount"))
        .longValue();
  }

  private void assertChartsDrawn(String... ids) {
    for (String id : ids) {
      Number painted =
          (Number)
              page.driver()
                  .executeScript(
                      "var c = document.getElementById(arguments[0]);if (!c || !c.width || !c.height) {"
                          + " return 0; }var d = c.getContext('2d').getImageData(0, 0, c.width,"
                          + " c.height).data;var n = 0; for (var i = 3; i < d.length; i += 4) { if"
                          + " (d[i] !== 0) { n++; } }return n;",
                      id);
      assertThat(painted.longValue()).as("painted pixels of #" + id).isGreaterThan(500);
    }
  }
}
