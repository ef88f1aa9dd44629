package dev.backload.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.app.support.OnH2;
import dev.backload.app.support.OnPostgres;
import dev.backload.app.support.TestClock;
import dev.backload.app.support.WebSession;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** Sign-up, login, logout and the account page, as a browser would use them. */
abstract class AccountPagesContract {
  @Value("${local.server.port}")
  int port;

  @Autowired TestClock clock;

  private static String email() {
    return "page-" + UUID.randomUUID() + "@example.org";
  }

  @Test
  void signUpLogsInWithANewSessionId() {
    WebSession web = new WebSession(port);
    web.get("/signup");
    String before = web.sessionId();
    var response =
        web.post(
            "/signup",
            "email",
            email(),
            "password",
            "a sturdy passphrase",
            "passwordAgain",
            "a sturdy passphrase");
    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(web.sessionId()).isNotNull().isNotEqualTo(before);
    assertThat(web.get("/account").statusCode()).isEqualTo(200);
  }

  @Test
  void signUpExplainsAWeakPasswordAndATakenEmail() {
    WebSession web = new WebSession(port);
    web.get("/signup");
    var weak = web.post("/signup", "email", email(), "password", "short", "passwordAgain", "short");
    assertThat(weak.statusCode()).isEqualTo(200);
    assertThat(weak.body()).contains("12 to 128 characters");
    String email = email();
    web.post(
        "/signup",
        "email",
        email,
        "password",
        "a sturdy passphrase",
        "passwordAgain",
        "a sturdy passphrase");
    WebSession other = new WebSession(port);
    other.get("/signup");
    var taken =
        other.post(
            "/signup",
            "email",
            email,
            "password",
            "another passphrase",
            "passwordAgain",
            "another passphrase");
    assertThat(taken.body()).contains("already exists");
  }

  @Test
  void loginChangesTheSessionIdAndLogoutEndsTheSession() {
    String email = email();
    WebSession web = new WebSession(port);
    web.get("/signup");
    web.post(
        "/signup",
        "email",
        email,
        "password",
        "a sturdy passphrase",
        "passwordAgain",
        "a sturdy passphrase");
    web.get("/account");
    web.post("/logout");
    assertThat(web.get("/account").statusCode()).isEqualTo(302);

    web.get("/login");
    String before = web.sessionId();
    var login = web.post("/login", "username", email, "password", "a sturdy passphrase");
    assertThat(login.statusCode()).isEqualTo(302);
    assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
    assertThat(web.sessionId()).isNotEqualTo(before);
    assertThat(web.get("/account").body()).contains(email);
  }

  @Test
  void formPostsWithoutTheCsrfTokenAreRefused() {
    WebSession web = new WebSession(port);
    web.get("/signup");
    var response =
        web.postRaw("/signup", Map.of("email", email(), "password", "a sturdy passphrase"));
    assertThat(response.statusCode()).isEqualTo(403);
  }

  @Test
  void repeatedFailedLoginsAreThrottledWith429() {
    String email = email();
    WebSession web = new WebSession(port);
    web.get("/signup");
    web.post(
        "/signup",
        "email",
        email,
        "password",
        "a sturdy passphrase",
        "passwordAgain",
        "a sturdy passphrase");
    WebSession attacker = new WebSession(port);
    for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
      var wrong = attacker.login(email, "wrong guess number " + i);
      assertThat(wrong.headers().firstValue("Location").orElse("")).contains("error");
    }
    var blocked = attacker.login(email, "a sturdy passphrase");
    assertThat(blocked.statusCode()).isEqualTo(429);
    assertThat(blocked.headers().firstValue("Retry-After")).isPresent();
    try {
      clock.advance(LoginThrottle.WINDOW);
      var later = attacker.login(email, "a sturdy passphrase");
      assertThat(later.statusCode()).isEqualTo(302);
      assertThat(later.headers().firstValue("Location").orElse("")).doesNotContain("error");
    } finally {
      clock.reset();
    }
  }

  @Test
  void theAccountPageCreatesAndRevokesATokenAndSavesPreferences() {
    WebSession web = new WebSession(port);
    web.get("/signup");
    web.post(
        "/signup",
        "email",
        email(),
        "password",
        "a sturdy passphrase",
        "passwordAgain",
        "a sturdy passphrase");
    web.get("/account");
    web.postRepeated(
        "/account/tokens",
        "name",
        "my script",
        "scopes",
        "read",
        "scopes",
        "import",
        "expiresInDays",
        "30",
        "password",
        "a sturdy passphrase");
    var page = web.get("/account");
    assertThat(page.body()).contains("my script").contains("bl_").contains("read, import");
    assertThat(web.get("/account").body()).doesNotContain("bl_"); // shown once only
    web.post("/account/preferences", "weightUnit", "lb", "timeZone", "America/Chicago");
    var saved = web.get("/account").body();
    assertThat(saved).contains("value=\"lb\" checked");
    assertThat(saved).containsPattern("value=\"America/Chicago\"\\s+selected");
  }

  @Test
  void theAccountPageNamesAnUnnamedTokenAndRefusesALongName() {
    WebSession web = new WebSession(port);
    web.get("/signup");
    web.post(
        "/signup",
        "email",
        email(),
        "password",
        "a sturdy passphrase",
        "passwordAgain",
        "a sturdy passphrase");
    web.get("/account");
    web.post(
        "/account/tokens",
        "name",
        "x".repeat(101),
        "scopes",
        "read",
        "password",
        "a sturdy passphrase");
    assertThat(web.get("/account").body()).contains("100 characters").contains("No tokens yet");
    web.post("/account/tokens", "name", "  ", "scopes", "read", "password", "a sturdy passphrase");
    assertThat(web.get("/account").body()).contains("API token");
  }

  @Test
  void changingThePasswordNeedsTheCurrentOne() {
    String email = email();
    WebSession web = new WebSession(port);
    web.get("/signup");
    web.post(
        "/signup",
        "email",
        email,
        "password",
        "a sturdy passphrase",
        "passwordAgain",
        "a sturdy passphrase");
    web.get("/account");
    web.post(
        "/account/password",
        "currentPassword",
        "not the password",
        "newPassword",
        "a brand new passphrase");
    assertThat(web.get("/account").body()).contains("current password is not right");
    web.post(
        "/account/password",
        "currentPassword",
        "a sturdy passphrase",
        "newPassword",
        "a brand new passphrase");
    WebSession again = new WebSession(port);
    var login = again.login(email, "a brand new passphrase");
    assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
  }
}

@OnH2
class AccountPagesH2Test extends AccountPagesContract {}

@OnPostgres
class AccountPagesPostgresTest extends AccountPagesContract {}
