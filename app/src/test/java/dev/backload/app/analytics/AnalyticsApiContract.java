package dev.backload.app.analytics;

import static dev.backload.app.support.ExportFiles.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.backload.app.config.Json;
import dev.backload.app.support.ExportFiles;
import dev.backload.app.support.Http;
import dev.backload.app.support.OnH2;
import dev.backload.app.support.OnPostgres;
import dev.backload.core.analytics.TrainingLoadAnalysis;
import dev.backload.core.importing.ExportImporter;
import dev.backload.core.importing.ImportOptions;
import dev.backload.core.log.TrainingSet;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/v1/analytics}: the analytics.md section 6 document of the whole log, equal to the
 * core's analysis of the same sets read straight from the files.
 */
abstract class AnalyticsApiContract {
  @Value("${local.server.port}")
  int port;

  static JsonNode json(String body) {
    return Json.mapper().readTree(body);
  }

  static List<TrainingSet> read(byte[] bytes) throws Exception {
    return ExportImporter.read(
            new InputStreamReader(new java.io.ByteArrayInputStream(bytes), StandardCharsets.UTF_8),
            ImportOptions.defaults())
        .sets();
  }

  @Test
  void anEmptyLogHasNullDatesAndEmptySeries() {
    Http lifter = new Http(port).signUp();
    var response = lifter.get("/api/v1/analytics");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .isEqualTo(
            "{\"summary\":{\"firstDate\":null,\"lastDate\":null,\"workouts\":0,\"sets\":0,"
                + "\"workingSets\":0,\"hingeWorkingSets\":0},\"days\":[],\"weeks\":[],\"flags\":[]}");
    assertThat(new Http(port).get("/api/v1/analytics").statusCode()).isEqualTo(401);
  }

  @Test
  void theDocumentHasTheShapeOfSection6() throws Exception {
    Http lifter = new Http(port).signUp();
    lifter.postFile("/api/v1/imports", "hevy-weeks.csv", fixture("hevy-weeks.csv"));
    JsonNode doc = json(lifter.get("/api/v1/analytics").body());
    assertThat(doc.propertyNames()).containsExactly("summary", "days", "weeks", "flags");
    assertThat(doc.get("summary").propertyNames())
        .containsExactly(
            "firstDate", "lastDate", "workouts", "sets", "workingSets", "hingeWorkingSets");
    assertThat(doc.get("summary").get("firstDate").asString()).isEqualTo("2025-01-06");
    JsonNode day = doc.get("days").get(0);
    assertThat(day.propertyNames())
        .containsExactly(
            "date",
            "hingeTonnageKg",
            "totalTonnageKg",
            "ewmaAcute",
            "ewmaChronic",
            "acwrEwma",
            "acwrUncoupled");
    assertThat(day.get("date").isString()).isTrue();
    assertThat(day.has("acwrEwma") && day.get("acwrEwma").isNull()).isTrue();
    JsonNode week = doc.get("weeks").get(0);
    assertThat(week.propertyNames())
        .containsExactly(
            "week",
            "start",
            "hingeTonnageKg",
            "totalTonnageKg",
            "hingeSets",
            "hingeChangePct",
            "monotony",
            "strain",
            "e1rmByVariation");
    assertThat(week.get("week").asString()).isEqualTo("2025-W02");
    assertThat(week.get("start").asString()).isEqualTo("2025-01-06");
    assertThat(week.get("hingeChangePct").isNull()).isTrue();
    assertThat(week.get("e1rmByVariation").isObject()).isTrue();
    assertThat(week.get("e1rmByVariation").propertyNames())
        .containsExactly("ROMANIAN", "CONVENTIONAL");
    JsonNode flag = doc.get("flags").get(0);
    assertThat(flag.propertyNames()).containsExactly("type", "date", "detail");
    assertThat(flag.get("type").asString()).isEqualTo("SPIKE");
    assertThat(flag.get("date").asString()).isEqualTo("2025-01-20");
    List<String> types = new ArrayList<>();
    doc.get("flags").forEach(f -> types.add(f.get("type").asString()));
    assertThat(types).contains("SPIKE", "STACKED_HARD", "RETURN_AFTER_BREAK", "FATIGUE_DROP");
  }

  @Test
  void theWholeLogOfSeveralImportsMatchesTheCoreAnalysis() throws Exception {
    Http lifter = new Http(port).signUp();
    List<TrainingSet> all = new ArrayList<>();
    for (String name :
        List.of(
            "strong-classic.csv", "hevy.csv", "fitnotes.csv", "strong-new.csv", "hevy-weeks.csv")) {
      byte[] bytes = fixture(name);
      assertThat(lifter.postFile("/api/v1/imports", name, bytes).statusCode()).isEqualTo(201);
      all.addAll(read(bytes));
    }
    assertMatches(lifter, all);
  }

  @Test
  void aRealExportMatchesTheCoreAnalysisAndTheSpecsSummary() throws Exception {
    Path dir = ExportFiles.realExports();
    org.junit.jupiter.api.Assumptions.assumeTrue(
        dir != null, "shared/data/real-exports not found: real-export analytics test skipped");
    byte[] bytes = Files.readAllBytes(dir.resolve("strong-1.csv"));
    Http lifter = new Http(port).signUp();
    assertThat(lifter.postFile("/api/v1/imports", "strong-1.csv", bytes, "unit", "lb").statusCode())
        .isEqualTo(201);
    JsonNode doc = assertMatches(lifter, read(bytes));
    // analytics.md section 6: "The numbers in the example are those of strong-1.csv read with
    // --unit lb".
    JsonNode summary = doc.get("summary");
    assertThat(summary.get("firstDate").asString()).isEqualTo("2020-12-07");
    assertThat(summary.get("lastDate").asString()).isEqualTo("2021-11-25");
    assertThat(summary.get("workouts").asInt()).isEqualTo(250);
    assertThat(summary.get("sets").asInt()).isEqualTo(4988);
    assertThat(summary.get("workingSets").asInt()).isEqualTo(4097);
    assertThat(summary.get("hingeWorkingSets").asInt()).isEqualTo(309);
  }

  private JsonNode assertMatches(Http lifter, List<TrainingSet> sets) {
    var response = lifter.get("/api/v1/analytics");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/json");
    JsonNode actual = json(response.body());
    JsonNode expected = Json.mapper().valueToTree(TrainingLoadAnalysis.analyze(sets));
    assertThat(actual.get("days").size()).isPositive();
    assertSame("", expected, actual);
    return actual;
  }

  /**
   * Equal trees, member order included; numbers equal up to the rounding of summing the same values
   * in another order (the database returns workouts in date order, a file in its own).
   */
  static void assertSame(String path, JsonNode expected, JsonNode actual) {
    if (expected.isNumber() && actual.isNumber()) {
      double e = expected.asDouble();
      double a = actual.asDouble();
      if (Math.abs(e - a) > 1e-9 * Math.max(1, Math.abs(e))) {
        fail(path + ": expected " + e + " but was " + a);
      }
      return;
    }
    if (expected.isObject()) {
      assertThat(actual.isObject()).as(path).isTrue();
      assertThat(actual.propertyNames())
          .as(path)
          .containsExactlyElementsOf(expected.propertyNames());
      for (String name : expected.propertyNames()) {
        assertSame(path + "." + name, expected.get(name), actual.get(name));
      }
      return;
    }
    if (expected.isArray()) {
      assertThat(actual.isArray()).as(path).isTrue();
      assertThat(actual.size()).as(path).isEqualTo(expected.size());
      for (int i = 0; i < expected.size(); i++) {
        assertSame(path + "[" + i + "]", expected.get(i), actual.get(i));
      }
      return;
    }
    assertThat(actual).as(path).isEqualTo(expected);
  }
}

@OnH2
class AnalyticsApiH2Test extends AnalyticsApiContract {}

@OnPostgres
class AnalyticsApiPostgresTest extends AnalyticsApiContract {}
