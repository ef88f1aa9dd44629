package dev.backload.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.app.support.Http;
import dev.backload.app.support.LifterSession;
import dev.backload.app.support.OnH2;
import dev.backload.app.support.OnPostgres;
import dev.backload.app.support.TestClock;
import dev.backload.app.support.WebSession;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Deleting an account deletes every row of it, in every table: the tables are found by walking the
 * schema for an {@code account_id} column, so tables added later are checked too. If this test
 * fails because a new table has no rows of the test account, make {@link #logSomething} create
 * some.
 */
abstract class AccountDeletionContract {
  @Value("${local.server.port}")
  int port;

  @Autowired JdbcClient jdbc;

  /** Every base table of the application's schema with an {@code account_id} column. */
  List<String> accountTables() {
    return jdbc.sql(
            "SELECT LOWER(c.table_name) FROM information_schema.columns c"
                + " JOIN information_schema.tables t"
                + " ON t.table_schema = c.table_schema AND t.table_name = c.table_name"
                + " WHERE LOWER(c.column_name) = 'account_id' AND t.table_type = 'BASE TABLE'"
                + " AND LOWER(c.table_schema) = LOWER(CURRENT_SCHEMA)"
                + " ORDER BY 1")
        .query(String.class)
        .list();
  }

  /** Rows referencing the account, per table (the account row itself under {@code account}). */
  Map<String, Long> rowsOf(long accountId) {
    Map<String, Long> rows = new LinkedHashMap<>();
    rows.put(
        "account",
        jdbc.sql("SELECT COUNT(*) FROM account WHERE id = :id")
            .param("id", accountId)
            .query(Long.class)
            .single());
    for (String table : accountTables()) {
      rows.put(
          table,
          jdbc.sql("SELECT COUNT(*) FROM \"" + table + "\" WHERE account_id = :id")
              .param("id", accountId)
              .query(Long.class)
              .single());
    }
    return rows;
  }

  /**
   * Gives the account rows in every table (it already has a token): a deadlift workout with its
   * sets and pain answers, a check-in with pain (which opens an episode), the health profile, an
   * import with a skipped row, a screen, an assessment and a workout started from the plan.
   */
  void logSomething(Http api) {
    String day = TestClock.TODAY.minusDays(2).toString();
    var created =
        api.postJson(
            "/api/v1/workouts",
            "{\"date\":\""
                + day
                + "\",\"name\":\"canary-workout\",\"sets\":[{\"exercise\":\"Deadlift\","
                + "\"weightKg\":100,\"reps\":5,\"note\":\"canary-note\"}]}");
    assertThat(created.statusCode()).isEqualTo(201);
    String workoutId = created.body().replaceAll("^\\{\"id\":(\\d+).*", "$1");
    assertThat(
            api.postJson(
                    "/api/v1/monitoring",
                    "{\"workoutId\":" + workoutId + ",\"baseline\":1,\"during\":3}")
                .statusCode())
        .isIn(200, 201);
    assertThat(
            api.postJson(
                    "/api/v1/assessments",
                    "{\"assessedBy\":\"GP\",\"outcome\":\"CLEARED_TO_TRAIN\"}")
                .statusCode())
        .isEqualTo(201);
    assertThat(api.postJson("/api/v1/checkins", "{\"painNow\":3}").statusCode()).isEqualTo(201);
    assertThat(api.putJson("/api/v1/profile", "{\"age\":40}").statusCode()).isEqualTo(200);
    assertThat(
            api.postFile(
                    "/api/v1/imports",
                    "strong-bad-reps.csv",
                    dev.backload.app.support.ExportFiles.fixture("strong-bad-reps.csv"),
                    "skipBadRows",
                    "true")
                .statusCode())
        .isEqualTo(201);
    assertThat(api.putJson("/api/v1/screen", "{\"sidePlankLeftS\":45}").statusCode())
        .isEqualTo(200);
    assertThat(api.postJson("/api/v1/plan/workout", "").statusCode()).isEqualTo(201);
  }

  long idOf(Http api) {
    String body = api.get("/api/v1/account").body();
    return Long.parseLong(body.replaceAll(".*\"id\":(\\d+).*", "$1"));
  }

  private void assertRowsEverywhere(Map<String, Long> rows) {
    assertThat(rows.keySet()).contains("account", "access_token", "workout", "training_set");
    rows.forEach(
        (table, count) ->
            assertThat(count)
                .as("rows of the test account in %s (extend logSomething for new tables)", table)
                .isPositive());
  }

  private static void assertNoRows(Map<String, Long> rows) {
    rows.forEach((table, count) -> assertThat(count).as("rows left in %s", table).isZero());
  }

  @Test
  void theApiDeletesEveryRowOfTheAccountAndTheTokenStopsAtOnce() {
    LifterSession aliceSession = LifterSession.signUp(port);
    Http alice = aliceSession.api();
    Http bob = new Http(port).signUp();
    logSomething(alice);
    logSomething(bob);
    long aliceId = idOf(alice);
    long bobId = idOf(bob);
    assertRowsEverywhere(rowsOf(aliceId));
    Map<String, Long> bobBefore = rowsOf(bobId);
    assertRowsEverywhere(bobBefore);
    String bobExport = bob.get("/api/v1/export.csv").body();

    assertThat(alice.delete("/api/v1/account").statusCode()).isEqualTo(403);
    assertRowsEverywhere(rowsOf(aliceId));
    assertThat(aliceSession.deleteAccountByApi().statusCode()).isEqualTo(204);

    assertThat(alice.get("/api/v1/account").statusCode()).isEqualTo(401);
    assertThat(alice.get("/api/v1/workouts").statusCode()).isEqualTo(401);
    assertNoRows(rowsOf(aliceId));
    assertThat(rowsOf(bobId)).isEqualTo(bobBefore);
    assertThat(bob.get("/api/v1/export.csv").body()).isEqualTo(bobExport);
  }

  @Test
  void thePageAsksForThePasswordThenDeletesLogsOutAndSaysGoodbye() {
    LifterSession alice = LifterSession.signUp(port);
    logSomething(alice.api());
    long aliceId = idOf(alice.api());
    Map<String, Long> before = rowsOf(aliceId);
    assertRowsEverywhere(before);

    var page = alice.get("/account/delete");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("type=\"password\"").contains("Delete my account");

    var wrong = alice.post("/account/delete", Map.of("password", "not my password at all"));
    assertThat(wrong.statusCode()).isEqualTo(400);
    assertThat(wrong.body()).contains("nothing was deleted");
    assertThat(rowsOf(aliceId)).isEqualTo(before);

    var noCsrf = alice.postRaw("/account/delete", Map.of("password", alice.password()));
    assertThat(noCsrf.statusCode()).isEqualTo(403);
    assertThat(rowsOf(aliceId)).isEqualTo(before);

    alice.get("/account/delete");
    var done = alice.post("/account/delete", Map.of("password", alice.password()));
    assertThat(done.statusCode()).isEqualTo(200);
    assertThat(done.body())
        .contains("Your account is deleted")
        .contains("Log in")
        .doesNotContain("id=\"tab-bar\"", "Sign out");
    assertNoRows(rowsOf(aliceId));

    var after = alice.get("/workouts");
    assertThat(after.statusCode()).isEqualTo(302);
    assertThat(after.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    assertThat(alice.api().get("/api/v1/account").statusCode()).isEqualTo(401);
  }

  @Test
  void otherSessionsOfADeletedAccountEndAtTheirNextRequest() {
    LifterSession browser = LifterSession.signUp(port);
    WebSession other = new WebSession(port);
    other.login(browser.email(), browser.password());
    assertThat(other.get("/account/data").statusCode()).isEqualTo(200);
    assertThat(browser.deleteAccountByApi().statusCode()).isEqualTo(204);
    var next = other.get("/account/data");
    assertThat(next.statusCode()).isEqualTo(302);
    assertThat(next.headers().firstValue("Location").orElseThrow()).endsWith("/login");
  }
}

@OnH2
class AccountDeletionH2Test extends AccountDeletionContract {}

@OnPostgres
class AccountDeletionPostgresTest extends AccountDeletionContract {}
