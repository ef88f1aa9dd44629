package dev.backload.app.log;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.app.config.Json;
import dev.backload.app.support.LifterSession;
import dev.backload.app.support.OnH2;
import dev.backload.app.support.OnPostgres;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/**
 * The training log pages over real HTTP with a login session: forms work without JavaScript, and
 * every page route answers another person's workout or set with 404 and changes nothing.
 */
abstract class WorkoutPagesContract {
  @Value("${local.server.port}")
  int port;

  private static long create(LifterSession lifter, String body) {
    var created = lifter.api().postJson("/api/v1/workouts", body);
    assertThat(created.statusCode()).isEqualTo(201);
    return Json.mapper().readTree(created.body()).get("id").asLong();
  }

  private static JsonNode workout(LifterSession lifter, long id) {
    return Json.mapper().readTree(lifter.api().get("/api/v1/workouts/" + id).body());
  }

  private static String location(HttpResponse<String> response) {
    return response.headers().firstValue("Location").orElse("");
  }

  private static final String WORKOUT =
      "{\"date\":\"2026-11-20\",\"name\":\"Alice's pull day\",\"sets\":[{\"exercise\":\"Deadlift (Barbell)\","
          + "\"weightKg\":140,\"reps\":5,\"note\":\"alice-canary\"}]}";

  @Test
  void startAWorkoutAddEditAndDeleteSetsWithoutJavaScript() {
    LifterSession lifter = LifterSession.signUp(port);
    lifter.api().putJson("/api/v1/account", "{\"weightUnit\":\"lb\"}");
    lifter.get("/workouts/new");
    var started = lifter.post("/workouts", Map.of("date", "2026-11-19", "name", "Pull day"));
    assertThat(started.statusCode()).isEqualTo(302);
    String path = location(started).replaceAll("^https?://[^/]+", "");
    assertThat(path).matches("/workouts/\\d+");
    long id = Long.parseLong(path.substring("/workouts/".length()));

    var page = lifter.get(path);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("Weight (lb)")
        .contains("<option value=\"Snatch Grip Deadlift\">");
    var added =
        lifter.post(
            path + "/sets",
            Map.of(
                "exercise",
                "Trap Bar Deadlift",
                "weight",
                "225",
                "reps",
                "5",
                "rpe",
                "8.5",
                "setType",
                "WARMUP",
                "note",
                "<b>not bold</b>"));
    assertThat(added.statusCode()).isEqualTo(302);
    assertThat(location(added)).endsWith(path + "#add-set");
    JsonNode set = workout(lifter, id).get("sets").get(0);
    assertThat(set.get("weightKg").asDouble()).isEqualTo(225 * 0.45359237);
    assertThat(set.get("setType").asString()).isEqualTo("WARMUP");
    assertThat(set.get("rpe").asDouble()).isEqualTo(8.5);

    // Shown back in pounds, the next set prefilled with the same exercise and load, the note
    // escaped.
    String shown = lifter.get(path).body();
    assertThat(shown)
        .contains("225")
        .contains("&lt;b&gt;not bold&lt;/b&gt;")
        .doesNotContain("<b>not bold</b>");
    assertThat(shown)
        .contains("value=\"Trap Bar Deadlift\"")
        .contains("id=\"weight\" name=\"weight\"");
    assertThat(shown).containsPattern("name=\"weight\"[^>]*value=\"225\"");

    long setId = set.get("id").asLong();
    lifter.get(path + "/sets/" + setId + "/edit");
    var edited =
        lifter.post(
            path + "/sets/" + setId,
            Map.of(
                "exercise",
                "Trap Bar Deadlift",
                "weight",
                "225",
                "reps",
                "4",
                "rpe",
                "",
                "setType",
                "WORKING",
                "note",
                ""));
    assertThat(edited.statusCode()).isEqualTo(302);
    JsonNode after = workout(lifter, id).get("sets").get(0);
    assertThat(after.get("reps").asInt()).isEqualTo(4);
    assertThat(after.get("weightKg").asDouble()).isEqualTo(225 * 0.45359237);
    assertThat(after.get("rpe").isNull()).isTrue();
    assertThat(after.get("note").isNull()).isTrue();

    var bad = lifter.post(path + "/sets", Map.of("exercise", "", "weight", "heavy", "reps", "-2"));
    assertThat(bad.statusCode()).isEqualTo(200);
    assertThat(bad.body())
        .contains("The exercise is missing")
        .contains("The weight must be a number")
        .contains("Reps must be a whole number");
    assertThat(workout(lifter, id).get("sets")).hasSize(1);

    lifter.get(path);
    assertThat(lifter.post(path + "/sets/" + setId + "/delete", Map.of()).statusCode())
        .isEqualTo(302);
    assertThat(workout(lifter, id).get("sets")).isEmpty();

    lifter.get(path + "/edit");
    assertThat(lifter.post(path, Map.of("date", "2026-11-18", "name", "")).statusCode())
        .isEqualTo(302);
    assertThat(workout(lifter, id).get("date").asString()).isEqualTo("2026-11-18");
    assertThat(workout(lifter, id).get("name").isNull()).isTrue();

    assertThat(lifter.get(path + "/delete").body()).contains("Delete this workout?");
    assertThat(lifter.post(path + "/delete", Map.of()).statusCode()).isEqualTo(302);
    assertThat(lifter.api().get("/api/v1/workouts/" + id).statusCode()).isEqualTo(404);
  }

  @Test
  void theHistoryIsNewestFirstWithSetCountsAndHingeSets() {
    LifterSession lifter = LifterSession.signUp(port);
    create(
        lifter,
        "{\"date\":\"2026-11-01\",\"name\":\"Older\",\"sets\":[{\"exercise\":\"Bench Press\",\"reps\":5}]}");
    create(lifter, WORKOUT.replace("Alice's pull day", "Newer"));
    String history = lifter.get("/workouts").body();
    assertThat(history.indexOf("Newer")).isLessThan(history.indexOf("Older")).isPositive();
    assertThat(history).contains("1 deadlift set").contains("has-hinge");
  }

  @Test
  void postsWithoutTheCsrfTokenAreRefused() {
    LifterSession lifter = LifterSession.signUp(port);
    long id = create(lifter, WORKOUT);
    assertThat(lifter.postRaw("/workouts/" + id + "/delete", Map.of()).statusCode()).isEqualTo(403);
    assertThat(lifter.postRaw("/workouts", Map.of("date", "2026-11-20")).statusCode())
        .isEqualTo(403);
    assertThat(lifter.api().get("/api/v1/workouts/" + id).statusCode()).isEqualTo(200);
  }

  @Test
  void everyPageRouteAnswersAnotherPersonsWorkoutOrSetWith404AndChangesNothing() {
    LifterSession alice = LifterSession.signUp(port);
    LifterSession bob = LifterSession.signUp(port);
    long workout = create(alice, WORKOUT);
    long set = workout(alice, workout).get("sets").get(0).get("id").asLong();
    long bobsWorkout = create(bob, "{\"date\":\"2026-11-20\",\"name\":\"Bob's\"}");
    String aliceBefore = alice.api().get("/api/v1/export.csv").body();
    String bobBefore = bob.api().get("/api/v1/export.csv").body();

    String w = "/workouts/" + workout;
    String s = w + "/sets/" + set;
    bob.get("/workouts");
    Map<String, String> setFields =
        Map.of("exercise", "Hijack", "weight", "1", "reps", "1", "setType", "WORKING");
    assertThat(bob.get(w).statusCode()).as("GET workout").isEqualTo(404);
    assertThat(bob.get(w + "/edit").statusCode()).as("GET edit").isEqualTo(404);
    assertThat(bob.get(w + "/delete").statusCode()).as("GET delete").isEqualTo(404);
    assertThat(bob.get(s + "/edit").statusCode()).as("GET set edit").isEqualTo(404);
    bob.get("/workouts");
    assertThat(bob.post(w, Map.of("date", "2026-01-01", "name", "mine")).statusCode())
        .as("POST workout")
        .isEqualTo(404);
    assertThat(bob.post(w + "/sets", setFields).statusCode()).as("POST add set").isEqualTo(404);
    assertThat(bob.post(s, setFields).statusCode()).as("POST set").isEqualTo(404);
    assertThat(bob.post(s + "/delete", Map.of()).statusCode()).as("POST set delete").isEqualTo(404);
    assertThat(bob.post(w + "/delete", Map.of()).statusCode()).as("POST delete").isEqualTo(404);
    // Alice's set through Bob's own workout.
    String via = "/workouts/" + bobsWorkout + "/sets/" + set;
    assertThat(bob.get(via + "/edit").statusCode()).isEqualTo(404);
    assertThat(bob.post(via, setFields).statusCode()).isEqualTo(404);
    assertThat(bob.post(via + "/delete", Map.of()).statusCode()).isEqualTo(404);
    // And through the API.
    assertThat(bob.api().get("/api/v1/workouts/" + workout).statusCode()).isEqualTo(404);
    assertThat(
            bob.api()
                .putJson("/api/v1/workouts/" + workout, "{\"date\":\"2026-01-01\"}")
                .statusCode())
        .isEqualTo(404);
    assertThat(bob.api().delete("/api/v1/workouts/" + workout).statusCode()).isEqualTo(404);
    assertThat(bob.api().get("/api/v1/export").body()).doesNotContain("alice-canary");
    assertThat(bob.get("/workouts").body()).doesNotContain("Alice's pull day");

    assertThat(alice.api().get("/api/v1/export.csv").body()).isEqualTo(aliceBefore);
    assertThat(bob.api().get("/api/v1/export.csv").body()).isEqualTo(bobBefore);
  }

  @Test
  void anonymousVisitorsAreSentToTheLogin() {
    LifterSession someone = LifterSession.signUp(port);
    long id = create(someone, WORKOUT);
    var anonymous = LifterSession.anonymous(port);
    for (String path :
        new String[] {
          "/workouts", "/workouts/new", "/workouts/" + id, "/account/data", "/account/delete"
        }) {
      var response = anonymous.get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(302);
      assertThat(location(response)).as(path).endsWith("/login");
    }
  }
}

@OnH2
class WorkoutPagesH2Test extends WorkoutPagesContract {}

@OnPostgres
class WorkoutPagesPostgresTest extends WorkoutPagesContract {}
