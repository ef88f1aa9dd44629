package dev.backload.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.app.support.Http;
import dev.backload.app.support.LifterSession;
import dev.backload.app.support.OnH2;
import dev.backload.app.support.OnPostgres;
import dev.backload.app.support.WebSession;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * SECURITY.md section 1.B (session management) and issue 13 item 8, over real HTTP: deleting the
 * account or changing the password ends the other sessions and the tokens; account-level actions
 * need the password again; the session id changes at every login; logout ends the session.
 */
abstract class SessionChecks {
  @Value("${local.server.port}")
  int port;

  @Autowired JdbcClient jdbc;

  private static final String NEW_PASSWORD = "an entirely new passphrase";

  /** A second, independent login session of the same account. */
  private WebSession secondSession(LifterSession lifter) {
    WebSession other = new WebSession(port);
    var login = other.login(lifter.email(), lifter.password());
    assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
    assertThat(other.get("/account").statusCode()).isEqualTo(200);
    return other;
  }

  private static void assertSignedOut(HttpResponse<String> response) {
    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login");
  }

  private long liveTokens(String email) {
    return jdbc.sql(
            "SELECT COUNT(*) FROM access_token t JOIN account a ON a.id = t.account_id"
                + " WHERE a.email = :email AND t.revoked_at IS NULL")
        .param("email", email)
        .query(Long.class)
        .single();
  }

  /** 7.4.2: deleting the account in one session ends the other session and the token. */
  @Test
  void v7_4_2_deletionEndsOtherSessionsAndTokens() {
    LifterSession lifter = LifterSession.signUp(port);
    WebSession other = secondSession(lifter);
    assertThat(lifter.api().get("/api/v1/account").statusCode()).isEqualTo(200);

    lifter.get("/account/delete");
    assertThat(lifter.post("/account/delete", Map.of("password", lifter.password())).statusCode())
        .isEqualTo(200);

    assertSignedOut(other.get("/account"));
    assertThat(other.sendJson("GET", "/api/v1/account", "").statusCode()).isEqualTo(401);
    assertThat(lifter.api().get("/api/v1/account").statusCode()).isEqualTo(401);
    assertSignedOut(lifter.get("/account"));
  }

  /**
   * 7.4.3 and item 8: after a password change every other session and every token has ended; the
   * session that changed it stays signed in (under a new session id).
   */
  @Test
  void v7_4_3_passwordChangeEndsOtherSessionsAndTokens() {
    LifterSession lifter = LifterSession.signUp(port);
    WebSession other = secondSession(lifter);
    WebSession third = secondSession(lifter);
    Http token = lifter.api();
    assertThat(token.get("/api/v1/account").statusCode()).isEqualTo(200);
    assertThat(liveTokens(lifter.email())).isEqualTo(1);
    String before = lifter.web().sessionId();

    lifter.get("/account");
    var changed =
        lifter.post(
            "/account/password",
            Map.of("currentPassword", lifter.password(), "newPassword", NEW_PASSWORD));
    assertThat(changed.statusCode()).isEqualTo(302);

    var own = lifter.get("/account");
    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(own.body()).contains("Password changed").contains("No tokens yet");
    assertThat(lifter.web().sessionId()).isNotEqualTo(before);

    assertSignedOut(other.get("/account"));
    assertThat(third.sendJson("GET", "/api/v1/workouts", "").statusCode()).isEqualTo(401);
    assertThat(token.get("/api/v1/account").statusCode()).isEqualTo(401);
    assertThat(liveTokens(lifter.email())).isZero();

    // The new password signs in as usual, and that new session is valid.
    WebSession fresh = new WebSession(port);
    fresh.login(lifter.email(), NEW_PASSWORD);
    assertThat(fresh.get("/account").statusCode()).isEqualTo(200);
    assertThat(lifter.get("/workouts").statusCode()).isEqualTo(200);
  }

  /** 7.4.3: a wrong current password changes nothing and ends nothing. */
  @Test
  void v7_4_3_aRefusedPasswordChangeEndsNothing() {
    LifterSession lifter = LifterSession.signUp(port);
    WebSession other = secondSession(lifter);
    lifter.get("/account");
    lifter.post(
        "/account/password",
        Map.of("currentPassword", "not the password at all", "newPassword", NEW_PASSWORD));
    assertThat(lifter.get("/account").body()).contains("current password is not right");
    assertThat(other.get("/account").statusCode()).isEqualTo(200);
    assertThat(lifter.api().get("/api/v1/account").statusCode()).isEqualTo(200);
  }

  /**
   * 7.5.1: account-level actions by a session need the password again: creating and revoking tokens
   * on the account page, deleting the account and revoking a token over the API.
   */
  @Test
  void v7_5_1_accountActionsNeedThePasswordAgain() {
    LifterSession lifter = LifterSession.signUp(port);
    WebSession web = lifter.web();
    long tokenId =
        jdbc.sql(
                "SELECT t.id FROM access_token t JOIN account a ON a.id = t.account_id"
                    + " WHERE a.email = :email")
            .param("email", lifter.email())
            .query(Long.class)
            .single();

    web.get("/account");
    web.postRepeated("/account/tokens", "name", "no password", "scopes", "read");
    assertThat(web.get("/account").body())
        .contains("password is not right")
        .doesNotContain("no password");
    web.postRepeated(
        "/account/tokens", "name", "wrong", "scopes", "read", "password", "not my password");
    assertThat(web.get("/account").body()).doesNotContain("bl_");
    assertThat(liveTokens(lifter.email())).isEqualTo(1);

    web.post("/account/tokens/" + tokenId + "/revoke", "password", "not my password");
    assertThat(web.get("/account").body()).contains("token was not revoked");
    assertThat(liveTokens(lifter.email())).isEqualTo(1);

    var apiRevoke = web.sendJson("DELETE", "/api/v1/tokens/" + tokenId, "");
    assertThat(apiRevoke.statusCode()).isEqualTo(400);
    assertThat(apiRevoke.body()).contains("\"field\":\"password\"");
    var apiDelete = web.sendJson("DELETE", "/api/v1/account", "{\"password\":\"not my password\"}");
    assertThat(apiDelete.statusCode()).isEqualTo(400);
    assertThat(apiDelete.body()).contains("\"field\":\"password\"").contains("nothing was deleted");
    assertThat(lifter.api().get("/api/v1/account").statusCode()).isEqualTo(200);

    web.get("/account");
    web.post("/account/tokens/" + tokenId + "/revoke", "password", lifter.password());
    assertThat(web.get("/account").body()).contains("Token revoked.");
    assertThat(liveTokens(lifter.email())).isZero();
    web.postRepeated(
        "/account/tokens",
        "name",
        "with password",
        "scopes",
        "read",
        "password",
        lifter.password());
    assertThat(web.get("/account").body()).contains("with password").contains("bl_");
    assertThat(liveTokens(lifter.email())).isEqualTo(1);
  }

  /** 7.2.4: a new session id at login; the id from before login is not signed in. */
  @Test
  void v7_2_4_newSessionIdAtLogin() {
    LifterSession lifter = LifterSession.signUp(port);
    WebSession web = new WebSession(port);
    web.get("/login");
    String before = web.sessionId();
    assertThat(before).isNotNull();
    web.post("/login", "username", lifter.email(), "password", lifter.password());
    String after = web.sessionId();
    assertThat(after).isNotNull().isNotEqualTo(before);
    assertThat(web.get("/account").statusCode()).isEqualTo(200);
    assertSignedOut(withCookie(before, "/account"));
  }

  /** 7.2.4: sign-up logs the person in under a new session id. */
  @Test
  void v7_2_4_newSessionIdAfterSignUp() {
    WebSession web = new WebSession(port);
    web.get("/signup");
    String before = web.sessionId();
    assertThat(before).isNotNull();
    var signedUp =
        web.post(
            "/signup",
            "email",
            "session-" + UUID.randomUUID() + "@example.org",
            "password",
            "a sturdy passphrase",
            "passwordAgain",
            "a sturdy passphrase");
    assertThat(signedUp.statusCode()).isEqualTo(302);
    assertThat(web.sessionId()).isNotNull().isNotEqualTo(before);
    assertThat(web.get("/account").statusCode()).isEqualTo(200);
    assertSignedOut(withCookie(before, "/account"));
  }

  /** 7.4.1: logout invalidates the session on the server; replaying its cookie is signed out. */
  @Test
  void v7_4_1_logoutInvalidatesTheSession() {
    LifterSession lifter = LifterSession.signUp(port);
    String id = lifter.web().sessionId();
    assertThat(withCookie(id, "/account").statusCode()).isEqualTo(200);
    lifter.get("/account");
    assertThat(lifter.post("/logout", Map.of()).statusCode()).isEqualTo(302);
    assertSignedOut(withCookie(id, "/account"));
  }

  private HttpResponse<String> withCookie(String sessionId, String path) {
    Http http = new Http(port);
    return http.send(
        http.request(path)
            .header("Cookie", "JSESSIONID=" + sessionId)
            .header("Accept", "text/html")
            .GET()
            .build());
  }
}

@OnH2
class SessionChecksH2Test extends SessionChecks {}

@OnPostgres
class SessionChecksPostgresTest extends SessionChecks {}
