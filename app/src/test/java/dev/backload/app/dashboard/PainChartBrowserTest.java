package dev.backload.app.dashboard;

import static dev.backload.app.support.ExportFiles.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.app.support.BrowserPage;
import dev.backload.app.support.Http;
import dev.backload.app.support.OnH2;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Value;

/**
 * With stored check-ins, the dashboard's data block has a pain series and the pain chart is drawn
 * against the daily load.
 */
@OnH2
@Tag("browser")
class PainChartBrowserTest {
  private static final String PASSWORD = "correct horse battery staple";

  /** Check-ins around the hevy-weeks.csv fixture, one after its last workout. */
  private static final List<String[]> CHECK_INS =
      List.of(
          new String[] {"2025-01-21", "2"},
          new String[] {"2025-01-24", "6"},
          new String[] {"2025-02-04", "3"},
          new String[] {"2025-03-03", "1"});

  @Value("${local.server.port}")
  int port;

  @RegisterExtension final BrowserPage page = new BrowserPage();

  @Test
  void painAtCheckInsIsDrawnAgainstDailyLoad() {
    String email = "pain-" + UUID.randomUUID() + "@example.org";
    Http http = new Http(port);
    http.postJson(
        "/api/v1/accounts", "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}");
    String token =
        http.postJson(
                "/api/v1/tokens",
                "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"name\":\"t\"}")
            .body()
            .replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
    assertThat(
            http.withToken(token)
                .postFile("/api/v1/imports", "hevy-weeks.csv", fixture("hevy-weeks.csv"))
                .statusCode())
        .isEqualTo(201);
    for (String[] checkIn : CHECK_INS) {
      assertThat(
              http.withToken(token)
                  .postJson(
                      "/api/v1/checkins",
                      "{\"date\":\"" + checkIn[0] + "\",\"painNow\":" + checkIn[1] + "}")
                  .statusCode())
          .isEqualTo(201);
    }

    page.driver().get("http://127.0.0.1:" + port + "/login");
    page.driver().findElement(By.id("username")).sendKeys(email);
    page.driver().findElement(By.id("password")).sendKeys(PASSWORD);
    page.driver().findElement(By.cssSelector("form.stack button[type=submit]")).click();
    WebDriverWait wait = new WebDriverWait(page.driver(), Duration.ofSeconds(60));
    wait.until(ExpectedConditions.urlContains("/today"));
    page.driver().get("http://127.0.0.1:" + port + "/dashboard?range=all");
    wait.until(
        d ->
            ((ChromeDriver) d)
                    .executeScript("return document.documentElement.getAttribute('data-charts')")
                != null);

    assertThat(
            page.driver()
                .executeScript("return document.documentElement.getAttribute('data-charts')"))
        .isEqualTo("4");
    Number painted =
        (Number)
            page.driver()
                .executeScript(
                    "var c = document.getElementById('chart-pain');var d ="
                        + " c.getContext('2d').getImageData(0, 0, c.width, c.height).data;var n = 0;"
                        + " for (var i = 3; i < d.length; i += 4) { if (d[i] !== 0) { n++; } }return"
                        + " n;");
    assertThat(painted.longValue()).isGreaterThan(500);
    // the chart's axis runs to the last check-in, after the last workout
    assertThat(
            page.driver()
                .executeScript(
                    "var c = Chart.getChart('chart-pain'); return c.data.labels[c.data.labels.length -"
                        + " 1];"))
        .isEqualTo("2025-03-03");
    assertThat(page.driver().findElement(By.id("pain")).getText())
        .contains("pain at each check-in");
    assertThat(page.driver().findElements(By.id("pain-later"))).isEmpty();
    page.screenshot("dashboard-pain");
  }
}
