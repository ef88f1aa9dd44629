package dev.backload.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.app.config.Json;
import dev.backload.app.log.TrainingLog;
import dev.backload.app.support.Http;
import dev.backload.app.support.OnH2;
import dev.backload.app.support.OnPostgres;
import dev.backload.app.support.TestClock;
import dev.backload.core.importing.ExportFormat;
import dev.backload.core.importing.ExportImporter;
import dev.backload.core.importing.ImportOptions;
import dev.backload.core.importing.ImportResult;
import dev.backload.core.log.SetType;
import dev.backload.core.log.TrainingSet;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/** "Your data": the JSON and CSV exports, and the CSV's exact round trip through the importer. */
abstract class ExportContract {
  @Value("${local.server.port}")
  int port;

  @Autowired TrainingLog log;

  static JsonNode json(HttpResponse<String> response) {
    return Json.mapper().readTree(response.body());
  }

  static final String FORMULA = "=HYPERLINK(\"http://example.com/x\",\"click\")";

  /** Workouts with odd texts: commas, quotes, line breaks, unicode, formula-like notes. */
  static List<String> oddWorkouts() {
    String formula = Json.mapper().writeValueAsString(FORMULA);
    return List.of(
        """
        {"date": "2026-11-18", "name": "Pull, \\"heavy\\" day", "sets": [
          {"exercise": "Deadlift (Barbell)", "weightKg": 60, "reps": 5, "setType": "WARMUP"},
          {"exercise": "Deadlift (Barbell)", "weightKg": 140, "reps": 5, "rpe": 8, "note": %s},
          {"exercise": "Deadlift (Barbell)", "weight": 225, "unit": "lb", "reps": 3, "rpe": 9.5},
          {"exercise": "Deadlift (Barbell)", "weight": 102.3, "unit": "lb", "reps": 8, "setType": "DROP"}
        ]}"""
            .formatted(formula),
        """
        {"date": "2026-11-18", "name": "Zweite Einheit 💪\\nmit Zeilenumbruch", "sets": [
          {"exercise": "Rumänisches Kreuzheben (RDL)", "weightKg": 82.5, "reps": 8, "note": "line 1\\r\\nline 2"},
          {"exercise": "-Band pull-apart", "weightKg": 0, "reps": 20, "note": "-5 kg on last week"},
          {"exercise": "'quoted' curl", "weightKg": 12.345678901234567, "reps": 12, "note": "'already quoted"},
          {"exercise": "@home row", "weightKg": 0.1, "reps": 10, "note": "+1 rep; \\"quotes\\", commas"}
        ]}""",
        """
        {"date": "2026-11-20", "sets": [
          {"exercise": "Sumo Deadlift, \\"wide\\"", "weightKg": 0, "reps": 0, "rpe": 10, "setType": "FAILURE"},
          {"exercise": "硬拉 Trap Bar Deadlift", "weightKg": 180, "reps": 1, "rpe": 6.5, "note": "\\ttabbed note"}
        ]}""",
        "{\"date\": \"2026-11-21\", \"name\": \"Empty day\"}");
  }

  private static Http withWorkouts(Http lifter) {
    for (String body : oddWorkouts()) {
      assertThat(lifter.postJson("/api/v1/workouts", body).statusCode()).as(body).isEqualTo(201);
    }
    return lifter;
  }

  /** The stored sets in export order (date, then workout id, then logged order). */
  private static List<TrainingSet> storedSets(Http lifter, Map<String, String> namesById) {
    List<JsonNode> workouts = new ArrayList<>();
    json(lifter.get("/api/v1/workouts")).forEach(workouts::add);
    workouts.sort(
        java.util.Comparator.comparing((JsonNode w) -> w.get("date").asString())
            .thenComparing(w -> w.get("id").asLong()));
    List<TrainingSet> sets = new ArrayList<>();
    for (JsonNode w : workouts) {
      String id = w.get("id").asString();
      namesById.put(id, w.get("name").isNull() ? null : w.get("name").asString());
      for (JsonNode s : w.get("sets")) {
        sets.add(
            TrainingSet.of(
                LocalDate.parse(w.get("date").asString()),
                id,
                s.get("exercise").asString(),
                SetType.valueOf(s.get("setType").asString()),
                s.get("weightKg").asDouble(),
                s.get("reps").asInt(),
                s.get("rpe").isNull() ? null : s.get("rpe").asDouble(),
                s.get("note").isNull() ? null : s.get("note").asString()));
      }
    }
    return sets;
  }

  private static ImportResult read(String csv) throws Exception {
    return ExportImporter.read(new StringReader(csv), ImportOptions.defaults());
  }

  @Test
  void theCsvReadsBackAsExactlyTheStoredSets() throws Exception {
    Http lifter = withWorkouts(new Http(port).signUp());
    var response = lifter.get("/api/v1/export.csv");
    assertThat(response.statusCode()).isEqualTo(200);
    String csv = response.body();

    ImportResult imported = read(csv);
    assertThat(imported.format()).isEqualTo(ExportFormat.BACKLOAD);
    Map<String, String> names = new HashMap<>();
    List<TrainingSet> stored = storedSets(lifter, names);
    assertThat(imported.sets()).hasSize(stored.size()).hasSize(10);
    Map<String, String> keyOfWorkout = new LinkedHashMap<>();
    for (int i = 0; i < stored.size(); i++) {
      TrainingSet expected = stored.get(i);
      TrainingSet actual = imported.sets().get(i);
      assertThat(actual.date()).isEqualTo(expected.date());
      assertThat(actual.exercise()).isEqualTo(expected.exercise());
      assertThat(actual.variation()).isEqualTo(expected.variation());
      assertThat(actual.setType()).isEqualTo(expected.setType());
      assertThat(actual.weightKg()).as("set %d", i).isEqualTo(expected.weightKg());
      assertThat(actual.reps()).isEqualTo(expected.reps());
      assertThat(actual.rpe()).isEqualTo(expected.rpe());
      assertThat(actual.note()).isEqualTo(expected.note());
      // The same workouts: one import key per stored workout, with its name.
      String key = keyOfWorkout.computeIfAbsent(expected.workout(), k -> actual.workout());
      assertThat(actual.workout()).isEqualTo(key);
      assertThat(imported.workoutNames().get(key)).isEqualTo(names.get(expected.workout()));
    }
    assertThat(keyOfWorkout.values())
        .containsExactly("2026-11-18 #1", "2026-11-18 #2", "2026-11-20 #1");
    assertThat(stored.get(2).weightKg()).isEqualTo(225 * TrainingSet.KG_PER_LB);
  }

  @Test
  void formulaLikeTextsAreProtectedInTheCsv() {
    Http lifter = withWorkouts(new Http(port).signUp());
    String csv = lifter.get("/api/v1/export.csv").body();
    assertThat(csv)
        .startsWith("Date,Workout,Workout Name,Exercise,Set Type,Weight (kg),Reps,RPE,Note\r\n");
    assertThat(csv).contains(",\"'=HYPERLINK(\"\"http://example.com/x\"\",\"\"click\"\")\"\r\n");
    assertThat(csv).contains(",'-Band pull-apart,WORKING,0,20,,'-5 kg on last week\r\n");
    assertThat(csv).contains(",'@home row,WORKING,0.1,10,,");
    assertThat(csv).contains(",''quoted' curl,WORKING,12.345678901234567,12,,''already quoted\r\n");
    assertThat(csv).doesNotContain(",=").doesNotContain(",-").doesNotContain(",@");
  }

  @Test
  void exportImportIntoAFreshAccountAndExportAgainGivesTheSameBytes() throws Exception {
    Http lifter = withWorkouts(new Http(port).signUp());
    String first = lifter.get("/api/v1/export.csv").body();

    Http fresh = new Http(port).signUp();
    long freshId = json(fresh.get("/api/v1/account")).get("id").asLong();
    ImportResult imported = read(first);
    Map<String, List<TrainingLog.NewSet>> byWorkout = new LinkedHashMap<>();
    Map<String, LocalDate> dates = new HashMap<>();
    for (TrainingSet s : imported.sets()) {
      byWorkout.computeIfAbsent(s.workout(), k -> new ArrayList<>()).add(TrainingLog.NewSet.of(s));
      dates.put(s.workout(), s.date());
    }
    byWorkout.forEach(
        (key, sets) ->
            log.addWorkout(
                freshId, dates.get(key), imported.workoutNames().get(key), "backload", key, sets));

    String second = fresh.get("/api/v1/export.csv").body();
    assertThat(second).isEqualTo(first);
  }

  @Test
  void theJsonHasTheAccountEveryWorkoutAndNoSecrets() {
    Http lifter = withWorkouts(new Http(port).signUp());
    var response = lifter.get("/api/v1/export");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/json");
    assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
        .isEqualTo("attachment; filename=\"backload-export-" + TestClock.TODAY + ".json\"");
    JsonNode export = json(response);
    List<String> members = new ArrayList<>(export.propertyNames());
    assertThat(members)
        .startsWith("format", "version", "exportedAt", "account")
        .contains("workouts", "accessTokens");
    assertThat(export.get("format").asString()).isEqualTo("backload-export");
    assertThat(export.get("exportedAt").asString()).isEqualTo(TestClock.START.toString());
    JsonNode account = export.get("account");
    assertThat(account.get("weightUnit").asString()).isEqualTo("kg");
    assertThat(account.get("email").asString()).contains("@example.org");
    assertThat(export.get("workouts")).hasSize(4);
    int sets = 0;
    for (JsonNode w : export.get("workouts")) {
      sets += w.get("sets").size();
      assertThat(w.get("source").asString()).isEqualTo("app");
    }
    assertThat(sets).isEqualTo(10);
    assertThat(export.get("accessTokens").get(0).get("name").asString()).isEqualTo("test");
    assertThat(response.body())
        .doesNotContainIgnoringCase("password")
        .doesNotContainIgnoringCase("hash")
        .doesNotContain("bl_")
        .doesNotContain("pbkdf2");
  }

  @Test
  void theJsonHasTheHealthRecordsWithIsoDatesAndNamedScales() {
    Http lifter = new Http(port).signUp();
    long workout =
        json(lifter.postJson(
                "/api/v1/workouts",
                "{\"date\": \"%s\", \"sets\": [{\"exercise\": \"Deadlift (Barbell)\","
                        .formatted(TestClock.TODAY.minusDays(1))
                    + " \"weightKg\": 100, \"reps\": 5}]}"))
            .get("id")
            .asLong();
    assertThat(
            lifter
                .postJson(
                    "/api/v1/monitoring", "{\"workoutId\": %d, \"during\": 3}".formatted(workout))
                .statusCode())
        .isEqualTo(200);
    assertThat(
            lifter
                .putJson("/api/v1/profile", "{\"age\": 40, \"cancerHistory\": true}")
                .statusCode())
        .isEqualTo(200);
    assertThat(lifter.postJson("/api/v1/checkins", "{\"painNow\": 4}").statusCode()).isEqualTo(201);
    String body = lifter.get("/api/v1/export").body();
    JsonNode export = Json.mapper().readTree(body);
    assertThat(new ArrayList<>(export.propertyNames()))
        .containsSubsequence(
            "account",
            "accessTokens",
            "assessments",
            "checkIns",
            "healthProfile",
            "imports",
            "painEpisodes",
            "painMonitoring",
            "planner",
            "workouts");
    JsonNode checkIn = export.get("checkIns").get(0);
    assertThat(checkIn.get("date").asString()).isEqualTo(TestClock.TODAY.toString());
    assertThat(checkIn.get("input").get("painNow").asInt()).isEqualTo(4);
    assertThat(checkIn.get("disposition").asString()).isNotBlank();
    JsonNode episode = export.get("painEpisodes").get(0);
    assertThat(episode.get("id").asLong()).isEqualTo(checkIn.get("episodeId").asLong());
    assertThat(episode.get("start").asString()).isEqualTo(TestClock.TODAY.toString());
    assertThat(episode.get("end").isNull()).isTrue();
    JsonNode profile = export.get("healthProfile");
    assertThat(profile.get("age").asInt()).isEqualTo(40);
    assertThat(profile.get("ageGivenOn").asString()).isEqualTo(TestClock.TODAY.toString());
    assertThat(profile.get("cancerHistory").asBoolean()).isTrue();
    JsonNode answers = export.get("painMonitoring").get(0);
    assertThat(answers.get("workoutId").asLong()).isEqualTo(workout);
    assertThat(answers.get("during").asInt()).isEqualTo(3);
    assertThat(answers.get("nextMorning").isNull()).isTrue();
    assertThat(export.get("imports")).isEmpty();
    assertThat(export.get("assessments")).isEmpty();
  }

  @Test
  void aNewAccountsExportHasEmptySectionsAndNoProfile() {
    JsonNode export = json(new Http(port).signUp().get("/api/v1/export"));
    for (String list :
        List.of("checkIns", "painEpisodes", "painMonitoring", "imports", "workouts")) {
      assertThat(export.get(list).isArray()).as(list).isTrue();
      assertThat(export.get(list)).as(list).isEmpty();
    }
    assertThat(export.get("healthProfile").isNull()).isTrue();
  }

  @Test
  void anotherPersonsExportHasNoneOfYourData() {
    Http alice = withWorkouts(new Http(port).signUp());
    String aliceEmail = json(alice.get("/api/v1/account")).get("email").asString();
    Http bob = new Http(port).signUp();
    String json = bob.get("/api/v1/export").body();
    String csv = bob.get("/api/v1/export.csv").body();
    for (String canary : List.of("Zweite Einheit", "HYPERLINK", "Rumänisches", aliceEmail)) {
      assertThat(json).doesNotContain(canary);
      assertThat(csv).doesNotContain(canary);
    }
    assertThat(json(bob.get("/api/v1/export")).get("workouts")).isEmpty();
    assertThat(csv)
        .isEqualTo("Date,Workout,Workout Name,Exercise,Set Type,Weight (kg),Reps,RPE,Note\r\n");
    // Alice's export is unchanged by Bob's requests.
    assertThat(alice.get("/api/v1/export.csv").body()).contains("Zweite Einheit");
  }

  @Test
  void downloadsAreAttachmentsThatAreNeverCachedOrSniffed() {
    Http lifter = new Http(port).signUp();
    var csv = lifter.get("/api/v1/export.csv");
    assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
    assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
        .isEqualTo("attachment; filename=\"backload-sets-" + TestClock.TODAY + ".csv\"");
    for (var response : List.of(csv, lifter.get("/api/v1/export"))) {
      assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
      assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
    }
    Http anonymous = new Http(port);
    assertThat(anonymous.get("/api/v1/export").statusCode()).isEqualTo(401);
    assertThat(anonymous.get("/api/v1/export.csv").statusCode()).isEqualTo(401);
  }
}

@OnH2
class ExportH2Test extends ExportContract {}

@OnPostgres
class ExportPostgresTest extends ExportContract {}
