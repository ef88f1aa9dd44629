package dev.backload.app.dashboard;

import static dev.backload.app.support.ExportFiles.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.app.config.Json;
import dev.backload.app.support.Http;
import dev.backload.app.support.OnH2;
import dev.backload.app.support.OnPostgres;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/** The home redirect and the dashboard page over HTTP (the browser test draws the charts). */
abstract class DashboardPageContract {
  private static final Pattern DATA =
      Pattern.compile(
          "<script type=\"application/json\" id=\"dashboard-data\">(.*?)</script>", Pattern.DOTALL);

  @Value("${local.server.port}")
  int port;

  static JsonNode data(String html) {
    Matcher m = DATA.matcher(html);
    assertThat(m.find()).as("the dashboard-data block").isTrue();
    return Json.mapper().readTree(m.group(1));
  }

  @Test
  void homeIsTheLandingPageForVisitorsAndTodayForLifters() {
    var anonymous = new Http(port).get("/");
    assertThat(anonymous.statusCode()).isEqualTo(200);
    assertThat(anonymous.body()).contains("Start a check-in");
    Http visitor = new Http(port);
    var dashboard =
        visitor.send(visitor.request("/dashboard").header("Accept", "text/html").GET().build());
    assertThat(dashboard.statusCode()).isEqualTo(302);
    assertThat(dashboard.headers().firstValue("Location").orElse("")).endsWith("/login");

    Http lifter = new Http(port).signUpWithSession();
    var home = lifter.get("/");
    assertThat(home.statusCode()).isEqualTo(302);
    assertThat(home.headers().firstValue("Location").orElse("")).endsWith("/today");
  }

  @Test
  void anEmptyLogGetsAFriendlyStart() {
    Http lifter = new Http(port).signUpWithSession();
    var page = lifter.get("/dashboard");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("id=\"dashboard-empty\"")
        .contains("href=\"/import\"")
        .contains("href=\"/workouts\"")
        .contains("id=\"checkin-overview\"")
        .doesNotContain("id=\"chart-weekly\"");
    JsonNode data = data(page.body());
    assertThat(data.get("weeks").get("labels").isEmpty()).isTrue();
    assertThat(data.has("pain")).isFalse(); // no check-ins saved yet
  }

  @Test
  void theDataBlockCarriesTheChartsInThePersonsUnit() {
    Http lifter = new Http(port).signUpWithSession();
    assertThat(
            lifter
                .postFile("/api/v1/imports", "hevy-weeks.csv", fixture("hevy-weeks.csv"))
                .statusCode())
        .isEqualTo(201);
    var page = lifter.get("/dashboard?range=all");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
        .contains("script-src 'self'")
        .doesNotContain("unsafe-inline");
    assertThat(page.body())
        .contains("id=\"chart-weekly\"")
        .contains("data-flag=\"SPIKE\"")
        .contains("Week of 20 Jan 2025")
        .contains("not a risk score")
        .contains("Once you save check-ins");
    JsonNode data = data(page.body());
    assertThat(data.get("unit").asString()).isEqualTo("kg");
    JsonNode weeks = data.get("weeks");
    assertThat(weeks.get("labels").get(0).asString()).isEqualTo("2025-01-06");
    int spike = -1;
    for (int i = 0; i < weeks.get("labels").size(); i++) {
      if (weeks.get("labels").get(i).asString().equals("2025-01-20")) {
        spike = i;
      }
    }
    assertThat(weeks.get("spike").get(spike).asBoolean()).isTrue();
    assertThat(weeks.get("hinge").get(spike).asDouble()).isEqualTo(7225.0);
    assertThat(data.get("e1rm").get("series").get(0).get("variation").asString())
        .isEqualTo("ROMANIAN");
    assertThat(data.get("days").get("acute").size())
        .isEqualTo(data.get("days").get("labels").size());

    assertThat(lifter.putJson("/api/v1/account", "{\"weightUnit\":\"lb\"}").statusCode())
        .isEqualTo(200);
    JsonNode pounds = data(lifter.get("/dashboard?range=all").body());
    assertThat(pounds.get("unit").asString()).isEqualTo("lb");
    assertThat(pounds.get("weeks").get("hinge").get(spike).asDouble()).isEqualTo(15928.4);
  }

  @Test
  void theRangeCutsTheChartsAndFlags() {
    Http lifter = new Http(port).signUpWithSession();
    lifter.postFile("/api/v1/imports", "hevy-weeks.csv", fixture("hevy-weeks.csv"));
    String html = lifter.get("/dashboard?range=12w").body();
    JsonNode data = data(html);
    // 12 weeks back from the week of the last date (2025-02-27): the whole 8-week log
    assertThat(data.get("weeks").get("labels").get(0).asString()).isEqualTo("2025-01-06");
    assertThat(html).contains("aria-current=\"page\" class=\"current\">12 weeks");
    String unknown = lifter.get("/dashboard?range=%3Cx%3E").body();
    assertThat(unknown).contains("class=\"current\">6 months").doesNotContain("<x>");
  }
}

@OnH2
class DashboardPageH2Test extends DashboardPageContract {}

@OnPostgres
class DashboardPagePostgresTest extends DashboardPageContract {}
