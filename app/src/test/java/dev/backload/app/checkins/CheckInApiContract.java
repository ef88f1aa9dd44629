package dev.backload.app.checkins;

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
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code /api/v1/checkins}, the episode rule and the derived fields over real HTTP. */
abstract class CheckInApiContract {
  @Value("${local.server.port}")
  int port;

  @Autowired JdbcClient jdbc;
  @Autowired TrainingLog log;
  @Autowired CheckInService service;

  static Map<String, Object> json(HttpResponse<String> response) {
    return Json.mapper().readValue(response.body(), Map.class);
  }

  static List<Map<String, Object>> jsonList(HttpResponse<String> response) {
    return Json.mapper().readValue(response.body(), List.class);
  }

  static long accountId(Http lifter) {
    return ((Number) json(lifter.get("/api/v1/account")).get("id")).longValue();
  }

  static Map<String, Object> post(Http lifter, String body) {
    HttpResponse<String> response = lifter.postJson("/api/v1/checkins", body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return json(response);
  }

  static Map<String, Object> postOn(Http lifter, LocalDate date, int painNow) {
    return post(lifter, "{\"painNow\":" + painNow + ",\"date\":\"" + date + "\"}");
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> effective(Map<String, Object> checkIn) {
    return (Map<String, Object>) checkIn.get("effectiveInput");
  }

  static LocalDate todayUtc() {
    return TestClock.TODAY;
  }

  @Test
  void aPostIsStoredAndReturnedWithGivenAndEffectiveInput() {
    Http lifter = new Http(port).signUp();
    LocalDate before = todayUtc();
    HttpResponse<String> response =
        lifter.postJson("/api/v1/checkins", "{\"painNow\":3,\"onset\":\"NEXT_DAY\"}");
    LocalDate after = todayUtc();
    assertThat(response.statusCode()).isEqualTo(201);
    Map<String, Object> body = json(response);
    assertThat(body.keySet())
        .containsExactly(
            "id",
            "date",
            "episodeId",
            "input",
            "effectiveInput",
            "derived",
            "disposition",
            "findings",
            "actions",
            "safetyNet",
            "rulebookVersion");
    assertThat(response.headers().firstValue("Location"))
        .hasValue("/api/v1/checkins/" + body.get("id"));
    assertThat(LocalDate.parse((String) body.get("date"))).isBetween(before, after);
    assertThat(body.get("input")).isEqualTo(Map.of("painNow", 3, "onset", "NEXT_DAY"));
    assertThat(effective(body)).containsEntry("painPeak", 3).containsEntry("daysSinceOnset", 0);
    assertThat(effective(body)).containsKeys("dailyLife", "context", "worseCoughSneeze");
    assertThat((List<String>) body.get("derived")).containsExactly("painPeak", "daysSinceOnset");
    assertThat(body.get("episodeId")).isNotNull();
    assertThat(body.get("disposition")).isEqualTo("TRAIN");
    assertThat((String) body.get("safetyNet")).isNotBlank();
    assertThat(body.get("rulebookVersion")).isEqualTo("1");

    HttpResponse<String> again = lifter.get("/api/v1/checkins/" + body.get("id"));
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(json(again)).isEqualTo(body);
  }

  @Test
  void anEpisodeOpensStaysOpenClosesAndANewOneOpens() {
    Http lifter = new Http(port).signUp();
    LocalDate d = todayUtc().minusDays(20);

    Map<String, Object> first = postOn(lifter, d, 4);
    Object episode = first.get("episodeId");
    assertThat(episode).isNotNull();
    assertThat(effective(first)).containsEntry("trend", null);

    Map<String, Object> second = postOn(lifter, d.plusDays(1), 2);
    assertThat(second.get("episodeId")).isEqualTo(episode);
    assertThat(effective(second))
        .containsEntry("painPeak", 4)
        .containsEntry("daysSinceOnset", 1)
        .containsEntry("trend", "IMPROVING");

    // Pain-free on days 2 and 3: one day apart, the episode stays open.
    assertThat(postOn(lifter, d.plusDays(2), 0).get("episodeId")).isEqualTo(episode);
    assertThat(postOn(lifter, d.plusDays(3), 0).get("episodeId")).isEqualTo(episode);
    assertThat(endDate(episode)).isNull();

    // Pain-free on day 4: the run spans 2 days, the episode closes with this check-in.
    Map<String, Object> closing = postOn(lifter, d.plusDays(4), 0);
    assertThat(closing.get("episodeId")).isEqualTo(episode);
    assertThat(endDate(episode)).isEqualTo(d.plusDays(4));

    // Pain-free with no open episode: no episode, nothing about an episode derived.
    Map<String, Object> free = postOn(lifter, d.plusDays(5), 0);
    assertThat(free.get("episodeId")).isNull();
    assertThat((List<String>) free.get("derived"))
        .doesNotContain("painPeak", "daysSinceOnset", "trend");

    // Pain again: a new episode that starts today.
    Map<String, Object> reopened = postOn(lifter, d.plusDays(6), 3);
    assertThat(reopened.get("episodeId")).isNotNull().isNotEqualTo(episode);
    assertThat(effective(reopened))
        .containsEntry("daysSinceOnset", 0)
        .containsEntry("painPeak", 3)
        .containsEntry("trend", null);
  }

  private LocalDate endDate(Object episodeId) {
    return jdbc.sql("SELECT end_date FROM pain_episode WHERE id = :id")
        .param("id", ((Number) episodeId).longValue())
        .query((rs, n) -> rs.getObject("end_date", LocalDate.class))
        .list()
        .get(0);
  }

  @Test
  void givenValuesWinAndShapeLaterDerivations() {
    Http lifter = new Http(port).signUp();
    LocalDate d = todayUtc().minusDays(10);
    Map<String, Object> first =
        post(lifter, "{\"painNow\":5,\"painPeak\":8,\"daysSinceOnset\":4,\"date\":\"" + d + "\"}");
    assertThat((List<String>) first.get("derived")).doesNotContain("painPeak", "daysSinceOnset");
    assertThat(effective(first)).containsEntry("painPeak", 8).containsEntry("daysSinceOnset", 4);

    // Two days later: the episode began 6 days before, and the worst was the 8 given earlier.
    Map<String, Object> later = postOn(lifter, d.plusDays(2), 6);
    assertThat(effective(later))
        .containsEntry("daysSinceOnset", 6)
        .containsEntry("painPeak", 8)
        .containsEntry("trend", "WORSENING");
    // P6: 6 > 0.7 * 8 on day 6.
    assertThat(rules(later)).contains("P6");

    // The person says it is improving: that wins over the derived trend.
    Map<String, Object> said =
        post(lifter, "{\"painNow\":6,\"trend\":\"IMPROVING\",\"date\":\"" + d.plusDays(2) + "\"}");
    assertThat(effective(said)).containsEntry("trend", "IMPROVING");
    assertThat((Map<String, Object>) said.get("input")).containsEntry("trend", "IMPROVING");
    assertThat((List<String>) said.get("derived")).doesNotContain("trend");
  }

  @SuppressWarnings("unchecked")
  static List<String> rules(Map<String, Object> checkIn) {
    return ((List<Map<String, Object>>) checkIn.get("findings"))
        .stream().map(f -> (String) f.get("rule")).toList();
  }

  @Test
  void contextAndPainfulSessionsComeFromTheLogAndTheMonitoringAnswers() {
    Http lifter = new Http(port).signUp();
    long account = accountId(lifter);
    LocalDate monday =
        todayUtc().minusWeeks(3).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    long w0 = deadlifts(account, monday.minusWeeks(2), 100, 5);
    long w1 = deadlifts(account, monday.minusWeeks(1), 100, 10);
    long w2 = deadlifts(account, monday, 130, 10);
    assertThat(w0).isPositive();
    var red =
        lifter.postJson(
            "/api/v1/monitoring",
            "{\"workoutId\":" + w1 + ",\"baseline\":1,\"during\":4,\"nextMorning\":3}");
    assertThat(red.statusCode()).as(red.body()).isEqualTo(200);
    assertThat(json(red)).containsEntry("zone", "red");
    var amber =
        lifter.postJson(
            "/api/v1/monitoring",
            "{\"workoutId\":" + w2 + ",\"baseline\":2,\"during\":5,\"nextMorning\":2}");
    assertThat(json(amber)).containsEntry("zone", "amber");

    Map<String, Object> checkIn = postOn(lifter, monday.plusDays(1), 2);
    assertThat(effective(checkIn)).containsEntry("painfulSessionsInARow", 2);
    assertThat(effective(checkIn).get("context"))
        .isEqualTo(Map.of("hingeWeekChangePct", 30.0, "daysSinceLastHinge", 7));
    assertThat((List<String>) checkIn.get("derived"))
        .contains(
            "painfulSessionsInARow", "context.hingeWeekChangePct", "context.daysSinceLastHinge");
    // P8: two painful sessions in a row; M8 needs more than 30%, so exactly 30 does not fire.
    assertThat(rules(checkIn)).contains("P8").doesNotContain("M8");

    // Given context wins over the log.
    Map<String, Object> given =
        post(
            lifter,
            "{\"painNow\":2,\"painfulSessionsInARow\":0,\"context\":{\"hingeWeekChangePct\":31},"
                + "\"date\":\""
                + monday.plusDays(1)
                + "\"}");
    assertThat(effective(given).get("context"))
        .isEqualTo(Map.of("hingeWeekChangePct", 31.0, "daysSinceLastHinge", 7));
    assertThat(rules(given)).contains("M8").doesNotContain("P8");
  }

  long deadlifts(long account, LocalDate date, double kg, int reps) {
    return log.addWorkout(
        account,
        date,
        "Pull day",
        "app",
        null,
        List.of(
            new NewSet("Deadlift (Barbell)", SetType.WARMUP, 60, 5, null, null),
            new NewSet("Deadlift (Barbell)", SetType.WORKING, kg, reps, null, null)));
  }

  @Test
  void theHealthProfileFillsTheLastingFacts() {
    Http lifter = new Http(port).signUp();
    var put = lifter.putJson("/api/v1/profile", "{\"age\":67,\"osteoporosisOrSteroids\":true}");
    assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
    assertThat(json(lifter.get("/api/v1/profile")))
        .containsEntry("age", 67)
        .containsEntry("osteoporosisOrSteroids", true)
        .containsEntry("cancerHistory", false);

    Map<String, Object> checkIn = post(lifter, "{\"painNow\":7,\"onset\":\"DURING_LIFT\"}");
    assertThat(effective(checkIn))
        .containsEntry("age", 67)
        .containsEntry("osteoporosisOrSteroids", true);
    assertThat((List<String>) checkIn.get("derived"))
        .contains("age", "cancerHistory", "osteoporosisOrSteroids", "immunosuppressed");
    // U5: older or osteoporosis, and sudden severe pain.
    assertThat(rules(checkIn)).contains("U5");
    assertThat(checkIn.get("disposition")).isEqualTo("URGENT");

    // Given explicitly, the person's answer wins over the profile.
    Map<String, Object> given =
        post(
            lifter,
            "{\"painNow\":7,\"onset\":\"DURING_LIFT\",\"age\":40,\"osteoporosisOrSteroids\":false}");
    assertThat(rules(given)).doesNotContain("U5");

    var bad = lifter.putJson("/api/v1/profile", "{\"age\":12}");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(json(bad)).containsEntry("field", "age");
    var unknown = lifter.putJson("/api/v1/profile", "{\"age\":40,\"smoker\":true}");
    assertThat(json(unknown)).containsEntry("field", "smoker");
  }

  @Test
  void theListIsNewestFirstAndAnotherPersonsCheckInIsNotFound() {
    Http alice = new Http(port).signUp();
    Http bob = new Http(port).signUp();
    LocalDate d = todayUtc().minusDays(3);
    Map<String, Object> older = postOn(alice, d, 2);
    Map<String, Object> newer = postOn(alice, d.plusDays(1), 1);
    Map<String, Object> sameDay = postOn(alice, d.plusDays(1), 3);
    Map<String, Object> bobs = postOn(bob, d, 5);

    List<Map<String, Object>> list = jsonList(alice.get("/api/v1/checkins"));
    assertThat(list)
        .extracting(c -> c.get("id"))
        .containsExactly(sameDay.get("id"), newer.get("id"), older.get("id"));
    assertThat(jsonList(bob.get("/api/v1/checkins")))
        .extracting(c -> c.get("id"))
        .containsExactly(bobs.get("id"));

    HttpResponse<String> notHis = bob.get("/api/v1/checkins/" + older.get("id"));
    assertThat(notHis.statusCode()).isEqualTo(404);
    assertThat(notHis.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(notHis.body()).doesNotContain("painNow");
    assertThat(bob.get("/api/v1/checkins/99999999").statusCode()).isEqualTo(404);
    // Bob's check-in did not join Alice's episode, and hers did not join his.
    assertThat(bobs.get("episodeId")).isNotEqualTo(older.get("episodeId"));
  }

  @Test
  void invalidInputIsA400NamingTheField() {
    Http lifter = new Http(port).signUp();
    assertProblem(lifter, "{\"painNow\":3,\"mood\":\"fine\"}", "mood");
    assertProblem(lifter, "{\"painNow\":11}", "painNow");
    assertProblem(lifter, "{\"painNow\":2.5}", "painNow");
    assertProblem(lifter, "{\"onset\":\"NEXT_DAY\"}", "painNow");
    assertProblem(lifter, "{\"painNow\":5,\"painPeak\":4}", "painPeak");
    assertProblem(lifter, "{\"painNow\":5,\"quality\":[\"DULL_ACHE\",\"ITCHY\"]}", "quality[1]");
    assertProblem(lifter, "{\"painNow\":5,\"context\":{\"weeks\":2}}", "context.weeks");
    assertProblem(lifter, "{\"painNow\":1,\"date\":\"yesterday\"}", "date");
    assertProblem(lifter, "{\"painNow\":1,\"date\":20261121}", "date");
    assertProblem(lifter, "{\"painNow\":1,\"date\":\"" + todayUtc().plusDays(2) + "\"}", "date");
    postOn(lifter, todayUtc().minusDays(1), 2);
    assertProblem(lifter, "{\"painNow\":1,\"date\":\"" + todayUtc().minusDays(5) + "\"}", "date");
    assertThat(jsonList(lifter.get("/api/v1/checkins"))).hasSize(1);
  }

  private void assertProblem(Http lifter, String body, String field) {
    HttpResponse<String> response = lifter.postJson("/api/v1/checkins", body);
    assertThat(response.statusCode()).as(body).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(json(response)).as(body).containsEntry("field", field);
  }

  @Test
  void withoutAnAccountThereIsNoStoreAndTheAnonymousTriageStoresNothing() {
    Http anonymous = new Http(port);
    // Without a session or token: 401, or 403 from the CSRF check that runs first on a POST.
    assertThat(anonymous.postJson("/api/v1/checkins", "{\"painNow\":3}").statusCode())
        .isIn(401, 403);
    assertThat(anonymous.get("/api/v1/checkins").statusCode()).isEqualTo(401);
    long before = count("check_in");
    var triage = anonymous.postJson("/api/v1/triage", "{\"painNow\":3}");
    assertThat(triage.statusCode()).isEqualTo(200);
    // Signed in, the anonymous endpoint still stores nothing.
    Http lifter = anonymous.signUp();
    assertThat(lifter.postJson("/api/v1/triage", "{\"painNow\":4}").statusCode()).isEqualTo(200);
    assertThat(count("check_in")).isEqualTo(before);
    assertThat(jsonList(lifter.get("/api/v1/checkins"))).isEmpty();
  }

  private long count(String table) {
    return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
  }

  @Test
  void deletingTheAccountDeletesCheckInsEpisodesMonitoringAndTheProfile() {
    Http lifter = new Http(port).signUp();
    long account = accountId(lifter);
    lifter.putJson("/api/v1/profile", "{\"age\":30}");
    long workout = deadlifts(account, todayUtc().minusDays(1), 100, 5);
    lifter.postJson("/api/v1/monitoring", "{\"workoutId\":" + workout + ",\"during\":2}");
    postOn(lifter, todayUtc(), 3);
    for (String table : List.of("check_in", "pain_episode", "pain_monitoring", "health_profile")) {
      assertThat(countFor(table, account)).as(table).isEqualTo(1);
    }
    jdbc.sql("DELETE FROM account WHERE id = :id").param("id", account).update();
    for (String table : List.of("check_in", "pain_episode", "pain_monitoring", "health_profile")) {
      assertThat(countFor(table, account)).as(table).isZero();
    }
  }

  private long countFor(String table, long account) {
    return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE account_id = :a")
        .param("a", account)
        .query(Long.class)
        .single();
  }

  @Test
  void theOverviewHasTheLatestResultTheEpisodePendingChecksAndThePainSeries() {
    Http lifter = new Http(port).signUp();
    long account = accountId(lifter);
    assertThat(service.overview(account))
        .isEqualTo(new CheckInOverview(null, null, null, null, List.of(), List.of()));

    LocalDate today = todayUtc();
    long workout = deadlifts(account, today.minusDays(1), 100, 5);
    postOn(lifter, today.minusDays(2), 5);
    postOn(lifter, today.minusDays(1), 2);
    Map<String, Object> last = postOn(lifter, today, 4);

    CheckInOverview overview = service.overview(account);
    assertThat(overview.latest().id()).isEqualTo(((Number) last.get("id")).longValue());
    assertThat(overview.latest().disposition().name()).isEqualTo(last.get("disposition"));
    assertThat(overview.latest().actions()).isNotEmpty();
    assertThat(overview.episode().start()).isEqualTo(today.minusDays(2));
    assertThat(overview.episode().days()).isEqualTo(2);
    assertThat(overview.episode().peak()).isEqualTo(5);
    assertThat(overview.episode().checkIns()).isEqualTo(3);
    assertThat(overview.pendingChecks())
        .extracting(MorningChecksView -> MorningChecksView.workoutId())
        .containsExactly(workout);
    assertThat(overview.painSeries())
        .containsExactly(
            new CheckInOverview.PainPoint(today.minusDays(2), 5),
            new CheckInOverview.PainPoint(today.minusDays(1), 2),
            new CheckInOverview.PainPoint(today, 4));
  }
}

@OnH2
class CheckInApiH2Test extends CheckInApiContract {}

@OnPostgres
class CheckInApiPostgresTest extends CheckInApiContract {}
