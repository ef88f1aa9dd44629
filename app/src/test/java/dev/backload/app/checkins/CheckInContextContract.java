package dev.backload.app.checkins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.app.config.Json;
import dev.backload.app.support.Http;
import dev.backload.app.support.LifterSession;
import dev.backload.app.support.OnH2;
import dev.backload.app.support.OnPostgres;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * The optional planner context of a check-in: stored with it, returned with it, checked naming the
 * field before the triage fields, which keep their strict validation; and the optional section of
 * the signed-in check-in page.
 */
@SuppressWarnings("unchecked")
abstract class CheckInContextContract {
  @Value("${local.server.port}")
  int port;

  static Map<String, Object> json(HttpResponse<String> response) {
    return Json.mapper().readValue(response.body(), Map.class);
  }

  static int count(Http lifter) {
    return Json.mapper().readValue(lifter.get("/api/v1/checkins").body(), List.class).size();
  }

  static void assertField(HttpResponse<String> response, String field) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(json(response)).containsEntry("field", field);
  }

  @Test
  void theContextIsStoredAndReturnedBesideTheTriageFields() {
    Http lifter = new Http(port).signUp();
    String context =
        "{\"sleepHours\":5.5,\"stress\":8,\"hingeTestPain\":3,"
            + "\"painStart\":{\"setNumber\":4,\"setsInSession\":5,\"repNumber\":5,\"repsInSet\":5},"
            + "\"technique\":[\"BACK_ROUNDED\",\"BAR_DRIFTED_AWAY\",\"BACK_ROUNDED\"]}";
    HttpResponse<String> created =
        lifter.postJson(
            "/api/v1/checkins",
            "{\"painNow\":4,\"onset\":\"DURING_LIFT\",\"plannerContext\":" + context + "}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    Map<String, Object> body = json(created);
    assertThat(body.get("input")).isEqualTo(Map.of("painNow", 4, "onset", "DURING_LIFT"));
    Map<String, Object> stored = (Map<String, Object>) body.get("plannerContext");
    assertThat(stored.keySet())
        .containsExactly("sleepHours", "stress", "hingeTestPain", "painStart", "technique");
    assertThat(stored)
        .containsEntry("sleepHours", 5.5)
        .containsEntry("stress", 8)
        .containsEntry("hingeTestPain", 3)
        .containsEntry(
            "painStart",
            Map.of("setNumber", 4, "setsInSession", 5, "repNumber", 5, "repsInSet", 5));
    assertThat((List<String>) stored.get("technique"))
        .containsExactlyInAnyOrder("BAR_DRIFTED_AWAY", "BACK_ROUNDED");
    assertThat(json(lifter.get("/api/v1/checkins/" + body.get("id")))).isEqualTo(body);

    // Only the set, no rep: fine. An empty context is no context.
    Map<String, Object> setOnly =
        json(
            lifter.postJson(
                "/api/v1/checkins",
                "{\"painNow\":3,\"plannerContext\":{\"painStart\":{\"setNumber\":1,\"setsInSession\":3}}}"));
    assertThat((Map<String, Object>) setOnly.get("plannerContext"))
        .containsEntry("painStart", nullRep(1, 3));
    Map<String, Object> none =
        json(lifter.postJson("/api/v1/checkins", "{\"painNow\":3,\"plannerContext\":{}}"));
    assertThat(none).doesNotContainKey("plannerContext");
  }

  private static Map<String, Object> nullRep(int set, int sets) {
    Map<String, Object> start = new LinkedHashMap<>();
    start.put("setNumber", set);
    start.put("setsInSession", sets);
    start.put("repNumber", null);
    start.put("repsInSet", null);
    return start;
  }

  @Test
  void aBadContextIs400NamingTheFieldAndNothingIsStored() {
    Http lifter = new Http(port).signUp();
    String pre = "{\"painNow\":3,\"plannerContext\":";
    assertField(
        lifter.postJson("/api/v1/checkins", pre + "{\"stress\":11}}"), "plannerContext.stress");
    assertField(
        lifter.postJson("/api/v1/checkins", pre + "{\"stress\":6.5}}"), "plannerContext.stress");
    assertField(
        lifter.postJson("/api/v1/checkins", pre + "{\"sleepHours\":\"7\"}}"),
        "plannerContext.sleepHours");
    assertField(
        lifter.postJson("/api/v1/checkins", pre + "{\"sleepHours\":25}}"),
        "plannerContext.sleepHours");
    assertField(
        lifter.postJson("/api/v1/checkins", pre + "{\"hingeTestPain\":-1}}"),
        "plannerContext.hingeTestPain");
    assertField(
        lifter.postJson(
            "/api/v1/checkins", pre + "{\"painStart\":{\"setNumber\":6,\"setsInSession\":5}}}"),
        "plannerContext.painStart.setNumber");
    assertField(
        lifter.postJson("/api/v1/checkins", pre + "{\"painStart\":{\"setNumber\":2}}}"),
        "plannerContext.painStart.setsInSession");
    assertField(
        lifter.postJson(
            "/api/v1/checkins",
            pre + "{\"painStart\":{\"setNumber\":2,\"setsInSession\":3,\"repNumber\":2}}}"),
        "plannerContext.painStart.repsInSet");
    assertField(
        lifter.postJson(
            "/api/v1/checkins",
            pre
                + "{\"painStart\":{\"setNumber\":2,\"setsInSession\":3,\"repNumber\":7,"
                + "\"repsInSet\":5}}}"),
        "plannerContext.painStart.repNumber");
    assertField(
        lifter.postJson("/api/v1/checkins", pre + "{\"painStart\":{\"set\":2}}}"),
        "plannerContext.painStart.set");
    assertField(
        lifter.postJson(
            "/api/v1/checkins", pre + "{\"technique\":[\"BACK_ROUNDED\",\"LEANING\"]}}"),
        "plannerContext.technique[1]");
    assertField(
        lifter.postJson("/api/v1/checkins", pre + "{\"technique\":\"BACK_ROUNDED\"}}"),
        "plannerContext.technique");
    assertField(lifter.postJson("/api/v1/checkins", pre + "{\"mood\":3}}"), "plannerContext.mood");
    assertField(lifter.postJson("/api/v1/checkins", pre + "[1]}"), "plannerContext");
    assertThat(count(lifter)).isZero();
  }

  @Test
  void theTriageFieldsKeepTheirStrictValidation() {
    Http lifter = new Http(port).signUp();
    String context = ",\"plannerContext\":{\"stress\":4}";
    assertField(
        lifter.postJson("/api/v1/checkins", "{\"painNow\":3,\"sleepHours\":6" + context + "}"),
        "sleepHours");
    assertField(lifter.postJson("/api/v1/checkins", "{\"painNow\":11" + context + "}"), "painNow");
    assertField(
        lifter.postJson(
            "/api/v1/checkins", "{\"painNow\":3,\"context\":{\"stress\":4}" + context + "}"),
        "context.stress");
    // The anonymous triage takes no planner context at all.
    assertField(
        new Http(port).postJson("/api/v1/triage", "{\"painNow\":3" + context + "}"),
        "plannerContext");
    assertThat(count(lifter)).isZero();
    HttpResponse<String> fine =
        lifter.postJson(
            "/api/v1/checkins",
            "{\"painNow\":3,\"context\":{\"daysSinceLastHinge\":3}" + context + "}");
    assertThat(fine.statusCode()).as(fine.body()).isEqualTo(201);
  }

  @Test
  void theCheckInPageAsksForTheContextInAnOptionalSectionAndStoresIt() {
    LifterSession web = LifterSession.signUp(port);
    String page = web.get("/check-ins/new").body();
    assertThat(page).contains("Helps the plan; skip if you like", "id=\"planner-context\"");
    // The red-flag list comes before the optional section, and is always there.
    assertThat(page.indexOf("id=\"red-flags\"")).isPositive();
    assertThat(page.indexOf("id=\"red-flags\"")).isLessThan(page.indexOf("id=\"planner-context\""));

    Map<String, String> form = new LinkedHashMap<>();
    form.put("painNow", "3");
    form.put("emergencySigns", "NONE");
    form.put("illnessSigns", "NONE");
    form.put("age", "35");
    form.put("stress", "11");
    HttpResponse<String> bad = web.post("/check-ins", form);
    assertThat(bad.statusCode()).isEqualTo(200);
    assertThat(bad.body()).contains("Stress: must be a whole number between 0 and 10");
    assertThat(count(web.api())).isZero();

    form.put("stress", "7");
    form.put("sleepHours", "5.5");
    form.put("hingeTestPain", "2");
    form.put("painStartSet", "3");
    form.put("painStartSets", "3");
    form.put("technique", "BAR_DRIFTED_AWAY");
    HttpResponse<String> saved = web.post("/check-ins", form);
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
    Map<String, Object> stored =
        (Map<String, Object>)
            ((Map<String, Object>)
                    Json.mapper()
                        .readValue(web.api().get("/api/v1/checkins").body(), List.class)
                        .get(0))
                .get("plannerContext");
    assertThat(stored)
        .containsEntry("sleepHours", 5.5)
        .containsEntry("stress", 7)
        .containsEntry("hingeTestPain", 2)
        .containsEntry("painStart", nullRep(3, 3))
        .containsEntry("technique", List.of("BAR_DRIFTED_AWAY"));
    String result =
        web.get(
                saved
                    .headers()
                    .firstValue("Location")
                    .orElseThrow()
                    .replaceAll("^https?://[^/]+", ""))
            .body();
    assertThat(result)
        .contains(
            "id=\"planner-context-given\"",
            "Stress: 7 out of 10.",
            "Sleep the night before: 5.5 hours.")
        .contains(
            "The pain began in working set 3 of 3.", "You noticed the bar drifting away from you.");

    // Skipping the section stores a check-in without context.
    form.keySet()
        .removeAll(
            List.of(
                "stress",
                "sleepHours",
                "hingeTestPain",
                "painStartSet",
                "painStartSets",
                "technique",
                "age"));
    web.get("/check-ins/new");
    assertThat(web.post("/check-ins", form).statusCode()).isEqualTo(302);
    Map<String, Object> latest =
        (Map<String, Object>)
            Json.mapper().readValue(web.api().get("/api/v1/checkins").body(), List.class).get(0);
    assertThat(latest).doesNotContainKey("plannerContext");
  }
}

@OnH2
class CheckInContextH2Test extends CheckInContextContract {}

@OnPostgres
class CheckInContextPostgresTest extends CheckInContextContract {}
