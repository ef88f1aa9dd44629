package dev.backload.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.app.account.AccountDeletion;
import dev.backload.app.imports.UploadStore;
import dev.backload.app.support.OnH2;
import dev.backload.app.support.OnPostgres;
import dev.backload.app.support.TestClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

/**
 * SECURITY.md 1.H (rate limiting and brute force), 6.3.8 (who has an account cannot be learned from
 * sign-in) and the sign-up and upload limits of issue 13, over real HTTP.
 *
 * <p>These tests run in an application context of their own with the production limits (the shared
 * test contexts lift the per-address limits, since the whole suite comes from 127.0.0.1), a small
 * cap on waiting uploads (so that filling it takes a few hundred kilobytes, not 500 MB) and a
 * password encoder that counts its checks. Each client the throttles must tell apart connects from
 * its own loopback address ({@link FromAddress}); every test uses addresses no other test uses. The
 * numbers are written out (not taken from the code's constants) so that these tests also compile,
 * and fail, against the code before issue 13.
 */
abstract class RateLimitChecks {
  static final String PASSWORD = "correct horse battery staple";
  static final int UPLOAD_CAP = 300_000;

  @Value("${local.server.port}")
  int port;

  @Autowired TestClock clock;
  @Autowired PasswordEncoder encoder;
  @Autowired UploadStore uploads;
  @Autowired AccountDeletion deletion;

  static String email() {
    return "limits-" + UUID.randomUUID() + "@example.org";
  }

  static String credentials(String email, String password) {
    return "{\"email\":\"" + email + "\",\"password\":\"" + password + "\",\"name\":\"t\"}";
  }

  static String signUp(String email) {
    return "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}";
  }

  FromAddress from(String address) {
    return new FromAddress(address, port);
  }

  /** Signs up from {@code address} (API) and logs in there with the form. */
  FromAddress lifter(String address, String email) {
    FromAddress client = from(address);
    assertThat(client.postJson("/api/v1/accounts", signUp(email)).status()).isEqualTo(201);
    client.get("/login");
    var login = client.postForm("/login", "username", email, "password", PASSWORD);
    assertThat(login.header("Location").orElse("")).doesNotContain("error");
    return client;
  }

  int matches() {
    return ((CountingEncoder) encoder).matches.get();
  }

  /** The problem body without members that differ on every request. */
  static String stable(String body) {
    return body.replaceAll(",?\"requestId\"\\s*:\\s*\"[^\"]*\"", "");
  }

  @Test
  void v6_3_1_wrongGuessesSlowDownButOwnerGetsIn() {
    String email = email();
    assertThat(from("127.0.2.1").postJson("/api/v1/accounts", signUp(email)).status())
        .isEqualTo(201);
    FromAddress attacker = from("127.0.2.2");
    List<Integer> statuses = new ArrayList<>();
    String retryAfter = null;
    for (int i = 0; i < 10; i++) {
      var r = attacker.postJson("/api/v1/tokens", credentials(email, "wrong guess " + i));
      statuses.add(r.status());
      if (r.status() == 429) {
        retryAfter = r.header("Retry-After").orElseThrow();
        break;
      }
    }
    // The first five cost nothing; then the attacker waits (SECURITY.md: by ten failures at most).
    assertThat(statuses.subList(0, 5)).containsOnly(401);
    assertThat(statuses).last().isEqualTo(429);
    assertThat(Long.parseLong(retryAfter)).isBetween(1L, 15 * 60L);
    // While it waits, even the right password is not checked from the attacker's address.
    assertThat(attacker.postJson("/api/v1/tokens", credentials(email, PASSWORD)).status())
        .isEqualTo(429);
    // The owner, from another address, gets in: over the API and with the form.
    FromAddress owner = from("127.0.2.3");
    assertThat(owner.postJson("/api/v1/tokens", credentials(email, PASSWORD)).status())
        .isEqualTo(201);
    owner.get("/login");
    var login = owner.postForm("/login", "username", email, "password", PASSWORD);
    assertThat(login.status()).isEqualTo(302);
    assertThat(login.header("Location").orElse("")).doesNotContain("error");
    // And the attacker's wait ends: no permanent lock.
    try {
      clock.advance(Duration.ofSeconds(Long.parseLong(retryAfter)));
      assertThat(attacker.postJson("/api/v1/tokens", credentials(email, PASSWORD)).status())
          .isEqualTo(201);
    } finally {
      clock.reset();
    }
  }

  @Test
  void v6_1_1_aHundredFailuresFromOneAddressAcrossAccounts() {
    FromAddress stuffer = from("127.0.3.1");
    for (int i = 0; i < 100; i++) {
      var r = stuffer.postJson("/api/v1/tokens", credentials(email(), "Summer2026!"));
      assertThat(r.status()).as("failure %d", i + 1).isEqualTo(401);
    }
    var refused = stuffer.postJson("/api/v1/tokens", credentials(email(), "Summer2026!"));
    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.header("Retry-After")).isPresent();
    assertThat(refused.header("Content-Type").orElse("")).startsWith("application/problem+json");
    // Another address is not affected.
    assertThat(from("127.0.3.2").postJson("/api/v1/tokens", credentials(email(), "x")).status())
        .isEqualTo(401);
  }

  @Test
  void item2_emailOver320RejectedBeforeAnythingElse() {
    String tooLong = "a".repeat(321 - "@example.org".length()) + "@example.org";
    assertThat(tooLong).hasSize(321);
    FromAddress client = from("127.0.4.1");
    int before = matches();
    for (int i = 0; i < 12; i++) {
      var api = client.postJson("/api/v1/tokens", credentials(tooLong, "whatever it is " + i));
      assertThat(api.status()).isEqualTo(400);
      assertThat(api.header("Content-Type").orElse("")).startsWith("application/problem+json");
      assertThat(api.body()).contains("\"field\":\"email\"");
    }
    client.get("/login");
    for (int i = 0; i < 12; i++) {
      var form = client.postForm("/login", "username", tooLong, "password", "whatever " + i);
      // The ordinary failed-login answer, every time: nothing was counted, so never a 429.
      assertThat(form.status()).isEqualTo(302);
      assertThat(form.header("Location").orElse("")).endsWith("/login?error");
    }
    assertThat(matches()).isEqualTo(before); // no password was even looked at
    // A megabyte-long e-mail is refused the same way.
    var huge = client.postJson("/api/v1/tokens", credentials("b".repeat(1 << 20), "x"));
    assertThat(huge.status()).isEqualTo(400);
  }

  @Test
  void v6_3_8_unknownEmailsGetTheSameAnswerAfterTheSameWork() {
    String email = email();
    assertThat(from("127.0.5.1").postJson("/api/v1/accounts", signUp(email)).status())
        .isEqualTo(201);
    FromAddress client = from("127.0.5.2");

    int before = matches();
    var known = client.postJson("/api/v1/tokens", credentials(email, "not the password"));
    int knownWork = matches() - before;
    before = matches();
    var unknown = client.postJson("/api/v1/tokens", credentials(email(), "not the password"));
    int unknownWork = matches() - before;
    assertThat(knownWork).isEqualTo(1);
    assertThat(unknownWork).as("password checks for an unknown e-mail").isEqualTo(knownWork);
    assertThat(unknown.status()).isEqualTo(known.status()).isEqualTo(401);
    assertThat(stable(unknown.body())).isEqualTo(stable(known.body()));

    FromAddress browser = from("127.0.5.3");
    browser.get("/login");
    before = matches();
    var knownForm = browser.postForm("/login", "username", email, "password", "not it");
    knownWork = matches() - before;
    before = matches();
    var unknownForm = browser.postForm("/login", "username", email(), "password", "not it");
    unknownWork = matches() - before;
    assertThat(knownWork).isEqualTo(1);
    assertThat(unknownWork).isEqualTo(knownWork);
    assertThat(unknownForm.status()).isEqualTo(knownForm.status()).isEqualTo(302);
    assertThat(unknownForm.header("Location")).isEqualTo(knownForm.header("Location"));
  }

  @Test
  void v2_4_1_signUpsArePerAddressLimited() {
    FromAddress client = from("127.0.6.1");
    for (int i = 0; i < 10; i++) {
      assertThat(client.postJson("/api/v1/accounts", signUp(email())).status())
          .as("sign-up %d", i + 1)
          .isEqualTo(201);
    }
    var refused = client.postJson("/api/v1/accounts", signUp(email()));
    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.header("Content-Type").orElse("")).startsWith("application/problem+json");
    assertThat(Long.parseLong(refused.header("Retry-After").orElseThrow())).isBetween(1L, 3600L);
    // The page counts with the API.
    client.get("/signup");
    var page =
        client.postForm(
            "/signup", "email", email(), "password", PASSWORD, "passwordAgain", PASSWORD);
    assertThat(page.status()).isEqualTo(429);
    assertThat(page.header("Retry-After")).isPresent();
    assertThat(page.body()).contains("Too many sign-ups");
    // Another address signs up with the page as usual.
    FromAddress other = from("127.0.6.2");
    other.get("/signup");
    var elsewhere =
        other.postForm(
            "/signup", "email", email(), "password", PASSWORD, "passwordAgain", PASSWORD);
    assertThat(elsewhere.status()).isEqualTo(302);
    // An hour later the first address may sign up again.
    try {
      clock.advance(Duration.ofHours(1));
      assertThat(client.postJson("/api/v1/accounts", signUp(email())).status()).isEqualTo(201);
    } finally {
      clock.reset();
    }
  }

  static byte[] csv(int size) {
    StringBuilder text = new StringBuilder("Date,Exercise,Weight,Reps\n");
    while (text.length() < size) {
      text.append("2026-11-30,Deadlift,100,5\n");
    }
    return text.substring(0, size).getBytes(StandardCharsets.UTF_8);
  }

  static long filesIn(Path directory) throws Exception {
    try (var files = Files.list(directory)) {
      return files.count();
    }
  }

  static String token(FromAddress.Response upload) {
    String location = upload.header("Location").orElseThrow();
    assertThat(location).contains("upload=");
    return location.replaceAll(".*upload=([0-9a-f]+).*", "$1");
  }

  long accountId(FromAddress lifter) {
    String me = lifter.get("/api/v1/account").body();
    return Long.parseLong(me.replaceAll("(?s).*\"id\"\\s*:\\s*(\\d+).*", "$1"));
  }

  @Test
  void item6_waitingUploadsHaveATotalCap() throws Exception {
    FromAddress alice = lifter("127.0.7.1", email());
    FromAddress bob = lifter("127.0.7.2", email());
    alice.get("/import");
    var first = alice.postFile("/import", "big.csv", csv(UPLOAD_CAP * 2 / 3), false);
    assertThat(first.status()).isEqualTo(303);
    Path directory = uploads.find(accountId(alice), token(first)).orElseThrow().file().getParent();
    long files = filesIn(directory);

    bob.get("/import");
    var script = bob.postFile("/import", "big.csv", csv(UPLOAD_CAP * 2 / 3), true);
    assertThat(script.status()).isEqualTo(507);
    assertThat(Long.parseLong(script.header("Retry-After").orElseThrow())).isBetween(1L, 1800L);
    var form = bob.postFile("/import", "big.csv", csv(UPLOAD_CAP * 2 / 3), false);
    assertThat(form.status()).isEqualTo(303);
    assertThat(form.header("Location").orElse("")).endsWith("/import?full");
    assertThat(bob.get("/import?full").body()).contains("no room for more uploads");
    assertThat(filesIn(directory)).as("nothing written").isEqualTo(files);

    // Once the waiting upload expires, there is room again.
    try {
      clock.advance(Duration.ofMinutes(30));
      bob.get("/import");
      assertThat(bob.postFile("/import", "big.csv", csv(UPLOAD_CAP * 2 / 3), false).status())
          .isEqualTo(303);
    } finally {
      clock.reset();
    }
  }

  @Test
  void item6_waitingUploadsGoWithTheAccount() throws Exception {
    FromAddress lifter = lifter("127.0.8.1", email());
    long id = accountId(lifter);
    lifter.get("/import");
    var upload = lifter.postFile("/import", "small.csv", csv(2_000), false);
    assertThat(upload.status()).isEqualTo(303);
    Path file = uploads.find(id, token(upload)).orElseThrow().file();
    assertThat(file).exists();

    assertThat(deletion.delete(id)).isTrue();
    assertThat(file).doesNotExist();
    assertThat(uploads.find(id, token(upload))).isEmpty();
  }

  @Test
  void item8_currentPasswordGuessesAreThrottled() {
    String email = email();
    FromAddress lifter = lifter("127.0.9.1", email);
    lifter.get("/account");
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 10 && !statuses.contains(429); i++) {
      var r =
          lifter.postForm(
              "/account/password",
              "currentPassword",
              "guess number " + i,
              "newPassword",
              "a brand new passphrase");
      statuses.add(r.status());
    }
    assertThat(statuses.subList(0, 5)).containsOnly(302);
    assertThat(statuses).last().isEqualTo(429);
    // While it waits, the right current password does not change anything either.
    lifter.get("/account");
    var right =
        lifter.postForm(
            "/account/password",
            "currentPassword",
            PASSWORD,
            "newPassword",
            "a brand new passphrase");
    assertThat(right.status()).isEqualTo(429);
    assertThat(right.header("Retry-After")).isPresent();
    assertThat(right.body()).contains("Too many wrong current passwords");
    // The password is unchanged: the owner logs in with it from elsewhere.
    FromAddress elsewhere = from("127.0.9.2");
    elsewhere.get("/login");
    var login = elsewhere.postForm("/login", "username", email, "password", PASSWORD);
    assertThat(login.header("Location").orElse("")).doesNotContain("error");
  }

  /** Wraps the application's password encoder to count its {@code matches} calls. */
  static final class CountingEncoder implements PasswordEncoder {
    final PasswordEncoder delegate;
    final AtomicInteger matches = new AtomicInteger();

    CountingEncoder(PasswordEncoder delegate) {
      this.delegate = delegate;
    }

    @Override
    public String encode(CharSequence raw) {
      return delegate.encode(raw);
    }

    @Override
    public boolean matches(CharSequence raw, String encoded) {
      matches.incrementAndGet();
      return delegate.matches(raw, encoded);
    }

    @Override
    public boolean upgradeEncoding(String encoded) {
      return delegate.upgradeEncoding(encoded);
    }
  }

  @TestConfiguration(proxyBeanMethods = false)
  static class Counting {
    @Bean
    static BeanPostProcessor countPasswordChecks() {
      return new BeanPostProcessor() {
        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
          return bean instanceof PasswordEncoder p && !(bean instanceof CountingEncoder)
              ? new CountingEncoder(p)
              : bean;
        }
      };
    }
  }

  /** The production limits (see the class comment), and a small cap on waiting uploads. */
  static final String SIGN_UPS = "backload.limits.sign-ups-per-hour=10";

  static final String FAILURES = "backload.limits.login-failures-per-address=100";
  static final String UPLOADS = "backload.limits.pending-upload-bytes=" + UPLOAD_CAP;
}

@OnH2
@Import(RateLimitChecks.Counting.class)
@TestPropertySource(
    properties = {RateLimitChecks.SIGN_UPS, RateLimitChecks.FAILURES, RateLimitChecks.UPLOADS})
class RateLimitChecksH2Test extends RateLimitChecks {}

@OnPostgres
@Import(RateLimitChecks.Counting.class)
@TestPropertySource(
    properties = {RateLimitChecks.SIGN_UPS, RateLimitChecks.FAILURES, RateLimitChecks.UPLOADS})
class RateLimitChecksPostgresTest extends RateLimitChecks {}
