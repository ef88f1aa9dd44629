package dev.backload.app.log;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.app.config.Json;
import dev.backload.app.support.Http;
import dev.backload.app.support.OnH2;
import dev.backload.app.support.OnPostgres;
import dev.backload.app.support.TestClock;
import dev.backload.core.log.TrainingSet;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/** The workouts API of the lifter's-app issue, over real HTTP. */
abstract class WorkoutApiContract {
  @Value("${local.server.port}")
  int port;

  @Autowired TestClock clock;

  static JsonNode json(HttpResponse<String> response) {
    return Json.mapper().readTree(response.body());
  }

  static final String PULL_DAY =
      """
      {"date": "2026-11-20", "name": "Pull day", "sets": [
        {"exercise": "Deadlift (Barbell)", "weightKg": 140, "reps": 5, "rpe": 8, "setType": "WORKING", "note": "optional"},
        {"exercise": "Deadlift (Barbell)", "weight": 225, "unit": "lb", "reps": 3, "rpe": 7.3},
        {"exercise": "Barbell Row", "weightKg": 60, "reps": 10, "setType": "warmup"}
      ]}""";

  @Test
  void postReturns201WithLocationAndTheStoredWorkout() {
    Http lifter = new Http(port).signUp();
    var created = lifter.postJson("/api/v1/workouts", PULL_DAY);
    assertThat(created.statusCode()).isEqualTo(201);
    JsonNode w = json(created);
    long id = w.get("id").asLong();
    assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/workouts/" + id);
    assertThat(w.get("date").asString()).isEqualTo("2026-11-20");
    assertThat(w.get("name").asString()).isEqualTo("Pull day");
    JsonNode sets = w.get("sets");
    assertThat(sets).hasSize(3);
    assertThat(sets.get(0).get("id").asLong()).isPositive();
    assertThat(sets.get(0).get("exercise").asString()).isEqualTo("Deadlift (Barbell)");
    assertThat(sets.get(0).get("variation").asString()).isEqualTo("CONVENTIONAL");
    assertThat(sets.get(0).get("weightKg").asDouble()).isEqualTo(140.0);
    assertThat(sets.get(0).get("rpe").asDouble()).isEqualTo(8.0);
    assertThat(sets.get(0).get("note").asString()).isEqualTo("optional");
    // 225 lb stored in kg at full precision; setType defaults to WORKING; RPE to half steps.
    assertThat(sets.get(1).get("weightKg").asDouble()).isEqualTo(225 * TrainingSet.KG_PER_LB);
    assertThat(sets.get(1).get("setType").asString()).isEqualTo("WORKING");
    assertThat(sets.get(1).get("rpe").asDouble()).isEqualTo(7.5);
    assertThat(sets.get(1).get("note").isNull()).isTrue();
    assertThat(sets.get(2).get("setType").asString()).isEqualTo("WARMUP");
    assertThat(sets.get(2).get("variation").isNull()).isTrue();

    var got = lifter.get("/api/v1/workouts/" + id);
    assertThat(got.statusCode()).isEqualTo(200);
    assertThat(json(got)).isEqualTo(w);
  }

  @Test
  void aWorkoutWithoutSetsAndANameIsFine() {
    Http lifter = new Http(port).signUp();
    var created = lifter.postJson("/api/v1/workouts", "{\"date\":\"2026-11-19\"}");
    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(json(created).get("sets")).isEmpty();
    assertThat(json(created).get("name").isNull()).isTrue();
  }

  @Test
  void putReplacesDateNameAndSetsAndDeleteRemoves() {
    Http lifter = new Http(port).signUp();
    long id = json(lifter.postJson("/api/v1/workouts", PULL_DAY)).get("id").asLong();
    var put =
        lifter.putJson(
            "/api/v1/workouts/" + id,
            "{\"date\":\"2026-11-21\",\"name\":\"Moved\",\"sets\":[{\"exercise\":\"Sumo Deadlift\","
                + "\"weightKg\":150.5,\"reps\":2,\"setType\":\"FAILURE\"}]}");
    assertThat(put.statusCode()).isEqualTo(200);
    JsonNode w = json(lifter.get("/api/v1/workouts/" + id));
    assertThat(w.get("date").asString()).isEqualTo("2026-11-21");
    assertThat(w.get("name").asString()).isEqualTo("Moved");
    assertThat(w.get("sets")).hasSize(1);
    assertThat(w.get("sets").get(0).get("variation").asString()).isEqualTo("SUMO");
    assertThat(w.get("sets").get(0).get("setType").asString()).isEqualTo("FAILURE");

    assertThat(lifter.delete("/api/v1/workouts/" + id).statusCode()).isEqualTo(204);
    assertThat(lifter.get("/api/v1/workouts/" + id).statusCode()).isEqualTo(404);
    assertThat(lifter.delete("/api/v1/workouts/" + id).statusCode()).isEqualTo(404);
  }

  @Test
  void theListIsNewestFirstAndFilteredByDates() {
    Http lifter = new Http(port).signUp();
    for (String date : new String[] {"2026-10-01", "2026-10-15", "2026-11-01"}) {
      lifter.postJson("/api/v1/workouts", "{\"date\":\"" + date + "\",\"name\":\"" + date + "\"}");
    }
    JsonNode all = json(lifter.get("/api/v1/workouts"));
    assertThat(all).hasSize(3);
    assertThat(all.get(0).get("date").asString()).isEqualTo("2026-11-01");
    assertThat(all.get(2).get("date").asString()).isEqualTo("2026-10-01");
    JsonNode some = json(lifter.get("/api/v1/workouts?from=2026-10-02&to=2026-11-01"));
    assertThat(some).hasSize(2);
    assertThat(json(lifter.get("/api/v1/workouts?from=2026-10-16"))).hasSize(1);
    var bad = lifter.get("/api/v1/workouts?from=yesterday");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(json(bad).get("field").asString()).isEqualTo("from");
  }

  private static void assertProblem(Http lifter, String body, String field) {
    var response = lifter.postJson("/api/v1/workouts", body);
    assertThat(response.statusCode()).as(body).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(json(response).get("field").asString()).as(body).isEqualTo(field);
  }

  private static String oneSet(String set) {
    return "{\"date\":\"2026-11-20\",\"sets\":[" + set + "]}";
  }

  @Test
  void invalidInputIsAProblemNamingTheField() {
    Http lifter = new Http(port).signUp();
    long before = json(lifter.get("/api/v1/workouts")).size();
    assertProblem(
        lifter, oneSet("{\"exercise\":\"Squat\",\"weightKg\":100,\"reps\":5.5}"), "sets[0].reps");
    assertProblem(
        lifter, oneSet("{\"exercise\":\"Squat\",\"weightKg\":100,\"reps\":-1}"), "sets[0].reps");
    assertProblem(
        lifter,
        oneSet("{\"exercise\":\"Squat\",\"weightKg\":100,\"reps\":1000000000}"),
        "sets[0].reps");
    assertProblem(lifter, oneSet("{\"exercise\":\"Squat\",\"weightKg\":100}"), "sets[0].reps");
    assertProblem(
        lifter, oneSet("{\"exercise\":\"Squat\",\"weightKg\":-5,\"reps\":5}"), "sets[0].weightKg");
    assertProblem(
        lifter,
        oneSet("{\"exercise\":\"Squat\",\"weight\":-5,\"unit\":\"lb\",\"reps\":5}"),
        "sets[0].weight");
    assertProblem(
        lifter,
        oneSet("{\"exercise\":\"Squat\",\"weight\":5,\"unit\":\"stone\",\"reps\":5}"),
        "sets[0].unit");
    assertProblem(
        lifter,
        oneSet("{\"exercise\":\"Squat\",\"weight\":5,\"weightKg\":5,\"reps\":5}"),
        "sets[0].weight");
    assertProblem(lifter, oneSet("{\"exercise\":\"Squat\",\"reps\":5,\"rpe\":11}"), "sets[0].rpe");
    assertProblem(lifter, oneSet("{\"exercise\":\"Squat\",\"reps\":5,\"rpe\":0.5}"), "sets[0].rpe");
    assertProblem(lifter, oneSet("{\"exercise\":\"  \",\"reps\":5}"), "sets[0].exercise");
    assertProblem(
        lifter,
        oneSet("{\"exercise\":\"" + "x".repeat(201) + "\",\"reps\":5}"),
        "sets[0].exercise");
    assertProblem(
        lifter,
        oneSet("{\"exercise\":\"Squat\",\"reps\":5,\"note\":\"" + "x".repeat(2001) + "\"}"),
        "sets[0].note");
    assertProblem(
        lifter,
        oneSet("{\"exercise\":\"Squat\",\"reps\":5,\"setType\":\"HEAVY\"}"),
        "sets[0].setType");
    assertProblem(lifter, oneSet("{\"exercise\":\"Squat\",\"reps\":5,\"ownerId\":1}"), "ownerId");
    assertProblem(lifter, oneSet("{\"exercise\":\"Squat\",\"reps\":\"many\"}"), "sets[0].reps");
    assertProblem(lifter, oneSet("{\"exercise\":\"Sq\\u0000uat\",\"reps\":5}"), "sets[0].exercise");
    assertProblem(lifter, "{\"date\":\"20.11.2026\"}", "date");
    assertProblem(lifter, "{}", "date");
    assertProblem(lifter, "{\"date\":\"" + TestClock.TODAY.plusDays(3) + "\"}", "date");
    assertProblem(lifter, "{\"date\":\"2026-11-20\",\"name\":\"" + "n".repeat(201) + "\"}", "name");
    String many = "{\"exercise\":\"Squat\",\"reps\":1},".repeat(201);
    assertProblem(lifter, oneSet(many.substring(0, many.length() - 1)), "sets");
    // Both problems of one set are listed.
    var two = lifter.postJson("/api/v1/workouts", oneSet("{\"exercise\":\"\",\"reps\":-1}"));
    assertThat(json(two).get("errors")).hasSize(2);
    assertThat(json(lifter.get("/api/v1/workouts")).size()).isEqualTo(before);
  }

  @Test
  void theLatestDateIsTomorrowInTheLiftersTimeZoneByTheAppsClock() {
    Http lifter = new Http(port).signUp();
    // At 23:30 UTC on the test clock's Wednesday it is already Thursday on Kiritimati (UTC+14).
    assertThat(TestClock.START.atZone(ZoneId.of("Pacific/Kiritimati")).toLocalDate())
        .isEqualTo(TestClock.TODAY.plusDays(1));
    String twoDaysAhead = "{\"date\":\"" + TestClock.TODAY.plusDays(2) + "\"}";
    assertProblem(lifter, twoDaysAhead, "date");
    assertThat(
            lifter
                .putJson(
                    "/api/v1/account",
                    "{\"weightUnit\":\"kg\",\"timeZone\":\"Pacific/Kiritimati\"}")
                .statusCode())
        .isEqualTo(200);
    assertThat(lifter.postJson("/api/v1/workouts", twoDaysAhead).statusCode()).isEqualTo(201);
    try {
      clock.advance(Duration.ofDays(-1));
      assertProblem(lifter, twoDaysAhead, "date");
    } finally {
      clock.reset();
    }
  }

  @Test
  void theLimitsThemselvesAreAccepted() {
    Http lifter = new Http(port).signUp();
    String set =
        "{\"exercise\":\""
            + "x".repeat(200)
            + "\",\"weightKg\":0,\"reps\":0,\"rpe\":1,\"note\":\""
            + "n".repeat(2000)
            + "\"},";
    String sets = set.repeat(200);
    var created =
        lifter.postJson(
            "/api/v1/workouts",
            "{\"date\":\"1900-01-01\",\"name\":\""
                + "n".repeat(200)
                + "\",\"sets\":["
                + sets.substring(0, sets.length() - 1)
                + "]}");
    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(json(created).get("sets")).hasSize(200);
  }

  @Test
  void anotherPersonsWorkoutIs404AndNeverChanged() {
    Http alice = new Http(port).signUp();
    Http bob = new Http(port).signUp();
    long id = json(alice.postJson("/api/v1/workouts", PULL_DAY)).get("id").asLong();
    String before = alice.get("/api/v1/workouts/" + id).body();

    assertThat(bob.get("/api/v1/workouts/" + id).statusCode()).isEqualTo(404);
    assertThat(
            bob.putJson("/api/v1/workouts/" + id, "{\"date\":\"2026-01-01\",\"name\":\"mine\"}")
                .statusCode())
        .isEqualTo(404);
    assertThat(bob.delete("/api/v1/workouts/" + id).statusCode()).isEqualTo(404);
    assertThat(json(bob.get("/api/v1/workouts"))).isEmpty();

    assertThat(alice.get("/api/v1/workouts/" + id).body()).isEqualTo(before);
  }

  @Test
  void aWorkoutOrSetSentAgainWithItsClientIdIsTheSameWrite() {
    Http lifter = new Http(port).signUp();
    String body =
        """
        {"date": "2026-11-20", "clientId": "0b6f3c1e-2a4d-4c8e-9f1a-7d2b5e6c8a90", "sets": [
          {"exercise": "Deadlift (Barbell)", "weightKg": 100, "reps": 5, "clientId": "set-a"},
          {"exercise": "Deadlift (Barbell)", "weightKg": 100, "reps": 5, "clientId": "set-b"}
        ]}""";
    var first = lifter.postJson("/api/v1/workouts", body);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    long id = json(first).get("id").asLong();
    assertThat(json(first).get("clientId").asString())
        .isEqualTo("0b6f3c1e-2a4d-4c8e-9f1a-7d2b5e6c8a90");
    assertThat(json(first).get("sets").get(1).get("clientId").asString()).isEqualTo("set-b");

    // The same workout again (a retry after a lost answer): 200, the stored one, nothing added.
    var again = lifter.postJson("/api/v1/workouts", body);
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(json(again).get("id").asLong()).isEqualTo(id);
    assertThat(json(lifter.get("/api/v1/workouts"))).hasSize(1);

    // A set sent alone, twice: one set.
    String set =
        "{\"exercise\": \"Deadlift (Barbell)\", \"weightKg\": 105, \"reps\": 3,"
            + " \"clientId\": \"set-c\"}";
    var added = lifter.postJson("/api/v1/workouts/" + id + "/sets", set);
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    var repeat = lifter.postJson("/api/v1/workouts/" + id + "/sets", set);
    assertThat(repeat.statusCode()).isEqualTo(200);
    assertThat(json(repeat).get("id").asLong()).isEqualTo(json(added).get("id").asLong());
    assertThat(json(lifter.get("/api/v1/workouts/" + id)).get("sets")).hasSize(3);

    // An id of a set of this workout sent to another workout is a conflict naming the field.
    long other =
        json(lifter.postJson("/api/v1/workouts", "{\"date\": \"2026-11-21\"}")).get("id").asLong();
    var conflict = lifter.postJson("/api/v1/workouts/" + other + "/sets", set);
    assertThat(conflict.statusCode()).isEqualTo(409);
    assertThat(json(conflict).get("field").asString()).isEqualTo("clientId");
    var conflictInWorkout =
        lifter.postJson(
            "/api/v1/workouts",
            "{\"date\": \"2026-11-22\", \"sets\": [{\"exercise\": \"Row\", \"reps\": 8,"
                + " \"clientId\": \"set-a\"}]}");
    assertThat(conflictInWorkout.statusCode()).isEqualTo(409);
    assertThat(json(conflictInWorkout).get("field").asString()).isEqualTo("sets[0].clientId");
    assertThat(json(lifter.get("/api/v1/workouts"))).hasSize(2);

    // Bad ids are 400 naming the field; two sets with one id too.
    var bad =
        lifter.postJson(
            "/api/v1/workouts", "{\"date\": \"2026-11-22\", \"clientId\": \"not an id!\"}");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(json(bad).get("field").asString()).isEqualTo("clientId");
    var twice =
        lifter.postJson(
            "/api/v1/workouts",
            "{\"date\": \"2026-11-22\", \"sets\": [{\"exercise\": \"Row\", \"reps\": 8,"
                + " \"clientId\": \"x\"}, {\"exercise\": \"Row\", \"reps\": 8,"
                + " \"clientId\": \"x\"}]}");
    assertThat(twice.statusCode()).isEqualTo(400);
    assertThat(json(twice).get("field").asString()).isEqualTo("sets[1].clientId");

    // Client ids are per account: another person may use the same ones.
    Http bob = new Http(port).signUp();
    assertThat(bob.postJson("/api/v1/workouts", body).statusCode()).isEqualTo(201);
    assertThat(bob.postJson("/api/v1/workouts/" + id + "/sets", set).statusCode()).isEqualTo(404);
    assertThat(json(lifter.get("/api/v1/workouts/" + id)).get("sets")).hasSize(3);
  }

  @Test
  void withoutATokenTheApiIs401() {
    Http anonymous = new Http(port);
    assertThat(anonymous.get("/api/v1/workouts").statusCode()).isEqualTo(401);
    assertThat(anonymous.postJson("/api/v1/workouts", PULL_DAY).statusCode()).isIn(401, 403);
  }
}

@OnH2
class WorkoutApiH2Test extends WorkoutApiContract {}

@OnPostgres
class WorkoutApiPostgresTest extends WorkoutApiContract {}
