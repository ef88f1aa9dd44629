package dev.backload.app.planning;

import static dev.backload.app.planning.PlanApiContract.assertField;
import static dev.backload.app.planning.PlanApiContract.json;
import static dev.backload.app.planning.PlanApiContract.list;
import static dev.backload.app.planning.PlanApiContract.map;
import static dev.backload.app.planning.PlanApiContract.plan;
import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.app.config.Json;
import dev.backload.app.support.Http;
import dev.backload.app.support.LifterSession;
import dev.backload.app.support.OnH2;
import dev.backload.app.support.OnPostgres;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * The red-flag hold (planner.md 0a) through the API and the pages: every URGENT or EMERGENCY
 * check-in, whatever came before or after it, leaves the plan without a session until an assessment
 * clears it; assessments are recorded, listed, covered rules named, exported.
 */
@SuppressWarnings("unchecked")
abstract class RedFlagHoldApiContract {
  @Value("${local.server.port}")
  int port;

  /** A lifter with six weekly deadlift sessions before today, so the plan has a session. */
  static Http lifterWithHistory(Http lifter) {
    LocalDate today = LocalDate.parse((String) plan(lifter).get("date"));
    for (int week = 6; week >= 1; week--) {
      HttpResponse<String> w =
          lifter.postJson(
              "/api/v1/workouts",
              "{\"date\":\""
                  + today.minusWeeks(week)
                  + "\",\"name\":\"Pull\",\"sets\":["
                  + "{\"exercise\":\"Deadlift (Barbell)\",\"weightKg\":140,\"reps\":5,\"rpe\":8},"
                  + "{\"exercise\":\"Deadlift (Barbell)\",\"weightKg\":140,\"reps\":5,\"rpe\":8}]}");
      assertThat(w.statusCode()).as(w.body()).isEqualTo(201);
    }
    return lifter;
  }

  static long checkIn(Http lifter, String body) {
    HttpResponse<String> response = lifter.postJson("/api/v1/checkins", body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return ((Number) json(response).get("id")).longValue();
  }

  static Map<String, Object> assess(Http lifter, String outcome, String extra) {
    HttpResponse<String> response =
        lifter.postJson(
            "/api/v1/assessments",
            "{\"assessedBy\":\"physiotherapist\",\"outcome\":\"" + outcome + "\"" + extra + "}");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    assertThat(response.headers().firstValue("Location")).isPresent();
    return json(response);
  }

  /** The plan is held by the given check-in: stop, no session, the result named, 409 to start. */
  static void assertHeld(Http lifter, long checkInId, String disposition, String rule) {
    Map<String, Object> plan = plan(lifter);
    assertThat(plan).containsEntry("mode", "STOP").containsEntry("prescription", null);
    Map<String, Object> hold = map(plan.get("hold"));
    assertThat(hold)
        .containsEntry("checkInId", (int) checkInId)
        .containsEntry("disposition", disposition);
    assertThat((List<String>) hold.get("rules")).contains(rule);
    assertThat(hold.get("since")).isNotNull();
    Map<String, Object> triage = map(plan.get("triage"));
    assertThat(triage).containsEntry("disposition", disposition);
    assertThat(list(triage.get("findings"))).extracting(f -> f.get("rule")).contains(rule);
    assertThat((List<String>) triage.get("actions")).isNotEmpty();
    assertThat((String) triage.get("safetyNet")).isNotBlank();
    HttpResponse<String> start = lifter.postJson("/api/v1/plan/workout", "");
    assertThat(start.statusCode()).as(start.body()).isEqualTo(409);
  }

  @Test
  void anEmergencyLaterTheSameDayHoldsThePlanOverTheEarlierModify() {
    Http lifter = lifterWithHistory(new Http(port).signUp());
    checkIn(lifter, "{\"painNow\":5,\"onset\":\"DURING_LIFT\"}");
    assertThat(plan(lifter)).containsEntry("mode", "ADJUSTED").containsEntry("hold", null);
    long emergency = checkIn(lifter, "{\"painNow\":5,\"bladderChange\":true}");
    assertHeld(lifter, emergency, "EMERGENCY", "E1");
  }

  @Test
  void aPainFreeRedFlagOutsideAnEpisodeHoldsThePlan() {
    Http lifter = lifterWithHistory(new Http(port).signUp());
    assertThat(plan(lifter)).containsEntry("mode", "AS_PLANNED");
    long id = checkIn(lifter, "{\"painNow\":0,\"saddleNumbness\":true}");
    assertThat(lifter.get("/api/v1/checkins/" + id).body()).contains("\"episodeId\":null");
    assertHeld(lifter, id, "EMERGENCY", "E3");
  }

  @Test
  void aRedFlagOnTheCheckInThatClosesAnEpisodeHoldsThePlan() {
    Http lifter = lifterWithHistory(new Http(port).signUp());
    LocalDate today = LocalDate.parse((String) plan(lifter).get("date"));
    checkIn(lifter, "{\"painNow\":3,\"date\":\"" + today.minusDays(3) + "\"}");
    checkIn(lifter, "{\"painNow\":0,\"date\":\"" + today.minusDays(2) + "\"}");
    long closing = checkIn(lifter, "{\"painNow\":0,\"saddleNumbness\":true}");
    assertHeld(lifter, closing, "EMERGENCY", "E3");
  }

  @Test
  void onlyAClearingAssessmentLiftsAHoldAndThePlanThenWaitsForACheckIn() {
    LifterSession web = LifterSession.signUp(port);
    Http lifter = lifterWithHistory(web.api());
    long urgent = checkIn(lifter, "{\"painNow\":3,\"nightPain\":true}");
    checkIn(lifter, "{\"painNow\":0}");
    checkIn(lifter, "{\"painNow\":0}");
    assertHeld(lifter, urgent, "URGENT", "U4");
    assertThat(web.get("/dashboard").body()).contains("id=\"hold\"", "training on hold since");
    assertThat(web.get("/plan").body())
        .contains("id=\"plan-stop\"", "id=\"record-assessment\"", "id=\"findings\"")
        .doesNotContain("id=\"next-session\"", "start-workout");
    // Today, the signed-in home, shows the hold in place of the session card: no Start anywhere.
    assertThat(web.get("/today").body())
        .contains("id=\"session-held\"", "id=\"record-assessment\"", "Training on hold")
        .doesNotContain("id=\"next-session\"", "start-workout", "/plan/start");

    Map<String, Object> notCleared = assess(lifter, "NOT_CLEARED", "");
    assertThat((List<String>) notCleared.get("covers")).containsExactly("U4");
    assertHeld(lifter, urgent, "URGENT", "U4");

    Map<String, Object> cleared = assess(lifter, "CLEARED_TO_TRAIN", "");
    assertThat(cleared).containsEntry("outcome", "CLEARED_TO_TRAIN").containsKey("id");
    assertThat((List<String>) cleared.get("covers")).containsExactly("U4");
    Map<String, Object> waiting = plan(lifter);
    // The pain-free check-ins came before the assessment: the plan waits for the next one.
    assertThat(waiting).containsEntry("hold", null).containsEntry("prescription", null);
    assertThat(waiting).containsEntry("mode", "STOP");
    assertThat(list(waiting.get("recommendations")))
        .extracting(r -> r.get("kind"))
        .contains("NEW_CHECK_IN");
    assertThat(web.get("/dashboard").body()).doesNotContain("id=\"hold\"");
    assertThat(web.get("/today").body())
        .doesNotContain("id=\"session-held\"", "Training on hold", "start-workout");

    checkIn(lifter, "{\"painNow\":0}");
    Map<String, Object> after = plan(lifter);
    // The episode is still open and had a red flag: the return is a staged one.
    assertThat(after).containsEntry("hold", null).containsEntry("mode", "STAGED_RETURN");
    assertThat(web.get("/today").body()).contains("id=\"next-session\"", "id=\"start-workout\"");
    assertThat(after.get("prescription")).isNotNull();
    assertThat(lifter.postJson("/api/v1/plan/workout", "").statusCode()).isEqualTo(201);

    List<Map<String, Object>> listed =
        list(Json.mapper().readValue(lifter.get("/api/v1/assessments").body(), List.class));
    assertThat(listed)
        .extracting(a -> a.get("outcome"))
        .containsExactly("CLEARED_TO_TRAIN", "NOT_CLEARED");
    assertThat(lifter.get("/api/v1/assessments/" + cleared.get("id")).statusCode()).isEqualTo(200);
    assertThat(new Http(port).signUp().get("/api/v1/assessments/" + cleared.get("id")).statusCode())
        .isEqualTo(404);
    assertThat(list(json(lifter.get("/api/v1/export")).get("assessments")))
        .extracting(a -> a.get("assessedBy"))
        .containsExactly("physiotherapist", "physiotherapist");
  }

  @Test
  void aCoveredLastingFactStartsNoNewHoldButANewUrgentSignDoes() {
    LifterSession web = LifterSession.signUp(port);
    Http lifter = lifterWithHistory(web.api());
    long first =
        checkIn(lifter, "{\"painNow\":2,\"cancerHistory\":true,\"onset\":\"DURING_LIFT\"}");
    assertHeld(lifter, first, "URGENT", "U2");
    assertThat(web.get("/check-ins/" + first).body()).contains("id=\"hold-notice\"");
    Map<String, Object> cleared =
        assess(lifter, "CLEARED_WITH_LIMITS", ",\"limits\":\"No heavy singles for a month\"");
    assertThat((List<String>) cleared.get("covers")).containsExactly("U2");

    long again =
        checkIn(lifter, "{\"painNow\":2,\"cancerHistory\":true,\"onset\":\"DURING_LIFT\"}");
    Map<String, Object> plan = plan(lifter);
    assertThat(plan)
        .containsEntry("hold", null)
        .containsEntry("limits", "No heavy singles for a month");
    assertThat(plan.get("prescription")).isNotNull();
    assertThat(map(plan.get("triage"))).containsEntry("disposition", "URGENT");
    assertThat(web.get("/check-ins/" + again).body())
        .contains("id=\"already-assessed\"", "physiotherapist")
        .doesNotContain("id=\"hold-notice\"");
    assertThat(web.get("/plan").body())
        .contains("id=\"session-limits\"", "No heavy singles for a month");

    long night = checkIn(lifter, "{\"painNow\":2,\"cancerHistory\":true,\"nightPain\":true}");
    assertHeld(lifter, night, "URGENT", "U4");
  }

  @Test
  void aHoldWinsOverAWorkoutAlreadyStartedTodayAndTheDashboardShowsItsReasons() {
    LifterSession web = LifterSession.signUp(port);
    Http lifter = lifterWithHistory(web.api());
    checkIn(lifter, "{\"painNow\":0}");
    assertThat(lifter.postJson("/api/v1/plan/workout", "").statusCode()).isEqualTo(201);
    long red = checkIn(lifter, "{\"painNow\":0,\"fever\":true}");
    assertHeld(lifter, red, "URGENT", "U1");
    checkIn(lifter, "{\"painNow\":0}");
    assertHeld(lifter, red, "URGENT", "U1");
    String dashboard = web.get("/dashboard").body();
    assertThat(dashboard)
        .contains("id=\"hold\"", "id=\"hold-reasons\"", "id=\"hold-safety-net\"")
        .contains("id=\"latest-during-hold\"", "It does not lift the hold.")
        .doesNotContain("id=\"latest-disposition\"");
    assertThat(web.get("/check-ins/" + red).body()).contains("id=\"hold-notice\"");
  }

  @Test
  void theWaitAfterAnAssessmentNeverShowsASessionAndACheckInCannotSlipBehindIt() {
    LifterSession web = LifterSession.signUp(port);
    Http lifter = lifterWithHistory(web.api());
    String today = (String) plan(lifter).get("date");
    assess(lifter, "NOT_CLEARED", "");
    Map<String, Object> plan = plan(lifter);
    assertThat(plan).containsEntry("mode", "STOP").containsEntry("prescription", null);
    assertThat(plan).containsEntry("hold", null).containsEntry("triage", null);
    for (String page : List.of("/plan", "/today")) {
      assertThat(web.get(page).body())
          .as(page)
          .contains("No session yet", "did not clear you", "id=\"record-assessment\"")
          .doesNotContain("id=\"next-session\"", "start-workout");
    }
    HttpResponse<String> behind =
        lifter.postJson(
            "/api/v1/checkins",
            "{\"painNow\":1,\"date\":\"" + LocalDate.parse(today).minusDays(1) + "\"}");
    assertField(behind, "date");
    assertThat(json(behind).get("detail").toString()).contains("latest assessment");
  }

  @Test
  void assessmentsAreCheckedFieldByField() {
    Http lifter = new Http(port).signUp();
    String today = (String) plan(lifter).get("date");
    assertField(lifter.postJson("/api/v1/assessments", "{\"assessedBy\":\"GP\"}"), "outcome");
    assertField(
        lifter.postJson("/api/v1/assessments", "{\"assessedBy\":\"GP\",\"outcome\":\"MAYBE\"}"),
        "outcome");
    assertField(
        lifter.postJson(
            "/api/v1/assessments", "{\"assessedBy\":\" \",\"outcome\":\"NOT_CLEARED\"}"),
        "assessedBy");
    assertField(
        lifter.postJson(
            "/api/v1/assessments", "{\"assessedBy\":\"GP\",\"outcome\":\"CLEARED_WITH_LIMITS\"}"),
        "limits");
    assertField(
        lifter.postJson(
            "/api/v1/assessments",
            "{\"assessedBy\":\"GP\",\"outcome\":\"CLEARED_TO_TRAIN\",\"limits\":\"x\"}"),
        "limits");
    assertField(
        lifter.postJson(
            "/api/v1/assessments",
            "{\"assessedBy\":\"GP\",\"outcome\":\"NOT_CLEARED\",\"date\":\""
                + LocalDate.parse(today).plusDays(1)
                + "\"}"),
        "date");
    assertField(
        lifter.postJson(
            "/api/v1/assessments", "{\"assessedBy\":\"GP\",\"outcome\":\"NOT_CLEARED\",\"x\":1}"),
        "x");
    assertField(
        lifter.postJson("/api/v1/assessments", "{\"assessedBy\":7,\"outcome\":\"NOT_CLEARED\"}"),
        "assessedBy");
    assertThat(lifter.get("/api/v1/assessments").body()).isEqualTo("[]");
    assertThat(new Http(port).get("/api/v1/assessments").statusCode()).isEqualTo(401);
  }

  @Test
  void theAssessmentPageRecordsOneAndShowsTheHold() {
    LifterSession web = LifterSession.signUp(port);
    Http lifter = lifterWithHistory(web.api());
    checkIn(lifter, "{\"painNow\":4,\"leg\":\"BOTH_LEGS\"}");
    assertThat(web.get("/assessments").body()).contains("Training is on hold");
    HttpResponse<String> bad = web.post("/assessments", Map.of("assessedBy", "GP", "outcome", ""));
    assertThat(bad.statusCode()).isEqualTo(200);
    assertThat(bad.body()).contains("id=\"form-error\"", "Choose what they concluded.");
    HttpResponse<String> saved =
        web.post(
            "/assessments",
            Map.of("assessedBy", "Emergency department", "outcome", "CLEARED_TO_TRAIN"));
    assertThat(saved.statusCode()).isEqualTo(302);
    assertThat(web.get("/assessments").body())
        .contains(
            "Emergency department", "cleared to train", "No hold on your training right now.");
    assertThat(plan(lifter)).containsEntry("hold", null);
  }
}

@OnH2
class RedFlagHoldApiH2Test extends RedFlagHoldApiContract {}

@OnPostgres
class RedFlagHoldApiPostgresTest extends RedFlagHoldApiContract {}
