package dev.backload.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.app.support.Http;
import dev.backload.app.support.OnH2;
import dev.backload.app.support.OnPostgres;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * SECURITY.md 1.A, authentication and passwords. Several checks are also covered in more detail by
 * the account contracts; these tests prove each check by its id, over HTTP.
 */
abstract class AuthenticationChecksContract {
  /** 44 letters and 20 emoji: 64 characters, 124 UTF-8 bytes (bcrypt would use only 72). */
  static final String SIXTY_FOUR = "lifting-heavy-things-slowly-is-good-for-you-" + "💪".repeat(20);

  @Value("${local.server.port}")
  int port;

  @Autowired JdbcClient jdbc;
  @Autowired UserDetailsService users;

  static String email() {
    return "auth-" + UUID.randomUUID() + "@example.org";
  }

  int signUp(String email, String password) {
    return new Http(port)
        .postJson(
            "/api/v1/accounts", "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}")
        .statusCode();
  }

  /** Whether the password opens the account: a token is issued for it. */
  boolean opens(String email, String password) {
    int status =
        new Http(port)
            .postJson(
                "/api/v1/tokens",
                "{\"email\":\"" + email + "\",\"password\":\"" + password + "\",\"name\":\"t\"}")
            .statusCode();
    assertThat(status).isIn(201, 401);
    return status == 201;
  }

  @Test
  void v6_2_1_elevenCharactersRefusedTwelveAccepted() {
    var eleven =
        new Http(port)
            .postJson(
                "/api/v1/accounts", "{\"email\":\"" + email() + "\",\"password\":\"elevenchars\"}");
    assertThat(eleven.statusCode()).isEqualTo(400);
    assertThat(eleven.body()).contains("\"field\":\"password\"").contains("12 to 128 characters");
    String email = email();
    assertThat(signUp(email, "twelve chars")).isEqualTo(201);
    assertThat(opens(email, "twelve chars")).isTrue();
  }

  @Test
  void v6_2_9_sixtyFourCharactersWithEmojiAcceptedAndUsable() {
    assertThat(SIXTY_FOUR.codePointCount(0, SIXTY_FOUR.length())).isEqualTo(64);
    assertThat(SIXTY_FOUR.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
        .isGreaterThan(72);
    String email = email();
    assertThat(signUp(email, SIXTY_FOUR)).isEqualTo(201);
    assertThat(opens(email, SIXTY_FOUR)).isTrue();
    // And through the login form, as a browser sends it.
    Caller browser = Caller.anonymous(port);
    browser.page("/login");
    var login =
        browser.form(
            "POST",
            "/login",
            "username=" + Caller.enc(email) + "&password=" + Caller.enc(SIXTY_FOUR),
            true);
    assertThat(login.statusCode()).isEqualTo(302);
    assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
  }

  @Test
  void v6_2_8_checkedExactlyAsTypedNoTruncationNoCaseFolding() {
    String password = "Backs-Are-Strong-" + "x".repeat(60) + "-And-Adapt-To-Load-1234";
    assertThat(password.length()).isGreaterThan(72);
    String email = email();
    assertThat(signUp(email, password)).isEqualTo(201);
    assertThat(opens(email, password.substring(0, 72))).isFalse();
    assertThat(opens(email, flipCase(password))).isFalse();
    assertThat(opens(email, password + " ")).isFalse();
    assertThat(opens(email, password)).isTrue();
    // The emoji password: its first 72 bytes are not enough either.
    String other = email();
    assertThat(signUp(other, SIXTY_FOUR)).isEqualTo(201);
    assertThat(opens(other, SIXTY_FOUR.substring(0, 44) + "💪".repeat(7))).isFalse();
  }

  @Test
  void v6_2_5_noCompositionRules() {
    for (String password :
        List.of("correcthorsebatt", "739184620573", "ЖЖЖЖЖЖЖЖЖЖЖЖЖЖ", "           x")) {
      String email = email();
      assertThat(signUp(email, password)).as(password).isEqualTo(201);
      assertThat(opens(email, password)).as(password).isTrue();
    }
  }

  @Test
  void v6_2_4_commonPasswordsRefusedAtSignUpAndChange() {
    for (String common : List.of("password1234", "Password1234", "PASSWORD1234")) {
      var refused =
          new Http(port)
              .postJson(
                  "/api/v1/accounts",
                  "{\"email\":\"" + email() + "\",\"password\":\"" + common + "\"}");
      assertThat(refused.statusCode()).as(common).isEqualTo(400);
      assertThat(refused.body()).contains("commonly used");
    }
    // 6.2.12: the same list applies to a change.
    Caller lifter = Caller.signUp(port);
    lifter.form(
        "POST",
        "/account/password",
        "currentPassword=" + Caller.enc(Caller.PASSWORD) + "&newPassword=password1234",
        true);
    assertThat(opens(lifter.email(), "password1234")).isFalse();
    assertThat(opens(lifter.email(), Caller.PASSWORD)).isTrue();
    assertThat(lifter.page("/account").body()).contains("commonly used");
  }

  @Test
  void v6_2_2_changingThePasswordNeedsTheCurrentOne() {
    Caller lifter = Caller.signUp(port);
    String next = "a brand new passphrase";
    var wrong =
        lifter.form(
            "POST",
            "/account/password",
            "currentPassword=not+the+password&newPassword=" + Caller.enc(next),
            true);
    assertThat(wrong.statusCode()).isIn(302, 303, 400);
    var missing = lifter.form("POST", "/account/password", "newPassword=" + Caller.enc(next), true);
    assertThat(missing.statusCode()).isBetween(300, 499);
    assertThat(opens(lifter.email(), next)).isFalse();
    assertThat(opens(lifter.email(), Caller.PASSWORD)).isTrue();

    lifter.page("/account");
    lifter.form(
        "POST",
        "/account/password",
        "currentPassword=" + Caller.enc(Caller.PASSWORD) + "&newPassword=" + Caller.enc(next),
        true);
    // 6.2.3: the new one works and the old one no longer does.
    assertThat(opens(lifter.email(), next)).isTrue();
    assertThat(opens(lifter.email(), Caller.PASSWORD)).isFalse();
  }

  @Test
  void v6_2_6_and_6_2_7_passwordInputsAreMaskedAndPasteAndManagersWork() {
    Caller lifter = Caller.signUp(port);
    Caller anonymous = Caller.anonymous(port);
    List<String> pages = new ArrayList<>();
    pages.add(anonymous.page("/login").body());
    pages.add(anonymous.page("/signup").body());
    pages.add(lifter.page("/account").body());
    pages.add(lifter.page("/account/delete").body());
    Pattern input = Pattern.compile("<input\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    List<String> autocompletes = new ArrayList<>();
    for (String page : pages) {
      assertThat(page.toLowerCase(Locale.ROOT)).doesNotContain("onpaste").doesNotContain("oncopy");
      Matcher m = input.matcher(page);
      int passwords = 0;
      while (m.find()) {
        String tag = m.group();
        if (tag.matches("(?is).*name=\"(password|passwordAgain|currentPassword|newPassword)\".*")) {
          passwords++;
          assertThat(tag).contains("type=\"password\"");
          String autocomplete = tag.replaceAll("(?is).*autocomplete=\"([^\"]*)\".*", "$1");
          assertThat(autocomplete).as(tag).isIn("current-password", "new-password");
          autocompletes.add(autocomplete);
        }
      }
      assertThat(passwords).as("password inputs on a page").isPositive();
    }
    assertThat(autocompletes).contains("current-password", "new-password");
  }

  @Test
  void v11_4_2_storedHashIsPbkdf2AndNeverThePassword() {
    String email = email();
    assertThat(signUp(email, SIXTY_FOUR)).isEqualTo(201);
    String stored =
        jdbc.sql("SELECT password_hash FROM account WHERE email = :e")
            .param("e", email)
            .query(String.class)
            .single();
    assertThat(stored).startsWith("{pbkdf2@SpringSecurity_v5_8}").doesNotContain(SIXTY_FOUR);
    assertThat(stored).doesNotContain("lifting-heavy");
    // Salted: the same password gives another hash.
    String again = email();
    assertThat(signUp(again, SIXTY_FOUR)).isEqualTo(201);
    assertThat(
            jdbc.sql("SELECT password_hash FROM account WHERE email = :e")
                .param("e", again)
                .query(String.class)
                .single())
        .isNotEqualTo(stored);
  }

  @Test
  void v11_4_2_aLegacyBcryptHashIsUpgradedAtLogin() {
    String email = email();
    assertThat(signUp(email, "an old bcrypt passphrase")).isEqualTo(201);
    jdbc.sql("UPDATE account SET password_hash = :h WHERE email = :e")
        .param(
            "h",
            "{bcrypt}"
                + new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder()
                    .encode("an old bcrypt passphrase"))
        .param("e", email)
        .update();
    Caller browser = Caller.anonymous(port);
    browser.page("/login");
    var login =
        browser.form(
            "POST",
            "/login",
            "username=" + Caller.enc(email) + "&password=" + Caller.enc("an old bcrypt passphrase"),
            true);
    assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
    assertThat(
            jdbc.sql("SELECT password_hash FROM account WHERE email = :e")
                .param("e", email)
                .query(String.class)
                .single())
        .startsWith("{pbkdf2@SpringSecurity_v5_8}");
    assertThat(opens(email, "an old bcrypt passphrase")).isTrue();
  }

  @Test
  void v6_2_10_noForcedRotation() {
    String email = email();
    assertThat(signUp(email, "a sturdy passphrase")).isEqualTo(201);
    var user = users.loadUserByUsername(email);
    assertThat(user.isCredentialsNonExpired()).isTrue();
    assertThat(user.isAccountNonExpired()).isTrue();
  }

  static String flipCase(String s) {
    StringBuilder out = new StringBuilder();
    s.codePoints()
        .forEach(
            c ->
                out.appendCodePoint(
                    Character.isUpperCase(c)
                        ? Character.toLowerCase(c)
                        : Character.toUpperCase(c)));
    return out.toString();
  }
}

@OnH2
class AuthenticationChecksH2Test extends AuthenticationChecksContract {}

@OnPostgres
class AuthenticationChecksPostgresTest extends AuthenticationChecksContract {}
