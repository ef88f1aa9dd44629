package dev.backload.app.journey;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.app.support.ExportFiles;
import dev.backload.app.support.Http;
import dev.backload.app.support.OnH2;
import dev.backload.app.support.OnPostgres;
import dev.backload.app.support.TestClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The lifter's-app journey through the REST API only, as an API client would run it: sign up,
 * token, import a Hevy export, log a workout, check in twice, read the analytics, export, and
 * delete the account, after which nothing of it is left.
 */
abstract class NewLifterJourneyApiContract {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Value("${local.server.port}")
  int port;

  @Autowired JdbcClient jdbc;

  @Test
  void theWholeJourneyThroughTheApi() throws Exception {
    Http http = new Http(port);
    String email = "api-journey-" + UUID.randomUUID() + "@example.org";
    String password = "lifting heavy things slowly";
    var account =
        http.postJson(
            "/api/v1/accounts", "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
    assertThat(account.statusCode()).isEqualTo(201);
    long accountId = JSON.readTree(account.body()).get("id").asLong();
    var token =
        http.postJson(
            "/api/v1/tokens",
            "{\"email\":\"" + email + "\",\"password\":\"" + password + "\",\"name\":\"journey\"}");
    assertThat(token.statusCode()).isEqualTo(201);
    Http api = http.withToken(JSON.readTree(token.body()).get("token").asString());

    Path hevy =
        ExportFiles.realExports() != null
            ? ExportFiles.realExport("hevy-1.csv")
            : ExportFiles.fixturePath("hevy-weeks.csv");
    var imported = api.postFile("/api/v1/imports", "hevy.csv", Files.readAllBytes(hevy));
    assertThat(imported.statusCode()).isEqualTo(201);
    JsonNode summary = JSON.readTree(imported.body());
    assertThat(summary.get("format").asString()).isEqualTo("hevy");
    int workoutsAdded = summary.get("workoutsAdded").asInt();
    assertThat(workoutsAdded).isPositive();
    var again = api.postFile("/api/v1/imports", "hevy.csv", Files.readAllBytes(hevy));
    assertThat(JSON.readTree(again.body()).get("workoutsAdded").asInt()).isZero();

    String today = TestClock.TODAY.toString();
    var workout =
        api.postJson(
            "/api/v1/workouts",
            "{\"date\":\""
                + today
                + "\",\"name\":\"Pull day\",\"sets\":[{\"exercise\":\"Deadlift (Barbell)\","
                + "\"weightKg\":140,\"reps\":5,\"rpe\":8,\"setType\":\"WORKING\",\"note\":\"felt fine\"}]}");
    assertThat(workout.statusCode()).isEqualTo(201);
    assertThat(JSON.readTree(workout.body()).get("id").asLong()).isPositive();

    var first = api.postJson("/api/v1/checkins", "{\"painNow\":4,\"onset\":\"NEXT_DAY\"}");
    assertThat(first.statusCode()).isEqualTo(201);
    var second = api.postJson("/api/v1/checkins", "{\"painNow\":2,\"onset\":\"NEXT_DAY\"}");
    assertThat(second.statusCode()).isEqualTo(201);
    JsonNode secondBody = JSON.readTree(second.body());
    assertThat(secondBody.get("episodeId").asLong())
        .isEqualTo(JSON.readTree(first.body()).get("episodeId").asLong());
    assertThat(secondBody.get("effectiveInput").get("painPeak").asInt()).isEqualTo(4);
    assertThat(secondBody.get("disposition").asString()).isNotBlank();
    assertThat(secondBody.get("safetyNet").asString()).isNotBlank();
    assertThat(JSON.readTree(api.get("/api/v1/checkins").body())).hasSize(2);

    JsonNode analytics = JSON.readTree(api.get("/api/v1/analytics").body());
    assertThat(analytics.get("summary").get("workouts").asInt()).isEqualTo(workoutsAdded + 1);
    assertThat(analytics.get("days")).isNotEmpty();

    String export = api.get("/api/v1/export").body();
    assertThat(export)
        .contains("Pull day")
        .contains(email)
        .doesNotContain(password)
        .doesNotContain("pbkdf2");
    String csv = api.get("/api/v1/export.csv").body();
    assertThat(csv).startsWith("Date,Workout,Workout Name,Exercise").contains("felt fine");

    // Deleting the account needs a signed-in session and the password, never the token.
    assertThat(api.delete("/api/v1/account").statusCode()).isEqualTo(403);
    var web = new dev.backload.app.support.WebSession(port);
    web.login(email, password);
    web.get("/account");
    assertThat(
            web.sendJson("DELETE", "/api/v1/account", "{\"password\":\"" + password + "\"}")
                .statusCode())
        .isEqualTo(204);
    assertThat(api.get("/api/v1/workouts").statusCode()).isEqualTo(401);
    for (String table :
        jdbc.sql(
                "SELECT LOWER(table_name) FROM information_schema.columns"
                    + " WHERE LOWER(column_name) = 'account_id' AND LOWER(table_schema) = LOWER(CURRENT_SCHEMA)")
            .query(String.class)
            .list()) {
      assertThat(
              jdbc.sql("SELECT COUNT(*) FROM \"" + table + "\" WHERE account_id = :id")
                  .param("id", accountId)
                  .query(Long.class)
                  .single())
          .as("rows left in %s", table)
          .isZero();
    }
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM account WHERE id = :id")
                .param("id", accountId)
                .query(Long.class)
                .single())
        .isZero();
  }
}

@OnH2
class NewLifterJourneyApiH2Test extends NewLifterJourneyApiContract {}

@OnPostgres
class NewLifterJourneyApiPostgresTest extends NewLifterJourneyApiContract {}
