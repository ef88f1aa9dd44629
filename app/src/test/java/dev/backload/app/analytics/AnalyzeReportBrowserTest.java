package dev.backload.app.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.app.support.BrowserPage;
import dev.backload.core.importing.ExportImporter;
import dev.backload.core.importing.ImportOptions;
import dev.backload.core.importing.WeightUnit;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * The HTML report opened from disk (a {@code file://} URL, no server, no network) in headless
 * Chromium, at a phone's width and at a desktop's: the three charts are drawn, the flags and the
 * escaped exercise name show, and the page does not scroll sideways.
 */
@Tag("browser")
class AnalyzeReportBrowserTest {
  @TempDir Path dir;
  @RegisterExtension final BrowserPage page = new BrowserPage();

  private Path report(String fixture, WeightUnit unit) throws Exception {
    Path csv = Path.of(getClass().getResource("/analyze/" + fixture).toURI());
    AnalyzedExport export =
        AnalyzedExport.of(
            fixture, ExportImporter.read(csv, ImportOptions.defaults().withUnit(unit)), unit);
    Path html = dir.resolve("report.html");
    Files.writeString(
        html, HtmlReport.render(export, LocalDate.of(2024, 3, 1)), StandardCharsets.UTF_8);
    return html;
  }

  /** The number of canvas pixels that are not fully transparent. */
  private long paintedPixels(String canvasId) {
    Object count =
        page.driver()
            .executeScript(
                "var c = document.getElementById(arguments[0]);"
                    + "var d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                    + "var n = 0; for (var i = 3; i < d.length; i += 4) { if (d[i] !== 0) n++; }"
                    + "return n;",
                canvasId);
    return ((Number) count).longValue();
  }

  private void assertChartsDrawn() {
    for (String id : List.of("chart-weekly", "chart-daily", "chart-e1rm")) {
      WebElement canvas = page.driver().findElement(By.id(id));
      assertThat(canvas.getSize().getWidth()).as(id + " width").isPositive();
      assertThat(paintedPixels(id)).as(id + " painted pixels").isGreaterThan(2000);
      Object dataUrl =
          page.driver().executeScript("return arguments[0].toDataURL().length", canvas);
      assertThat(((Number) dataUrl).longValue()).as(id + " data URL").isGreaterThan(3000);
      Object overflow =
          page.driver()
              .executeScript(
                  "var c = arguments[0].getBoundingClientRect();"
                      + "var box = arguments[0].parentElement.getBoundingClientRect();"
                      + "return Math.max(c.right - box.right, box.left - c.left);",
                  canvas);
      assertThat(((Number) overflow).doubleValue()).as(id + " inside its box").isLessThan(1);
    }
  }

  /**
   * Makes the window as tall as the page and lets the charts follow at once, so that the screenshot
   * (which does the same resize) shows them as a reader would.
   */
  private void screenshot(String name) {
    int width = page.driver().manage().window().getSize().getWidth();
    Number height =
        (Number) page.driver().executeScript("return document.documentElement.scrollHeight");
    page.driver()
        .manage()
        .window()
        .setSize(new Dimension(width, Math.max(800, height.intValue() + 120)));
    page.driver()
        .executeScript("Object.values(Chart.instances).forEach(function (c) { c.resize(); });");
    page.screenshot(name);
  }

  @Test
  void theReportDrawsItsChartsAndShowsTheFlagsAtPhoneAndDesktopWidth() throws Exception {
    Path html = report("strong-small.csv", WeightUnit.KG);
    page.driver().get(html.toUri().toString());
    assertThat(page.driver().getTitle()).isEqualTo("Deadlift training report: strong-small.csv");
    assertChartsDrawn();
    // The style sheet applied under the page's own Content-Security-Policy.
    assertThat(page.driver().findElement(By.tagName("body")).getCssValue("background-color"))
        .isEqualTo("rgba(247, 248, 249, 1)");
    WebElement flags = page.driver().findElement(By.id("flags"));
    assertThat(flags.isDisplayed()).isTrue();
    assertThat(flags.getText())
        .contains("Jump in deadlift volume")
        .contains("Back after a break")
        .contains("Hard days close together")
        .contains("Drop-off at the same weight")
        .contains("prompts, not verdicts");
    assertThat(page.driver().findElements(By.cssSelector("#flag-list li"))).hasSize(5);
    assertThat(page.driver().findElement(By.id("daily")).getText()).contains("not an injury risk");
    // The exercise name from the file is text, not markup.
    assertThat(page.driver().findElement(By.id("exercise-table")).getText())
        .contains("Deadlift <b>&\"canary\"</b>");
    assertThat(page.driver().findElements(By.cssSelector("#exercise-table b"))).isEmpty();
    page.assertNoHorizontalScroll();
    screenshot("analyze-report");

    page.driver().manage().window().setSize(new Dimension(1280, 900));
    page.driver().navigate().refresh();
    assertChartsDrawn();
    page.assertNoHorizontalScroll();
    screenshot("analyze-report-desktop");
  }

  @Test
  void aGuessedUnitIsHighlightedInTheReport() throws Exception {
    Path csv = Path.of(getClass().getResource("/analyze/strong-small.csv").toURI());
    AnalyzedExport export =
        AnalyzedExport.of("strong-small.csv", ExportImporter.read(csv, null), null);
    Path html = dir.resolve("guessed.html");
    Files.writeString(html, HtmlReport.render(export, LocalDate.of(2024, 3, 1)));
    page.driver().get(html.toUri().toString());
    WebElement unit = page.driver().findElement(By.id("unit"));
    assertThat(unit.getAttribute("class")).contains("guessed");
    assertThat(unit.getText()).contains("GUESSED").contains("--unit lb");
    assertChartsDrawn();
  }
}
