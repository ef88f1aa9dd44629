package dev.backload.app.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.app.config.Json;
import dev.backload.app.log.TrainingLog;
import dev.backload.app.log.TrainingLog.NewSet;
import dev.backload.app.support.Http;
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
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code /api/v1/monitoring} over real HTTP: answers, zones, validation and ownership. */
abstract class MonitoringApiContract {
  @Value("${local.server.port}")
  int port;

  @Autowired JdbcClient jdbc;
  @Autowired TrainingLog log;

  static Map<String, Object> json(HttpResponse<String> response) {
    return Json.mapper().readValue(response.body(), Map.class);
  }

  static long accountId(Http lifter) {
    return ((Number) json(lifter.get("/api/v1/account")).get("id")).longValue();
  }

  static LocalDate today() {
    return TestClock.TODAY;
  }

  long workout(long account, LocalDate date, String exercise) {
    return log.addWorkout(
        account,
        date,
        null,
        "app",
        null,
        List.of(
            new NewSet(exercise, SetType.WARMUP, 60, 5, null, null),
            new NewSet(exercise, SetType.WORKING, 120, 5, 8.0, null)));
  }

  HttpResponse<String> answer(Http lifter, long workout, String answers) {
    return lifter.postJson(
        "/api/v1/monitoring",
        "{\"workoutId\":" + workout + (answers.isEmpty() ? "" : "," + answers) + "}");
  }

  @Test
  void answersAreStoredAnySubsetAtATimeWithTheirZone() {
    Http lifter = new Http(port).signUp();
    long account = accountId(lifter);
    long w = workout(account, today().minusDays(1), "Romanian Deadlift");

    HttpResponse<String> first = answer(lifter, w, "\"baseline\":1");
    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    Map<String, Object> pending = json(first);
    assertThat(pending.keySet())
        .containsExactly(
            "workoutId", "date", "baseline", "during", "nextMorning", "zone", "reasons");
    assertThat(pending)
        .containsEntry("workoutId", (int) w)
        .containsEntry("date", today().minusDays(1).toString())
        .containsEntry("baseline", 1)
        .containsEntry("during", null)
        .containsEntry("zone", "pending");

    Map<String, Object> green = json(answer(lifter, w, "\"during\":3,\"nextMorning\":1"));
    assertThat(green)
        .containsEntry("baseline", 1)
        .containsEntry("during", 3)
        .containsEntry("nextMorning", 1)
        .containsEntry("zone", "green");

    Map<String, Object> red = json(answer(lifter, w, "\"nextMorning\":2"));
    assertThat(red).containsEntry("zone", "red").containsEntry("during", 3);
    assertThat(rows(w)).isEqualTo(1);
  }

  private long rows(long workout) {
    return jdbc.sql("SELECT COUNT(*) FROM pain_monitoring WHERE workout_id = :w")
        .param("w", workout)
        .query(Long.class)
        .single();
  }

  @Test
  void invalidAnswersAre400NamingTheField() {
    Http lifter = new Http(port).signUp();
    long account = accountId(lifter);
    long yesterday = workout(account, today().minusDays(1), "Deadlift");
    long todays = workout(account, today(), "Deadlift");
    assertField(answer(lifter, yesterday, "\"during\":11"), "during");
    assertField(answer(lifter, yesterday, "\"baseline\":-1"), "baseline");
    assertField(answer(lifter, yesterday, "\"nextMorning\":2.5"), "nextMorning");
    assertField(answer(lifter, yesterday, "\"during\":\"3\""), "during");
    assertField(answer(lifter, yesterday, "\"mood\":3"), "mood");
    assertField(lifter.postJson("/api/v1/monitoring", "{\"during\":3}"), "workoutId");
    assertField(lifter.postJson("/api/v1/monitoring", "{\"workoutId\":\"x\"}"), "workoutId");
    // The next morning of today's session has not come yet; the other answers are fine.
    assertField(answer(lifter, todays, "\"nextMorning\":1"), "nextMorning");
    assertThat(answer(lifter, todays, "\"baseline\":1,\"during\":2").statusCode()).isEqualTo(200);
    assertThat(rows(yesterday)).isZero();
  }

  private static void assertField(HttpResponse<String> response, String field) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(json(response)).containsEntry("field", field);
  }

  @Test
  void anotherPersonsWorkoutIsNotFoundAndUnchanged() {
    Http alice = new Http(port).signUp();
    Http bob = new Http(port).signUp();
    long w = workout(accountId(alice), today().minusDays(1), "Deadlift");
    assertThat(answer(alice, w, "\"during\":2").statusCode()).isEqualTo(200);

    HttpResponse<String> bobs = answer(bob, w, "\"during\":9,\"nextMorning\":9");
    assertThat(bobs.statusCode()).isEqualTo(404);
    assertThat(bobs.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(answer(bob, 99_999_999L, "\"during\":1").statusCode()).isEqualTo(404);
    assertThat(
            jdbc.sql("SELECT during_session FROM pain_monitoring WHERE workout_id = :w")
                .param("w", w)
                .query(Integer.class)
                .single())
        .isEqualTo(2);
    assertThat(bob.get("/api/v1/monitoring/pending").body())
        .doesNotContain("\"workoutId\":" + w + ",");
  }

  @Test
  void aWorkoutWithoutDeadliftsHasNoMonitoring() {
    Http lifter = new Http(port).signUp();
    long squats = workout(accountId(lifter), today().minusDays(1), "Squat (Barbell)");
    HttpResponse<String> response = answer(lifter, squats, "\"during\":2");
    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(json(response)).containsEntry("field", "workoutId");
  }

  @Test
  void pendingListsRecentDeadliftSessionsWhoseNextMorningHasComeUntilAnswered() {
    Http lifter = new Http(port).signUp();
    long account = accountId(lifter);
    long old = workout(account, today().minusDays(4), "Deadlift");
    long recent = workout(account, today().minusDays(2), "Sumo Deadlift");
    long todays = workout(account, today(), "Deadlift");
    workout(account, today().minusDays(1), "Bench Press");
    assertThat(old).isNotEqualTo(todays);

    List<Map<String, Object>> pending =
        Json.mapper().readValue(lifter.get("/api/v1/monitoring/pending").body(), List.class);
    assertThat(pending)
        .extracting(p -> ((Number) p.get("workoutId")).longValue())
        .containsExactly(recent);
    assertThat(pending.get(0).get("missing"))
        .isEqualTo(List.of("baseline", "during", "nextMorning"));
    assertThat((String) pending.get(0).get("question")).contains("deadlifts");

    answer(lifter, recent, "\"nextMorning\":1");
    assertThat(lifter.get("/api/v1/monitoring/pending").body())
        .contains("\"missing\":[\"baseline\",\"during\"]");
    answer(lifter, recent, "\"baseline\":1,\"during\":1");
    assertThat(lifter.get("/api/v1/monitoring/pending").body()).isEqualTo("[]");
  }
}

@OnH2
class MonitoringApiH2Test extends MonitoringApiContract {}

@OnPostgres
class MonitoringApiPostgresTest extends MonitoringApiContract {}
