package dev.backload.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.app.support.ExportFiles;
import dev.backload.app.support.Http;
import dev.backload.app.support.LifterSession;
import dev.backload.app.support.OnH2;
import dev.backload.app.support.OnPostgres;
import dev.backload.app.support.TestClock;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * SECURITY.md section 1.I (personal access tokens) and issue 13 item 1, over real HTTP: tokens work
 * only on {@code /api/**}, within their scopes and until they expire; they can never do an
 * account-level action, nor leave a session behind.
 */
abstract class AccessTokenChecks {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Value("${local.server.port}")
  int port;

  @Autowired JdbcClient jdbc;
  @Autowired TestClock clock;
  @Autowired javax.sql.DataSource dataSource;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  /** Makes a token of the lifter by e-mail and password with extra request members. */
  private HttpResponse<String> createToken(LifterSession lifter, String extra) {
    return new Http(port)
        .postJson(
            "/api/v1/tokens",
            "{\"email\":\""
                + lifter.email()
                + "\",\"password\":\""
                + lifter.password()
                + "\",\"name\":\"scoped\""
                + extra
                + "}");
  }

  private Http tokenWith(LifterSession lifter, String scopes) {
    var created = createToken(lifter, ",\"scopes\":" + scopes);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return new Http(port).withToken(JSON.readTree(created.body()).get("token").asString());
  }

  private long tokenCount(LifterSession lifter) {
    return jdbc.sql(
            "SELECT COUNT(*) FROM access_token t JOIN account a ON a.id = t.account_id"
                + " WHERE a.email = :email AND t.revoked_at IS NULL")
        .param("email", lifter.email())
        .query(Long.class)
        .single();
  }

  private static void assertNoSession(HttpResponse<String> response) {
    assertThat(response.headers().allValues("Set-Cookie"))
        .as("a request with a token must not create a session: %s", response.uri())
        .isEmpty();
  }

  private static void assertProblem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
  }

  private static final String WORKOUT =
      "{\"date\":\"2026-11-20\",\"name\":\"Pull day\",\"sets\":[{\"exercise\":\"Deadlift\","
          + "\"weightKg\":100,\"reps\":5}]}";

  /**
   * The take-over path of old main: with a token alone, {@code POST /account/tokens} made a new
   * token and a session whose account page showed its secret. Now a token on a page path is 401,
   * creates nothing and sets no cookie.
   */
  @Test
  void item1_aTokenCannotMakeTokensThroughThePagesNorGetASession() {
    LifterSession lifter = LifterSession.signUp(port);
    long before = tokenCount(lifter);
    var form =
        lifter
            .api()
            .send(
                lifter
                    .api()
                    .request("/account/tokens")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("name=stolen"))
                    .build());
    assertProblem(form, 401);
    assertThat(form.body()).contains("/api/");
    assertNoSession(form);
    assertThat(tokenCount(lifter)).isEqualTo(before);

    var page = lifter.api().get("/account");
    assertProblem(page, 401);
    assertNoSession(page);
    assertThat(page.body()).doesNotContain("bl_");
  }

  @Test
  void item1_aTokenIsAcceptedOnlyUnderApi() {
    LifterSession lifter = LifterSession.signUp(port);
    assertThat(lifter.api().get("/api/v1/account").statusCode()).isEqualTo(200);
    for (String page : List.of("/", "/workouts", "/account", "/account/data", "/plan")) {
      var response = lifter.api().get(page);
      assertProblem(response, 401);
      assertNoSession(response);
    }
  }

  /** 1.I: PATs can't do account-level actions (deletion, tokens, password): each 403 or 401. */
  @Test
  void i_noAccountLevelActionsWithAToken() {
    LifterSession lifter = LifterSession.signUp(port);
    Http api = lifter.api();
    long tokenId = JSON.readTree(api.get("/api/v1/tokens").body()).get(0).get("id").asLong();

    var delete = api.delete("/api/v1/account");
    assertProblem(delete, 403);
    assertThat(delete.body()).contains("password").contains("session");
    assertNoSession(delete);
    assertThat(api.get("/api/v1/account").statusCode()).isEqualTo(200);

    var revoke = api.delete("/api/v1/tokens/" + tokenId);
    assertProblem(revoke, 403);
    assertThat(api.get("/api/v1/account").statusCode()).isEqualTo(200);

    long before = tokenCount(lifter);
    var create =
        api.postJson(
            "/api/v1/tokens",
            "{\"email\":\"" + lifter.email() + "\",\"password\":\"" + lifter.password() + "\"}");
    assertProblem(create, 403);
    assertThat(tokenCount(lifter)).isEqualTo(before);

    for (String path :
        List.of(
            "/account/password",
            "/account/delete",
            "/account/tokens",
            "/account/tokens/" + tokenId + "/revoke")) {
      var form =
          api.send(
              api.request(path)
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "currentPassword=x&newPassword=a+whole+new+passphrase&password=x"))
                  .build());
      assertProblem(form, 401);
      assertNoSession(form);
    }
    assertThat(tokenCount(lifter)).isEqualTo(before);
    assertThat(api.get("/api/v1/account").statusCode()).isEqualTo(200);
  }

  /** 1.I: scopes chosen at creation and enforced; a call outside them is 403 naming the scope. */
  @Test
  void i_scopesAreEnforced() {
    LifterSession lifter = LifterSession.signUp(port);
    Http read = tokenWith(lifter, "[\"read\"]");
    assertThat(read.get("/api/v1/workouts").statusCode()).isEqualTo(200);
    var write = read.postJson("/api/v1/workouts", WORKOUT);
    assertProblem(write, 403);
    assertThat(JSON.readTree(write.body()).get("scope").asString()).isEqualTo("write");
    assertThat(write.body()).contains("'write' scope");
    var put = read.putJson("/api/v1/account", "{\"weightUnit\":\"lb\"}");
    assertProblem(put, 403);
    var importing =
        read.postFile("/api/v1/imports", "strong.csv", ExportFiles.fixture("strong-classic.csv"));
    assertProblem(importing, 403);
    assertThat(JSON.readTree(importing.body()).get("scope").asString()).isEqualTo("import");
    assertThat(read.get("/api/v1/workouts").body()).doesNotContain("Pull day");
    assertNoSession(write);

    Http importOnly = tokenWith(lifter, "[\"import\"]");
    assertThat(
            importOnly
                .postFile(
                    "/api/v1/imports", "strong.csv", ExportFiles.fixture("strong-classic.csv"))
                .statusCode())
        .isEqualTo(201);
    var importReads = importOnly.get("/api/v1/workouts");
    assertProblem(importReads, 403);
    assertThat(JSON.readTree(importReads.body()).get("scope").asString()).isEqualTo("read");
    assertProblem(importOnly.postJson("/api/v1/workouts", WORKOUT), 403);

    Http writeOnly = tokenWith(lifter, "[\"write\"]");
    assertThat(writeOnly.postJson("/api/v1/workouts", WORKOUT).statusCode()).isEqualTo(201);
    assertProblem(writeOnly.get("/api/v1/export"), 403);

    Http both = tokenWith(lifter, "[\"read\",\"write\"]");
    assertThat(both.get("/api/v1/workouts").body()).contains("Pull day");
  }

  @Test
  void item1_scopesAndExpiryAreChosenAndChecked() {
    LifterSession lifter = LifterSession.signUp(port);
    var plain = createToken(lifter, "");
    assertThat(plain.statusCode()).isEqualTo(201);
    JsonNode body = JSON.readTree(plain.body());
    assertThat(body.get("scopes").toString()).isEqualTo("[\"read\",\"write\",\"import\"]");
    assertThat(OffsetDateTime.parse(body.get("expiresAt").asString()).toInstant())
        .isEqualTo(TestClock.START.plus(Duration.ofDays(90)));

    var chosen = createToken(lifter, ",\"scopes\":[\"import\",\"read\"],\"expiresInDays\":365");
    assertThat(chosen.statusCode()).isEqualTo(201);
    body = JSON.readTree(chosen.body());
    assertThat(body.get("scopes").toString()).isEqualTo("[\"read\",\"import\"]");
    assertThat(OffsetDateTime.parse(body.get("expiresAt").asString()).toInstant())
        .isEqualTo(TestClock.START.plus(Duration.ofDays(365)));
    String listed = lifter.api().get("/api/v1/tokens").body();
    assertThat(listed).contains("\"scopes\":[\"read\",\"import\"]").contains("\"expiresAt\"");

    long before = tokenCount(lifter);
    for (String wrong :
        List.of(
            ",\"scopes\":[\"admin\"]",
            ",\"scopes\":[]",
            ",\"scopes\":[\"read\",\"READ \"]",
            ",\"scopes\":\"read\"")) {
      var refused = createToken(lifter, wrong);
      assertProblem(refused, 400);
      assertThat(JSON.readTree(refused.body()).get("field").asString()).isEqualTo("scopes");
    }
    for (String wrong :
        List.of(
            ",\"expiresInDays\":0",
            ",\"expiresInDays\":366",
            ",\"expiresInDays\":-5",
            ",\"expiresInDays\":\"soon\"")) {
      var refused = createToken(lifter, wrong);
      assertProblem(refused, 400);
      assertThat(JSON.readTree(refused.body()).get("field").asString()).isEqualTo("expiresInDays");
    }
    assertThat(tokenCount(lifter)).isEqualTo(before);

    var page = lifter.get("/account").body();
    assertThat(page)
        .contains("read, import")
        .contains("expires " + TestClock.TODAY.plusDays(365))
        .contains("name=\"scopes\" value=\"write\"")
        .contains("name=\"expiresInDays\"");
  }

  /** 1.I: an expired token is 401 like a revoked one; expiry follows the injected clock. */
  @Test
  void i_anExpiredTokenIs401() {
    LifterSession lifter = LifterSession.signUp(port);
    var created = createToken(lifter, ",\"expiresInDays\":1");
    Http token = new Http(port).withToken(JSON.readTree(created.body()).get("token").asString());
    clock.advance(Duration.ofDays(1).minusSeconds(1));
    assertThat(token.get("/api/v1/account").statusCode()).isEqualTo(200);
    clock.advance(Duration.ofSeconds(1));
    var expired = token.get("/api/v1/account");
    assertProblem(expired, 401);
    assertThat(expired.body()).contains("expired");
    assertThat(lifter.get("/account").body()).contains("expired " + TestClock.TODAY.plusDays(1));
  }

  /**
   * Item 1, migration V10: tokens made before it keep every scope and expire 90 days after the
   * migration ran (the database's clock, not the application's). Runs the migrations up to V9 into
   * a schema of its own, stores a token there the old way, then migrates to the end.
   */
  @Test
  void item1_theMigrationGivesOldTokensAllScopesAndNinetyDays() {
    String schema = "v10check" + Long.toUnsignedString(System.nanoTime(), 36);
    var flyway =
        org.flywaydb.core.Flyway.configure()
            .dataSource(dataSource)
            .schemas(schema)
            .locations("classpath:db/migration");
    flyway.target("9").load().migrate();
    JdbcClient old = JdbcClient.create(dataSource);
    old.sql(
            "INSERT INTO \""
                + schema
                + "\".account (id, email, password_hash)"
                + " VALUES (1, 'old@example.org', 'x')")
        .update();
    old.sql(
            "INSERT INTO \""
                + schema
                + "\".access_token (account_id, name, token_hash) VALUES (1, 'old', :hash)")
        .param("hash", "a".repeat(64))
        .update();
    long before = System.currentTimeMillis();
    flyway.target("10").load().migrate();
    long after = System.currentTimeMillis();
    var row =
        old.sql("SELECT scopes, expires_at FROM \"" + schema + "\".access_token")
            .query(
                (rs, n) ->
                    Map.entry(
                        rs.getString("scopes"), rs.getObject("expires_at", OffsetDateTime.class)))
            .single();
    assertThat(row.getKey()).isEqualTo("read write import");
    long expires = row.getValue().toInstant().toEpochMilli();
    long ninety = Duration.ofDays(90).toMillis();
    assertThat(expires).isBetween(before + ninety - 60_000, after + ninety + 60_000);
    assertThat(
            old.sql("SELECT session_generation FROM \"" + schema + "\".account")
                .query(Integer.class)
                .single())
        .isZero();
    old.sql("DROP SCHEMA \"" + schema + "\" CASCADE").update();
  }

  /** 1.I: a token in the query string is never looked at. */
  @Test
  void i_aQueryStringTokenIs401() {
    LifterSession lifter = LifterSession.signUp(port);
    String secret = JSON.readTree(createToken(lifter, "").body()).get("token").asString();
    Http anonymous = new Http(port);
    assertThat(anonymous.get("/api/v1/account?access_token=" + secret).statusCode()).isEqualTo(401);
    assertThat(anonymous.get("/api/v1/workouts?token=" + secret).statusCode()).isEqualTo(401);
  }

  /** 1.I: stored only as SHA-256; no column of the token's row holds the secret. */
  @Test
  void i_storedOnlyAsAHash() {
    LifterSession lifter = LifterSession.signUp(port);
    String secret = JSON.readTree(createToken(lifter, "").body()).get("token").asString();
    List<Map<String, Object>> rows = jdbc.sql("SELECT * FROM access_token").query().listOfRows();
    assertThat(rows).isNotEmpty();
    assertThat(rows.toString()).doesNotContain(secret).doesNotContain(secret.substring(3));
  }

  /** 1.I: revocation takes effect on the next request. */
  @Test
  void i_revocationTakesEffectOnTheNextRequest() {
    LifterSession lifter = LifterSession.signUp(port);
    Http api = lifter.api();
    long tokenId = JSON.readTree(api.get("/api/v1/tokens").body()).get(0).get("id").asLong();
    assertThat(api.get("/api/v1/workouts").statusCode()).isEqualTo(200);
    lifter.get("/account");
    var revoked =
        lifter
            .web()
            .sendJson(
                "DELETE",
                "/api/v1/tokens/" + tokenId,
                "{\"password\":\"" + lifter.password() + "\"}");
    assertThat(revoked.statusCode()).isEqualTo(204);
    var next = api.get("/api/v1/workouts");
    assertProblem(next, 401);
    assertThat(next.body()).contains("revoked");
  }

  /** 1.I and item 1: no request with a token creates a session, whatever its outcome. */
  @Test
  void item1_aRequestWithATokenNeverCreatesASession() {
    LifterSession lifter = LifterSession.signUp(port);
    Http api = lifter.api();
    Http read = tokenWith(lifter, "[\"read\"]");
    List<HttpResponse<String>> responses =
        List.of(
            api.get("/api/v1/account"),
            api.get("/api/v1/export"),
            api.get("/api/v1/plan"),
            api.postJson("/api/v1/workouts", WORKOUT),
            api.postJson("/api/v1/workouts", "{\"date\":\"no\"}"),
            api.get("/api/v1/workouts/999999999"),
            api.postFile("/api/v1/imports", "strong.csv", ExportFiles.fixture("strong-new.csv")),
            api.delete("/api/v1/account"),
            read.postJson("/api/v1/workouts", WORKOUT),
            new Http(port).withToken("bl_unknown").get("/api/v1/account"),
            api.get("/login"),
            api.get("/account"));
    for (var response : responses) {
      assertNoSession(response);
    }
    assertThat(responses.get(0).statusCode()).isEqualTo(200);
    assertThat(responses.get(3).statusCode()).isEqualTo(201);
  }

  /** 1.I: bearer requests skip CSRF; cookie-only API writes without the CSRF token get 403. */
  @Test
  void i_bearerSkipsCsrfButACookieOnlyApiPostWithoutCsrfIs403() {
    LifterSession lifter = LifterSession.signUp(port);
    assertThat(lifter.api().postJson("/api/v1/workouts", WORKOUT).statusCode()).isEqualTo(201);

    String cookie = "JSESSIONID=" + lifter.web().sessionId();
    var noCsrf =
        new Http(port)
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/workouts"))
                    .header("Content-Type", "application/json")
                    .header("Cookie", cookie)
                    .POST(HttpRequest.BodyPublishers.ofString(WORKOUT))
                    .build());
    assertProblem(noCsrf, 403);
    assertThat(noCsrf.body()).contains("CSRF");

    lifter.get("/account");
    assertThat(lifter.web().sendJson("POST", "/api/v1/workouts", WORKOUT).statusCode())
        .isEqualTo(201);
  }
}

@OnH2
class AccessTokenChecksH2Test extends AccessTokenChecks {}

@OnPostgres
class AccessTokenChecksPostgresTest extends AccessTokenChecks {}
