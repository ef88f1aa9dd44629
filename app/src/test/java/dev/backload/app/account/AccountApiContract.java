package dev.backload.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.app.support.Http;
import dev.backload.app.support.LifterSession;
import dev.backload.app.support.OnH2;
import dev.backload.app.support.OnPostgres;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The account and token API contract of the lifter's-app issue, over real HTTP. */
abstract class AccountApiContract {
  @Value("${local.server.port}")
  int port;

  @Autowired JdbcClient jdbc;

  private static String email() {
    return "api-" + UUID.randomUUID() + "@example.org";
  }

  private static String body(String email, String password) {
    return "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}";
  }

  @Test
  void signUpThenTokenThenUseIt() {
    Http http = new Http(port);
    String email = email();
    var created = http.postJson("/api/v1/accounts", body(email, "a sturdy passphrase"));
    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(created.body()).contains(email).doesNotContain("password").doesNotContain("hash");

    var token =
        http.postJson(
            "/api/v1/tokens",
            "{\"email\":\""
                + email
                + "\",\"password\":\"a sturdy passphrase\",\"name\":\"laptop\"}");
    assertThat(token.statusCode()).isEqualTo(201);
    String secret = token.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
    assertThat(secret).startsWith("bl_");
    // Only the hash is stored.
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM access_token WHERE token_hash = :t")
                .param("t", secret)
                .query(Long.class)
                .single())
        .isZero();

    var me = http.withToken(secret).get("/api/v1/account");
    assertThat(me.statusCode()).isEqualTo(200);
    assertThat(me.body()).contains(email).contains("\"weightUnit\":\"kg\"");
  }

  @Test
  void aTakenEmailIs409AndAWeakPasswordIs400WithTheRule() {
    Http http = new Http(port);
    String email = email();
    assertThat(http.postJson("/api/v1/accounts", body(email, "a sturdy passphrase")).statusCode())
        .isEqualTo(201);
    var again = http.postJson("/api/v1/accounts", body(email.toUpperCase(), "another passphrase"));
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.headers().firstValue("Content-Type")).hasValue("application/problem+json");

    var weak = http.postJson("/api/v1/accounts", body(email(), "short"));
    assertThat(weak.statusCode()).isEqualTo(400);
    assertThat(weak.body()).contains("\"field\":\"password\"").contains("12 to 128 characters");

    var common = http.postJson("/api/v1/accounts", body(email(), "Password12345"));
    assertThat(common.statusCode()).isEqualTo(400);
    assertThat(common.body()).contains("commonly used");

    var badEmail = http.postJson("/api/v1/accounts", body("not-an-email", "a sturdy passphrase"));
    assertThat(badEmail.statusCode()).isEqualTo(400);
    assertThat(badEmail.body()).contains("\"field\":\"email\"");
  }

  @Test
  void aWrongPasswordGets401AndAnUnknownTokenGets401() {
    Http http = new Http(port);
    String email = email();
    http.postJson("/api/v1/accounts", body(email, "a sturdy passphrase"));
    var wrong =
        http.postJson(
            "/api/v1/tokens",
            "{\"email\":\"" + email + "\",\"password\":\"not it at all\",\"name\":\"x\"}");
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(http.withToken("bl_nope").get("/api/v1/account").statusCode()).isEqualTo(401);
    assertThat(http.get("/api/v1/account").statusCode()).isEqualTo(401);
    assertThat(http.get("/api/v1/account?access_token=bl_x").statusCode()).isEqualTo(401);
  }

  @Test
  void tokensAreListedAndRevokedOnlyByTheirOwner() {
    LifterSession alice = LifterSession.signUp(port);
    LifterSession bob = LifterSession.signUp(port);
    String list = alice.api().get("/api/v1/tokens").body();
    assertThat(list)
        .contains("\"name\":\"test\"")
        .contains("\"scopes\":[\"read\",\"write\",\"import\"]")
        .contains("\"expiresAt\"")
        .doesNotContain("bl_");
    long id = Long.parseLong(list.replaceAll("(?s).*\"id\":(\\d+).*", "$1"));
    String bobPassword = "{\"password\":\"" + bob.password() + "\"}";
    bob.get("/account");
    assertThat(bob.web().sendJson("DELETE", "/api/v1/tokens/" + id, bobPassword).statusCode())
        .isEqualTo(404);
    assertThat(alice.api().get("/api/v1/account").statusCode()).isEqualTo(200);
    String alicePassword = "{\"password\":\"" + alice.password() + "\"}";
    alice.get("/account");
    assertThat(alice.web().sendJson("DELETE", "/api/v1/tokens/" + id, alicePassword).statusCode())
        .isEqualTo(204);
    assertThat(alice.api().get("/api/v1/account").statusCode()).isEqualTo(401);
  }

  @Test
  void aTokenNameIsOptionalAndAtMost100Characters() {
    Http http = new Http(port);
    String email = email();
    http.postJson("/api/v1/accounts", body(email, "a sturdy passphrase"));
    var unnamed = http.postJson("/api/v1/tokens", body(email, "a sturdy passphrase"));
    assertThat(unnamed.statusCode()).isEqualTo(201);
    assertThat(unnamed.body()).contains("\"name\":\"API token\"");
    var tooLong =
        http.postJson(
            "/api/v1/tokens",
            "{\"email\":\""
                + email
                + "\",\"password\":\"a sturdy passphrase\",\"name\":\""
                + "x".repeat(101)
                + "\"}");
    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(tooLong.body()).contains("\"field\":\"name\"").contains("100 characters");
  }

  @Test
  void preferencesAreValidated() {
    Http lifter = new Http(port).signUp();
    var ok =
        lifter.putJson("/api/v1/account", "{\"weightUnit\":\"lb\",\"timeZone\":\"Europe/Berlin\"}");
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.body()).contains("\"weightUnit\":\"lb\"").contains("Europe/Berlin");
    var bad = lifter.putJson("/api/v1/account", "{\"weightUnit\":\"stone\"}");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("\"field\":\"weightUnit\"");
    var unknown = lifter.putJson("/api/v1/account", "{\"weightUnit\":\"kg\",\"role\":\"ADMIN\"}");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("\"field\":\"role\"");
  }

  @Test
  void cookieSessionsCannotPostToTheApiWithoutCsrf() {
    // No bearer token and no CSRF token: a would-be cross-site request is refused.
    var response =
        new Http(port)
            .send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + port + "/api/v1/account"))
                    .header("Content-Type", "application/json")
                    .header("Cookie", "JSESSIONID=forged")
                    .PUT(
                        java.net.http.HttpRequest.BodyPublishers.ofString(
                            "{\"weightUnit\":\"lb\"}"))
                    .build());
    assertThat(response.statusCode()).isIn(401, 403);
  }
}

@OnH2
class AccountApiH2Test extends AccountApiContract {}

@OnPostgres
class AccountApiPostgresTest extends AccountApiContract {}
