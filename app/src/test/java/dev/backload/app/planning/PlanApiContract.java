package dev.backload.app.planning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.app.config.Json;
import dev.backload.app.demo.DemoAccount;
import dev.backload.app.log.TrainingLog;
import dev.backload.app.log.TrainingLog.NewSet;
import dev.backload.app.support.Http;
import dev.backload.app.support.LifterSession;
import dev.backload.app.support.OnH2;
import dev.backload.app.support.OnPostgres;
import dev.backload.app.support.TestClock;
import dev.backload.core.log.SetType;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * {@code /api/v1/plan}, {@code /api/v1/screen} and the plan and screen pages over real HTTP: the
 * shape, the demo lifter mid-return, stop mode, the screen and the increment shaping the plan,
 * starting the planned session, validation naming the field, and the 401/404 rules.
 */
@SuppressWarnings("unchecked")
abstract class PlanApiContract {
  @Value("${local.server.port}")
  int port;

  @Autowired TrainingLog log;

  static Map<String, Object> json(HttpResponse<String> response) {
    return Json.mapper().readValue(response.body(), Map.class);
  }

  static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }

  static List<Map<String, Object>> list(Object value) {
    return (List<Map<String, Object>>) value;
  }

  static LocalDate today() {
    return TestClock.TODAY;
  }

  static long accountId(Http lifter) {
    return ((Number) json(lifter.get("/api/v1/account")).get("id")).longValue();
  }

  Http demo() {
    var token =
        new Http(port)
            .postJson(
                "/api/v1/tokens",
                "{\"email\":\""
                    + DemoAccount.EMAIL
                    + "\",\"password\":\""
                    + DemoAccount.PASSWORD
                    + "\",\"name\":\"plan test\"}");
    assertThat(token.statusCode()).isEqualTo(201);
    return new Http(port).withToken(token.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1"));
  }

  /**
   * Six weeks of weekly conventional deadlifts up to a week ago, 3 x 5 from 140 kg, and (with
   * {@code trapBar}) a trap-bar session three months ago.
   */
  void history(long account, boolean trapBar) {
    for (int week = 6; week >= 1; week--) {
      double kg = 140 + 2.5 * (6 - week);
      log.addWorkout(
          account,
          today().minusWeeks(week),
          "Pull",
          "app",
          null,
          List.of(
              new NewSet("Deadlift (Barbell)", SetType.WARMUP, 60, 5, null, null),
              new NewSet("Deadlift (Barbell)", SetType.WORKING, kg, 5, 7.5, null),
              new NewSet("Deadlift (Barbell)", SetType.WORKING, kg, 5, 8.0, null),
              new NewSet("Deadlift (Barbell)", SetType.WORKING, kg, 5, 8.0, null)));
    }
    if (trapBar) {
      log.addWorkout(
          account,
          today().minusMonths(3),
          "Trap",
          "app",
          null,
          List.of(new NewSet("Trap Bar Deadlift", SetType.WORKING, 120, 5, 7.0, null)));
    }
  }

  /** A lifter with history whose check-in today (lost control, low rest pain) starts stage 2. */
  Http stagedLifter(boolean trapBar) {
    Http lifter = new Http(port).signUp();
    history(accountId(lifter), trapBar);
    checkIn(
        lifter,
        "{\"painNow\":2,\"lostStrengthOrControl\":true,\"plannerContext\":{\"hingeTestPain\":1}}");
    return lifter;
  }

  static void checkIn(Http lifter, String body) {
    HttpResponse<String> response = lifter.postJson("/api/v1/checkins", body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
  }

  static Map<String, Object> plan(Http lifter) {
    HttpResponse<String> response = lifter.get("/api/v1/plan");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json(response);
  }

  static void assertField(HttpResponse<String> response, String field) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(json(response)).containsEntry("field", field);
  }

  @Test
  void theDemoLifterIsAtStageTwoWithATrapBarSessionZonesAndWhatMayBeDrivingIt() {
    Map<String, Object> plan = plan(demo());
    assertThat(plan.keySet())
        .containsSubsequence("stage", "prescription", "zoneHistory", "attribution")
        .contains("mode", "stageProgress", "recommendations", "triage", "unit");
    assertThat(plan).containsEntry("mode", "STAGED_RETURN");
    assertThat(map(plan.get("stage")))
        .containsEntry("number", 2)
        .containsEntry("name", "REPATTERN");
    assertThat((String) map(plan.get("stageProgress")).get("movesOnWhen")).isNotBlank();

    Map<String, Object> session = map(plan.get("prescription"));
    assertThat(session.keySet())
        .contains(
            "variation",
            "loadKg",
            "sets",
            "reps",
            "tempo",
            "range",
            "rpeCap",
            "accessories",
            "reasons");
    assertThat(session).containsEntry("variation", "TRAP_BAR");
    double kg = ((Number) session.get("loadKg")).doubleValue();
    assertThat(kg).isPositive();
    assertThat(kg % 2.5).isZero();
    assertThat((List<String>) session.get("reasons")).isNotEmpty();
    assertThat(list(session.get("accessories")))
        .extracting(a -> a.get("name"))
        .contains("Side plank");
    Map<String, Object> warmUp = map(session.get("warmUp"));
    assertThat(list(warmUp.get("steps")))
        .extracting(w -> w.get("name"))
        .containsExactly("General warm-up", "Trunk activation", "Hip and hamstring mobility");
    assertThat(list(warmUp.get("rampSets")))
        .isNotEmpty()
        .allSatisfy(
            r -> {
              double rampKg = ((Number) r.get("loadKg")).doubleValue();
              assertThat(rampKg % 2.5).isZero();
              assertThat(rampKg).isLessThan(kg);
              assertThat(((Number) r.get("load")).doubleValue()).isEqualTo(rampKg);
              assertThat((Integer) r.get("reps")).isPositive();
            });
    assertThat((List<String>) session.get("checklist"))
        .hasSize(5)
        .anySatisfy(c -> assertThat(c).startsWith("Bar close: "))
        .anySatisfy(c -> assertThat(c).startsWith("Push the floor away: "));

    List<Map<String, Object>> zones = list(plan.get("zoneHistory"));
    assertThat(zones).extracting(z -> z.get("zone")).contains("green", "red", "pending");
    assertThat(zones).allSatisfy(z -> assertThat(z).containsKeys("date", "workoutId", "why"));

    List<Map<String, Object>> attribution = list(plan.get("attribution"));
    assertThat(attribution)
        .extracting(a -> a.get("factor"))
        .contains("LOAD_SPIKE", "SESSION_FATIGUE");
    assertThat(attribution).allSatisfy(a -> assertThat((String) a.get("evidence")).contains("may"));
    assertThat((String) plan.get("attributionSummary")).contains("none of them is a certain cause");
  }

  @Test
  void aNewAccountHasAPlanWithNothingToFollowYet() {
    LifterSession web = LifterSession.signUp(port);
    Map<String, Object> plan = plan(web.api());
    assertThat(plan)
        .containsEntry("mode", "AS_PLANNED")
        .containsEntry("stage", null)
        .containsEntry("prescription", null)
        .containsEntry("attributionSummary", null)
        .containsEntry("triage", null)
        .containsEntry("unit", "kg")
        .containsEntry("loadIncrementKg", 2.5);
    assertThat(list(plan.get("zoneHistory"))).isEmpty();
    assertThat(list(plan.get("attribution"))).isEmpty();
    assertThat(web.api().postJson("/api/v1/plan/workout", "").statusCode()).isEqualTo(409);
    HttpResponse<String> page = web.get("/plan");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("id=\"no-session\"", "id=\"no-episode\"")
        .doesNotContain("start-workout");
    HttpResponse<String> start = web.post("/plan/start", Map.of());
    assertThat(start.statusCode()).isEqualTo(302);
    assertThat(start.headers().firstValue("Location").orElse("")).endsWith("/plan");
    assertThat(web.get("/plan").body()).contains("The plan has no session to start right now.");
  }

  @Test
  void aRedFlagCheckInStopsThePlanWithNoSession() {
    LifterSession web = LifterSession.signUp(port);
    Http lifter = web.api();
    long account = accountId(lifter);
    history(account, false);
    checkIn(lifter, "{\"painNow\":5,\"saddleNumbness\":true}");

    Map<String, Object> plan = plan(lifter);
    assertThat(plan).containsEntry("mode", "STOP").containsEntry("prescription", null);
    assertThat(map(plan.get("stage"))).containsEntry("number", 0);
    Map<String, Object> triage = map(plan.get("triage"));
    assertThat(triage).containsEntry("disposition", "EMERGENCY");
    assertThat((List<String>) triage.get("actions")).isNotEmpty();
    assertThat((String) triage.get("safetyNet")).isNotBlank();
    assertThat(list(plan.get("recommendations")))
        .extracting(r -> r.get("kind"))
        .contains("SEEK_CARE");

    HttpResponse<String> start = lifter.postJson("/api/v1/plan/workout", "");
    assertThat(start.statusCode()).as(start.body()).isEqualTo(409);
    assertThat(log.workouts(account, today(), today())).isEmpty();

    String page = web.get("/plan").body();
    assertThat(page)
        .contains(
            "id=\"plan-stop\"",
            "Get emergency care now",
            "id=\"stop-actions\"",
            "id=\"safety-net\"")
        .contains((String) triage.get("safetyNet"))
        .doesNotContain("id=\"next-session\"", "start-workout", "id=\"zones\"");
  }

  @Test
  void withoutALoginTheApiIs401AndThePagesGoToTheLoginPage() {
    Http anonymous = new Http(port);
    assertThat(anonymous.get("/api/v1/plan").statusCode()).isEqualTo(401);
    assertThat(anonymous.get("/api/v1/plan/settings").statusCode()).isEqualTo(401);
    // Writes without a token stop at the CSRF check (403) or at the login (401).
    assertThat(anonymous.postJson("/api/v1/plan/workout", "").statusCode()).isIn(401, 403);
    assertThat(anonymous.get("/api/v1/screen").statusCode()).isEqualTo(401);
    assertThat(anonymous.putJson("/api/v1/screen", "{\"sidePlankLeftS\":40}").statusCode())
        .isIn(401, 403);
    assertThat(new Http(port).withToken("bl_not-a-token").get("/api/v1/plan").statusCode())
        .isEqualTo(401);
    LifterSession nobody = LifterSession.anonymous(port);
    for (String page : List.of("/plan", "/screen")) {
      HttpResponse<String> response = nobody.get(page);
      assertThat(response.statusCode()).isEqualTo(302);
      assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/login");
    }
  }

  @Test
  void theScreenIsDatedValidatedAndEachPersonsOwn() {
    Http alice = new Http(port).signUp();
    Http bob = new Http(port).signUp();
    assertThat(alice.get("/api/v1/screen").statusCode()).isEqualTo(404);

    HttpResponse<String> saved =
        alice.putJson(
            "/api/v1/screen",
            "{\"kneeToWallLeftCm\":8.25,\"kneeToWallRightCm\":11,\"hingesToMidShinFlatBack\":true,"
                + "\"sidePlankLeftS\":45,\"sidePlankRightS\":52,\"backExtensorHoldS\":95}");
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    Map<String, Object> screen = json(saved);
    assertThat(screen.keySet())
        .containsExactly(
            "date",
            "kneeToWallLeftCm",
            "kneeToWallRightCm",
            "hingesToMidShinFlatBack",
            "sidePlankLeftS",
            "sidePlankRightS",
            "backExtensorHoldS");
    assertThat(screen)
        .containsEntry("date", today().toString())
        .containsEntry("kneeToWallLeftCm", 8.3)
        .containsEntry("hingesToMidShinFlatBack", true);
    assertThat(json(alice.get("/api/v1/screen"))).isEqualTo(screen);

    // An older screen does not replace the latest; the same date does.
    assertThat(
            alice
                .putJson(
                    "/api/v1/screen",
                    "{\"date\":\"" + today().minusDays(30) + "\",\"sidePlankLeftS\":20}")
                .statusCode())
        .isEqualTo(200);
    assertThat(json(alice.get("/api/v1/screen"))).containsEntry("sidePlankLeftS", 45.0);
    assertThat(alice.putJson("/api/v1/screen", "{\"sidePlankLeftS\":70}").statusCode())
        .isEqualTo(200);
    assertThat(json(alice.get("/api/v1/screen")))
        .containsEntry("sidePlankLeftS", 70.0)
        .containsEntry("kneeToWallLeftCm", null);

    assertField(alice.putJson("/api/v1/screen", "{\"kneeToWallLeftCm\":31}"), "kneeToWallLeftCm");
    assertField(alice.putJson("/api/v1/screen", "{\"kneeToWallRightCm\":-1}"), "kneeToWallRightCm");
    assertField(alice.putJson("/api/v1/screen", "{\"sidePlankLeftS\":\"40\"}"), "sidePlankLeftS");
    assertField(
        alice.putJson("/api/v1/screen", "{\"backExtensorHoldS\":1801}"), "backExtensorHoldS");
    assertField(
        alice.putJson("/api/v1/screen", "{\"hingesToMidShinFlatBack\":\"yes\"}"),
        "hingesToMidShinFlatBack");
    assertField(alice.putJson("/api/v1/screen", "{\"plank\":40}"), "plank");
    assertField(alice.putJson("/api/v1/screen", "{}"), "screen");
    assertField(alice.putJson("/api/v1/screen", "[40]"), "screen");
    assertField(
        alice.putJson(
            "/api/v1/screen", "{\"date\":\"" + today().plusDays(2) + "\",\"sidePlankLeftS\":40}"),
        "date");
    assertField(
        alice.putJson("/api/v1/screen", "{\"date\":\"soon\",\"sidePlankLeftS\":40}"), "date");
    assertThat(json(alice.get("/api/v1/screen"))).containsEntry("sidePlankLeftS", 70.0);

    assertThat(bob.get("/api/v1/screen").statusCode()).isEqualTo(404);
  }

  @Test
  void theScreenAndTheIncrementShapeThePlan() {
    Http lifter = stagedLifter(false);
    Map<String, Object> before = plan(lifter);
    assertThat(map(before.get("stage"))).containsEntry("number", 2);
    assertThat(map(before.get("prescription"))).containsEntry("range", "KNEE_BLOCKS");
    assertThat(list(before.get("attribution")))
        .extracting(a -> a.get("factor"))
        .doesNotContain("MOBILITY", "BRACING_ENDURANCE");

    assertThat(
            lifter
                .putJson("/api/v1/screen", "{\"kneeToWallLeftCm\":7,\"sidePlankRightS\":30}")
                .statusCode())
        .isEqualTo(200);
    Map<String, Object> after = plan(lifter);
    assertThat(list(after.get("attribution")))
        .extracting(a -> a.get("factor"))
        .contains("MOBILITY", "BRACING_ENDURANCE");
    List<Map<String, Object>> accessories = list(map(after.get("prescription")).get("accessories"));
    assertThat(accessories)
        .filteredOn(a -> Boolean.TRUE.equals(a.get("weakEvidence")))
        .singleElement()
        .satisfies(a -> assertThat((String) a.get("reason")).contains("weak"));

    HttpResponse<String> settings =
        lifter.putJson("/api/v1/plan/settings", "{\"loadIncrementKg\":5}");
    assertThat(settings.statusCode()).as(settings.body()).isEqualTo(200);
    assertThat(json(settings)).containsEntry("loadIncrementKg", 5.0).containsEntry("unit", "kg");
    Map<String, Object> fives = plan(lifter);
    assertThat(fives).containsEntry("loadIncrementKg", 5.0);
    assertThat(((Number) map(fives.get("prescription")).get("loadKg")).doubleValue() % 5).isZero();
    assertThat(list(map(map(fives.get("prescription")).get("warmUp")).get("rampSets")))
        .isNotEmpty()
        .allSatisfy(r -> assertThat(((Number) r.get("loadKg")).doubleValue() % 5).isZero());
    assertField(
        lifter.putJson("/api/v1/plan/settings", "{\"loadIncrementKg\":0}"), "loadIncrementKg");
    assertField(
        lifter.putJson("/api/v1/plan/settings", "{\"loadIncrementKg\":\"5\"}"), "loadIncrementKg");
    assertField(lifter.putJson("/api/v1/plan/settings", "{\"increment\":5}"), "increment");

    // Pounds: 5 lb steps, shown in pounds.
    assertThat(lifter.putJson("/api/v1/account", "{\"weightUnit\":\"lb\"}").statusCode())
        .isEqualTo(200);
    assertThat(
            lifter
                .putJson("/api/v1/plan/settings", "{\"loadIncrementKg\":2.26796185}")
                .statusCode())
        .isEqualTo(200);
    Map<String, Object> pounds = plan(lifter);
    assertThat(pounds).containsEntry("unit", "lb").containsEntry("loadIncrement", 5);
    Number lb = (Number) map(pounds.get("prescription")).get("load");
    assertThat(lb.doubleValue() % 5).isZero();
    assertThat(list(map(map(pounds.get("prescription")).get("warmUp")).get("rampSets")))
        .isNotEmpty()
        .allSatisfy(r -> assertThat(((Number) r.get("load")).doubleValue() % 5).isZero());
  }

  @Test
  void aSeePhysioResultRepeatsTheLegSymptomsLineAndARedDuringCountsWithoutABaseline() {
    LifterSession web = LifterSession.signUp(port);
    Http lifter = web.api();
    long account = accountId(lifter);
    history(account, false);
    checkIn(
        lifter,
        "{\"painNow\":2,\"lostStrengthOrControl\":true,\"plannerContext\":{\"hingeTestPain\":1}}");
    Map<String, Object> plan = plan(lifter);
    assertThat(map(plan.get("triage"))).containsEntry("disposition", "SEE_PHYSIO");
    String line = "Stop any exercise that brings on pain, tingling or numbness in a leg.";
    assertThat(list(plan.get("recommendations")))
        .contains(Map.of("kind", "LEG_SYMPTOMS", "text", line));
    assertThat(web.get("/plan").body()).contains(line);

    // A session whose pain during it was above 5 is red for the plan before the baseline is in.
    long workout =
        log.addWorkout(
            account,
            today(),
            "Blocks",
            "app",
            null,
            List.of(new NewSet("Block Pull (Barbell)", SetType.WORKING, 80, 6, null, null)));
    HttpResponse<String> answered =
        lifter.postJson("/api/v1/monitoring", "{\"workoutId\":" + workout + ",\"during\":7}");
    assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
    assertThat(lastZone(lifter))
        .containsEntry("workoutId", (int) workout)
        .containsEntry("baseline", null)
        .containsEntry("during", 7)
        .containsEntry("zone", "red");
    // Pain during of 5 without a baseline does not zone a session: it stays out of the plan.
    long amber =
        log.addWorkout(
            account,
            today(),
            "More blocks",
            "app",
            null,
            List.of(new NewSet("Block Pull (Barbell)", SetType.WORKING, 70, 6, null, null)));
    assertThat(
            lifter
                .postJson("/api/v1/monitoring", "{\"workoutId\":" + amber + ",\"during\":5}")
                .statusCode())
        .isEqualTo(200);
    assertThat(list(plan(lifter).get("zoneHistory")))
        .extracting(z -> z.get("workoutId"))
        .contains((int) workout)
        .doesNotContain((int) amber);
  }

  @Test
  void thePlannedSessionStartsAsTodaysWorkoutAndItsAnswersAreReadAsPlanned() {
    Http lifter = stagedLifter(true);
    long account = accountId(lifter);
    Map<String, Object> session = map(plan(lifter).get("prescription"));
    assertThat(session)
        .containsEntry("variation", "TRAP_BAR")
        .containsEntry("range", "HIGH_HANDLES");

    HttpResponse<String> started = lifter.postJson("/api/v1/plan/workout", "");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    long id = ((Number) json(started).get("workoutId")).longValue();
    assertThat(started.headers().firstValue("Location")).hasValue("/api/v1/workouts/" + id);
    assertThat(json(started)).containsEntry("page", "/workouts/" + id);
    HttpResponse<String> again = lifter.postJson("/api/v1/plan/workout", "");
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(json(again).get("workoutId")).isEqualTo(json(started).get("workoutId"));

    Map<String, Object> workout = json(lifter.get("/api/v1/workouts/" + id));
    assertThat(workout).containsEntry("date", today().toString());
    // The prescribed sets are planned, not done: nothing is logged until each one is ticked, so
    // the plan reads no session yet and a pain answer has no deadlift set to refer to.
    assertThat(list(workout.get("sets"))).isEmpty();
    assertThat(
            lifter
                .postJson("/api/v1/monitoring", "{\"workoutId\":" + id + ",\"during\":2}")
                .statusCode())
        .isNotEqualTo(200);
    List<Map<String, Object>> sets = list(workout.get("planned"));
    assertThat(sets).hasSize((Integer) session.get("sets"));
    assertThat(sets)
        .allSatisfy(
            s -> {
              assertThat(s).containsEntry("exercise", "Trap Bar Deadlift");
              assertThat(s).containsEntry("setType", "WORKING");
              assertThat(s).containsEntry("reps", session.get("reps"));
              assertThat(s).containsEntry("rpe", null);
              assertThat(((Number) s.get("weightKg")).doubleValue())
                  .isEqualTo(((Number) session.get("loadKg")).doubleValue());
            });
    assertThat((String) sets.get(0).get("note")).contains("high handles");
    // Ticking each planned set records it as done, once.
    for (Map<String, Object> planned : sets) {
      String tick =
          "{\"exercise\":\"Trap Bar Deadlift\",\"weightKg\":"
              + planned.get("weightKg")
              + ",\"reps\":"
              + planned.get("reps")
              + ",\"plannedId\":"
              + planned.get("id")
              + ",\"clientId\":\"tick-"
              + planned.get("id")
              + "\"}";
      assertThat(lifter.postJson("/api/v1/workouts/" + id + "/sets", tick).statusCode())
          .isEqualTo(201);
      assertThat(lifter.postJson("/api/v1/workouts/" + id + "/sets", tick).statusCode())
          .isEqualTo(200);
    }
    workout = json(lifter.get("/api/v1/workouts/" + id));
    assertThat(list(workout.get("sets"))).hasSize(sets.size());
    assertThat(list(workout.get("planned"))).isEmpty();

    // Another person never sees it.
    Http bob = new Http(port).signUp();
    assertThat(bob.get("/api/v1/workouts/" + id).statusCode()).isEqualTo(404);
    assertThat(
            bob.postJson("/api/v1/monitoring", "{\"workoutId\":" + id + ",\"during\":2}")
                .statusCode())
        .isEqualTo(404);

    // Its answers are read against the session as planned (high handles), until it is changed.
    assertThat(
            lifter
                .postJson(
                    "/api/v1/monitoring", "{\"workoutId\":" + id + ",\"baseline\":1,\"during\":2}")
                .statusCode())
        .isEqualTo(200);
    Map<String, Object> zone = lastZone(lifter);
    assertThat(zone)
        .containsEntry("workoutId", (int) id)
        .containsEntry("range", "HIGH_HANDLES")
        .containsEntry("zone", "pending");
    String heavier =
        "{\"date\":\""
            + today()
            + "\",\"name\":\"Changed\",\"sets\":[{\"exercise\":\"Trap Bar Deadlift\","
            + "\"weightKg\":150,\"reps\":5}]}";
    assertThat(lifter.putJson("/api/v1/workouts/" + id, heavier).statusCode()).isEqualTo(200);
    assertThat(lastZone(lifter)).containsEntry("range", "FLOOR").containsEntry("loadKg", 150.0);
    assertThat(account).isPositive();
  }

  private static Map<String, Object> lastZone(Http lifter) {
    List<Map<String, Object>> zones = list(plan(lifter).get("zoneHistory"));
    return zones.get(zones.size() - 1);
  }

  @Test
  void thePlanPageShowsTheSessionAndStartsItWithTheCsrfToken() {
    LifterSession web = LifterSession.signUp(port);
    history(accountId(web.api()), true);
    checkIn(
        web.api(),
        "{\"painNow\":2,\"lostStrengthOrControl\":true,\"plannerContext\":{\"hingeTestPain\":1}}");

    HttpResponse<String> page = web.get("/plan");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains(
            "Stage 2 of 4", "Next deadlift session", "Trap bar deadlift", "Start this workout")
        .contains("Warm-up", "General warm-up", "Ramp-up sets", "8 × 20 kg")
        .contains("Before the first working set", "Bar close: ", "Push the floor away: ")
        .contains("What may be driving it");
    assertThat(web.postRaw("/plan/start", Map.of()).statusCode()).isEqualTo(403);

    HttpResponse<String> start = web.post("/plan/start", Map.of());
    assertThat(start.statusCode()).isEqualTo(302);
    String location = start.headers().firstValue("Location").orElseThrow();
    assertThat(location).matches(".*/workouts/\\d+$");
    assertThat(web.get("/plan").body())
        .contains("id=\"open-workout\"", location.replaceAll(".*(/workouts/\\d+)$", "$1"))
        .doesNotContain("id=\"start-workout\"");

    // The loadable increment on the account page, in the person's unit.
    assertThat(web.get("/account").body()).contains("id=\"loadIncrement\"", "value=\"2.5\"");
    assertThat(web.post("/account/load-increment", Map.of("loadIncrement", "5")).statusCode())
        .isEqualTo(302);
    assertThat(json(web.api().get("/api/v1/plan/settings"))).containsEntry("loadIncrementKg", 5.0);
    assertThat(web.get("/account").body()).contains("Loadable increment saved.");
    assertThat(web.post("/account/load-increment", Map.of("loadIncrement", "0")).statusCode())
        .isEqualTo(302);
    assertThat(web.get("/account").body())
        .contains("The loadable increment must be between 0.1 and 25 kg.", "value=\"5\"");

    HttpResponse<String> screen = web.get("/screen");
    assertThat(screen.statusCode()).isEqualTo(200);
    assertThat(screen.body()).contains("weakly linked to back pain", "stop");
    HttpResponse<String> bad = web.post("/screen", Map.of("kneeToWallLeftCm", "45"));
    assertThat(bad.statusCode()).isEqualTo(200);
    assertThat(bad.body()).contains("Knee to wall: must be a number between 0 and 30");
    HttpResponse<String> saved =
        web.post("/screen", Map.of("sidePlankLeftS", "40", "hingesToMidShinFlatBack", "no"));
    assertThat(saved.statusCode()).isEqualTo(302);
    assertThat(json(web.api().get("/api/v1/screen")))
        .containsEntry("sidePlankLeftS", 40.0)
        .containsEntry("hingesToMidShinFlatBack", false);
    assertThat(web.get("/screen").body()).contains("hip drill");
  }
}

@OnH2
class PlanApiH2Test extends PlanApiContract {}

@OnPostgres
class PlanApiPostgresTest extends PlanApiContract {}
