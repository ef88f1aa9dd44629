package dev.backload.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.app.support.Http;
import dev.backload.app.support.LifterSession;
import dev.backload.app.support.OnH2;
import dev.backload.app.support.OnPostgres;
import dev.backload.app.support.TestClock;
import dev.backload.app.support.WebSession;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * SECURITY.md section 1.E (error handling and logging) and issue 13 items 7 and 9: every response
 * has an {@code X-Request-Id}, every problem body carries it as {@code requestId} and quotes no
 * input, and the security events are JSON lines on standard output (logger {@code
 * backload.security}) with the same id, a UTC timestamp, the account and the client address, and no
 * password, token or health text. The tests read the process's real output.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class ErrorAndLoggingChecks {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9_-]{16}");

  @Value("${local.server.port}")
  int port;

  @Autowired TestClock clock;

  // ---- item 9: request ids and problem bodies ----

  @Test
  void v16_5_1_everyProblemBodyCarriesTheRequestIdOfItsResponse() {
    Http anonymous = new Http(port);
    Http lifter = anonymous.signUp();
    List<HttpResponse<String>> problems = new ArrayList<>();
    // Spring MVC: ApiProblems (malformed JSON), a feature's @ExceptionHandler (weak password).
    problems.add(lifter.postJson("/api/v1/workouts", "{\"date\": "));
    problems.add(
        anonymous.postJson(
            "/api/v1/accounts", "{\"email\":\"" + email() + "\",\"password\":\"short\"}"));
    // An ErrorResponseException (404 for a token id that is not the caller's).
    problems.add(lifter.delete("/api/v1/tokens/999999999"));
    // The security filters: no credentials (401), an unknown token (401), no CSRF token (403).
    problems.add(anonymous.get("/api/v1/account"));
    problems.add(anonymous.withToken("bl_unknown").get("/api/v1/account"));
    LifterSession session = LifterSession.signUp(port);
    problems.add(session.postRaw("/api/v1/workouts", Map.of("date", "2026-11-20")));
    for (HttpResponse<String> problem : problems) {
      assertThat(problem.headers().firstValue("Content-Type"))
          .as(problem.uri() + " " + problem.body())
          .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
      String id = requestId(problem);
      assertThat(json(problem.body()).path("requestId").asString())
          .as(problem.uri() + " " + problem.body())
          .isEqualTo(id);
    }
    // Boot's /error fallback for an API path nobody serves carries it too.
    var unknown = lifter.get("/api/v1/no-such-thing");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(json(unknown.body()).path("requestId").asString()).isEqualTo(requestId(unknown));
  }

  @Test
  void item9_eachRequestGetsItsOwnRandomIdAndAClientsIdIsIgnored() {
    Http anonymous = new Http(port);
    var first =
        anonymous.send(
            anonymous
                .request("/api/v1/account")
                .header("X-Request-Id", "forgedButSafe123")
                .GET()
                .build());
    var second = anonymous.get("/api/v1/account");
    var page = anonymous.get("/");
    assertThat(requestId(first)).isNotEqualTo("forgedButSafe123");
    assertThat(List.of(requestId(first), requestId(second), requestId(page)))
        .doesNotHaveDuplicates();
  }

  @Test
  void v16_5_1_problemsNameTheFieldAndNeverQuoteTheInput() {
    String canary = "canary" + UUID.randomUUID().toString().replace("-", "");
    Http lifter = new Http(port).signUp();
    // A path variable of the wrong type: Spring's own text quotes the value.
    var mismatch = lifter.get("/api/v1/workouts/" + canary);
    assertThat(mismatch.statusCode()).isEqualTo(400);
    assertThat(json(mismatch.body()).path("field").asString()).isEqualTo("id");
    // Malformed JSON whose broken token is the canary.
    var malformed = lifter.postJson("/api/v1/workouts", "{\"date\": " + canary + "}");
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(malformed.body()).contains("line 1, column");
    // A content type nobody accepts, named after the canary.
    var mediaType =
        lifter.send(
            lifter
                .request("/api/v1/workouts")
                .header("Content-Type", "text/x-" + canary)
                .POST(HttpRequest.BodyPublishers.ofString(canary))
                .build());
    assertThat(mediaType.statusCode()).isEqualTo(415);
    for (var response : List.of(mismatch, malformed, mediaType)) {
      // Everything but "instance", which RFC 9457 makes the request's own path.
      JsonNode problem = json(response.body());
      ((ObjectNode) problem).remove("instance");
      assertThat(problem.toString()).as(response.uri().toString()).doesNotContain(canary);
      assertThat(json(response.body()).path("requestId").asString()).isEqualTo(requestId(response));
    }
  }

  @Test
  void item9_theLogPatternShowsTheRequestId(CapturedOutput output) {
    String id = "pattern" + UUID.randomUUID().toString().substring(0, 8);
    MDC.put("requestId", id);
    try {
      LoggerFactory.getLogger("dev.backload.app.security.ErrorAndLoggingChecks")
          .warn("a line inside a request");
    } finally {
      MDC.remove("requestId");
    }
    assertThat(output.getAll().lines().filter(l -> l.contains("a line inside a request")))
        .singleElement()
        .asString()
        .contains("[" + id + "]");
  }

  // ---- item 7: security events ----

  @Test
  void v16_3_1_signInSuccessAndFailureAreEventsWithWhoWhenWhere(CapturedOutput output) {
    LifterSession lifter = LifterSession.signUp(port);
    long accountId = accountId(lifter.api());
    WebSession browser = new WebSession(port);
    var wrong = browser.login(lifter.email(), "not the password at all");
    var right = browser.login(lifter.email(), lifter.password());
    assertThat(right.headers().firstValue("Location").orElse("")).doesNotContain("error");

    JsonNode failure = onlyEvent(output, wrong);
    assertThat(failure.path("event").asString()).isEqualTo("sign-in");
    assertThat(failure.path("outcome").asString()).isEqualTo("failure");
    assertThat(failure.path("accountId").asLong()).isEqualTo(accountId);
    assertThat(failure.path("method").asString()).isEqualTo("POST");
    assertThat(failure.path("path").asString()).isEqualTo("/login");
    JsonNode success = onlyEvent(output, right);
    assertThat(success.path("event").asString()).isEqualTo("sign-in");
    assertThat(success.path("outcome").asString()).isEqualTo("success");
    assertThat(success.path("accountId").asLong()).isEqualTo(accountId);

    // An unknown bearer token is a failed sign-in without an account.
    var badToken = new Http(port).withToken("bl_" + "x".repeat(43)).get("/api/v1/account");
    assertThat(badToken.statusCode()).isEqualTo(401);
    assertThat(onlyEvent(output, badToken).path("outcome").asString()).isEqualTo("failure");

    // The token API is a sign-in too; an unknown e-mail has no account id.
    Http anonymous = new Http(port);
    var unknown =
        anonymous.postJson(
            "/api/v1/tokens", "{\"email\":\"" + email() + "\",\"password\":\"whatever it is\"}");
    assertThat(unknown.statusCode()).isEqualTo(401);
    JsonNode unknownEvent = onlyEvent(output, unknown);
    assertThat(unknownEvent.path("outcome").asString()).isEqualTo("failure");
    assertThat(unknownEvent.path("accountId").isNull()).isTrue();
    assertThat(output.getAll())
        .doesNotContain("not the password at all")
        .doesNotContain(lifter.email());
  }

  @Test
  void v16_2_1_everyEventIsOneJsonLineWithUtcTimeAndTheRequestsId(CapturedOutput output) {
    Http lifter = new Http(port).signUp();
    var refused = lifter.delete("/api/v1/tokens/999999999");
    JsonNode event = onlyEvent(output, refused);
    assertThat(event.path("timestamp").asString()).endsWith("Z");
    assertThat(Instant.parse(event.path("timestamp").asString())).isNotNull();
    assertThat(event.path("client").asString()).isEqualTo("127.0.0.1");
    assertThat(event.path("requestId").asString()).isEqualTo(requestId(refused));
    for (String field : List.of("event", "outcome", "accountId", "method", "path")) {
      assertThat(event.has(field)).as(field).isTrue();
    }
  }

  @Test
  void v16_3_2_refusedAccessIsAnEventWithTheCallerAndTheRoute(CapturedOutput output) {
    Http owner = new Http(port).signUp();
    Http other = new Http(port).signUpWithSession();
    long ownersToken = json(owner.get("/api/v1/tokens").body()).get(0).path("id").asLong();
    // Another person's token id: 404, as for one that does not exist (revoking needs a session
    // and the password; a token may not revoke tokens).
    var notTheirs =
        other.deleteJson(
            "/api/v1/tokens/" + ownersToken, "{\"password\":\"" + LifterSession.PASSWORD + "\"}");
    assertThat(notTheirs.statusCode()).isEqualTo(404);
    JsonNode refused = onlyEvent(output, notTheirs);
    assertThat(refused.path("event").asString()).isEqualTo("access-refused");
    assertThat(refused.path("outcome").asString()).isEqualTo("not-found");
    assertThat(refused.path("accountId").asLong()).isEqualTo(accountId(other));
    assertThat(refused.path("method").asString()).isEqualTo("DELETE");
    assertThat(refused.path("path").asString()).isEqualTo("/api/v1/tokens/{id}");
    // Having nothing yet is not a refusal.
    var noScreen = other.get("/api/v1/screen");
    assertThat(noScreen.statusCode()).isEqualTo(404);
    assertThat(events(output, requestId(noScreen))).isEmpty();

    // A 403 of the security layer (a session's API post without the CSRF token).
    LifterSession session = LifterSession.signUp(port);
    var forbidden = session.postRaw("/api/v1/workouts", Map.of("date", "2026-11-20"));
    assertThat(forbidden.statusCode()).isEqualTo(403);
    JsonNode denied = onlyEvent(output, forbidden);
    assertThat(denied.path("event").asString()).isEqualTo("access-refused");
    assertThat(denied.path("outcome").asString()).isEqualTo("forbidden");
    assertThat(denied.path("accountId").asLong()).isEqualTo(accountId(session.api()));

    // A 403 to a personal access token (an account-level action) names the token's owner.
    var tokenRefused = owner.delete("/api/v1/account");
    assertThat(tokenRefused.statusCode()).isEqualTo(403);
    JsonNode byToken = onlyEvent(output, tokenRefused);
    assertThat(byToken.path("event").asString()).isEqualTo("access-refused");
    assertThat(byToken.path("accountId").asLong()).isEqualTo(accountId(owner));
  }

  /**
   * The login form's and the token API's 429s. The failures are made a day ahead of the shared
   * clock and left to expire before it is put back, so that they do not count against the test
   * address in other test classes.
   */
  @Test
  void item7_throttlingIsAnEvent(CapturedOutput output) {
    Instant ahead = TestClock.START.plus(Duration.ofDays(1));
    clock.set(ahead);
    try {
      Http anonymous = new Http(port);
      String apiEmail = signUp(anonymous);
      HttpResponse<String> api = null;
      for (int i = 0; i < 30 && (api == null || api.statusCode() != 429); i++) {
        api =
            anonymous.postJson(
                "/api/v1/tokens",
                "{\"email\":\"" + apiEmail + "\",\"password\":\"guess " + i + "\"}");
      }
      assertThat(api.statusCode()).isEqualTo(429);
      JsonNode throttled = onlyEvent(output, api);
      assertThat(throttled.path("event").asString()).isEqualTo("throttled");
      assertThat(throttled.path("outcome").asString()).isEqualTo("refused");
      assertThat(throttled.path("path").asString()).isEqualTo("/api/v1/tokens");
      assertThat(throttled.path("accountId").isNumber()).isTrue();
      assertThat(throttled.path("timestamp").asString()).isEqualTo(ahead.toString());

      String formEmail = signUp(anonymous);
      WebSession browser = new WebSession(port);
      HttpResponse<String> form = null;
      for (int i = 0; i < 30 && (form == null || form.statusCode() != 429); i++) {
        form = browser.login(formEmail, "guess " + i);
      }
      assertThat(form.statusCode()).isEqualTo(429);
      JsonNode formThrottled = onlyEvent(output, form);
      assertThat(formThrottled.path("event").asString()).isEqualTo("throttled");
      assertThat(formThrottled.path("path").asString()).isEqualTo("/login");
      assertThat(formThrottled.path("accountId").isNumber()).isTrue();

      clock.advance(Duration.ofDays(1));
      anonymous.postJson(
          "/api/v1/tokens",
          "{\"email\":\"" + apiEmail + "\",\"password\":\"" + LifterSession.PASSWORD + "\"}");
    } finally {
      clock.reset();
    }
  }

  @Test
  void item7_tokensPasswordChangeAndDeletionAreEvents(CapturedOutput output) {
    LifterSession lifter = LifterSession.signUp(port);
    long accountId = accountId(lifter.api());
    Http anonymous = new Http(port);
    var created =
        anonymous.postJson(
            "/api/v1/tokens",
            "{\"email\":\""
                + lifter.email()
                + "\",\"password\":\""
                + lifter.password()
                + "\",\"name\":\"laptop\"}");
    assertThat(created.statusCode()).isEqualTo(201);
    long tokenId = json(created.body()).path("id").asLong();
    String secret = json(created.body()).path("token").asString();
    List<JsonNode> atCreation = events(output, requestId(created));
    assertThat(atCreation)
        .extracting(e -> e.path("event").asString())
        .containsExactly("sign-in", "token-created");
    assertThat(atCreation.get(1).path("tokenId").asLong()).isEqualTo(tokenId);
    assertThat(atCreation.get(1).path("accountId").asLong()).isEqualTo(accountId);

    lifter.get("/account");
    var revoked =
        lifter
            .web()
            .sendJson(
                "DELETE",
                "/api/v1/tokens/" + tokenId,
                "{\"password\":\"" + lifter.password() + "\"}");
    assertThat(revoked.statusCode()).isEqualTo(204);
    JsonNode revocation = onlyEvent(output, revoked);
    assertThat(revocation.path("event").asString()).isEqualTo("token-revoked");
    assertThat(revocation.path("tokenId").asLong()).isEqualTo(tokenId);

    lifter.get("/account");
    var wrongPassword =
        lifter.post(
            "/account/password",
            Map.of("currentPassword", "not it at all", "newPassword", "a new and long passphrase"));
    JsonNode refusedChange = onlyEvent(output, wrongPassword);
    assertThat(refusedChange.path("event").asString()).isEqualTo("password-changed");
    assertThat(refusedChange.path("outcome").asString()).isEqualTo("failure");
    lifter.get("/account");
    String newPassword = "a new and long passphrase " + UUID.randomUUID();
    var changed =
        lifter.post(
            "/account/password",
            Map.of("currentPassword", lifter.password(), "newPassword", newPassword));
    JsonNode change = onlyEvent(output, changed);
    assertThat(change.path("event").asString()).isEqualTo("password-changed");
    assertThat(change.path("outcome").asString()).isEqualTo("success");
    assertThat(change.path("accountId").asLong()).isEqualTo(accountId);

    Http other = new Http(port).signUpWithSession();
    long otherId = accountId(other);
    var deleted =
        other.deleteJson("/api/v1/account", "{\"password\":\"" + LifterSession.PASSWORD + "\"}");
    assertThat(deleted.statusCode()).isEqualTo(204);
    JsonNode deletion = onlyEvent(output, deleted);
    assertThat(deletion.path("event").asString()).isEqualTo("account-deleted");
    assertThat(deletion.path("outcome").asString()).isEqualTo("success");
    assertThat(deletion.path("accountId").asLong()).isEqualTo(otherId);

    assertThat(output.getAll())
        .doesNotContain(secret.substring(3))
        .doesNotContain(newPassword)
        .doesNotContain(lifter.password())
        .doesNotContain(lifter.email());
  }

  @Test
  void v16_2_5_noPasswordTokenOrHealthTextReachesTheLog(CapturedOutput output) {
    String canary = "canary" + UUID.randomUUID().toString().replace("-", "");
    String password = "pass " + canary;
    String email = "c" + canary.substring(6, 20) + "@example.org";
    Http anonymous = new Http(port);
    anonymous.postJson(
        "/api/v1/accounts", "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
    var token =
        anonymous.postJson(
            "/api/v1/tokens",
            "{\"email\":\"" + email + "\",\"password\":\"" + password + "\",\"name\":\"n\"}");
    String secret = json(token.body()).path("token").asString();
    Http lifter = anonymous.withToken(secret);
    String note = "note " + canary;
    var workout =
        lifter.postJson(
            "/api/v1/workouts",
            "{\"date\":\"2026-11-20\",\"sets\":[{\"exercise\":\"Squat\",\"weightKg\":100,"
                + "\"reps\":5,\"note\":\""
                + note
                + "\"}]}");
    assertThat(workout.statusCode()).isEqualTo(201);
    lifter.postJson("/api/v1/workouts", "{\"date\":\"" + canary);
    assertThat(events(output, requestId(token))).isNotEmpty();
    assertThat(output.getAll())
        .doesNotContain(canary)
        .doesNotContain(secret.substring(3))
        .doesNotContain(email);
  }

  @Test
  void v16_4_1_lineBreaksInAUsernameCannotForgeALogLine(CapturedOutput output) {
    WebSession browser = new WebSession(port);
    var forged =
        browser.login(
            "bob\r\nFAKE {\"event\":\"sign-in\",\"outcome\":\"success\"}\nFAKE", "wrong password");
    Http anonymous = new Http(port);
    var forgedApi =
        anonymous.postJson(
            "/api/v1/tokens", "{\"email\":\"bob\\r\\nFAKE\\n@example.org\",\"password\":\"x\"}");
    assertThat(onlyEvent(output, forged).path("outcome").asString()).isEqualTo("failure");
    assertThat(onlyEvent(output, forgedApi).path("outcome").asString()).isEqualTo("failure");
    assertThat(output.getAll().lines()).noneMatch(line -> line.startsWith("FAKE"));
  }

  // ---- helpers ----

  /** Signs up a fresh account with {@link LifterSession#PASSWORD}; its e-mail. */
  private static String signUp(Http anonymous) {
    String email = email();
    anonymous.postJson(
        "/api/v1/accounts",
        "{\"email\":\"" + email + "\",\"password\":\"" + LifterSession.PASSWORD + "\"}");
    return email;
  }

  private static String email() {
    return "log-" + UUID.randomUUID() + "@example.org";
  }

  private static JsonNode json(String body) {
    return JSON.readTree(body);
  }

  private static String requestId(HttpResponse<?> response) {
    String id = response.headers().firstValue("X-Request-Id").orElseThrow();
    assertThat(id).matches(SAFE_ID);
    return id;
  }

  private static long accountId(Http lifter) {
    return json(lifter.get("/api/v1/account").body()).path("id").asLong();
  }

  /** The security events of one request: the output's JSON lines with its request id. */
  private static List<JsonNode> events(CapturedOutput output, String requestId) {
    return output
        .getAll()
        .lines()
        .filter(line -> line.startsWith("{\"timestamp\""))
        .map(ErrorAndLoggingChecks::json)
        .filter(event -> requestId.equals(event.path("requestId").asString()))
        .toList();
  }

  /** The one security event of a response's request. */
  private static JsonNode onlyEvent(CapturedOutput output, HttpResponse<?> response) {
    List<JsonNode> events = events(output, requestId(response));
    assertThat(events).as("events of " + response.uri()).hasSize(1);
    return events.get(0);
  }
}

@OnH2
class ErrorAndLoggingH2Test extends ErrorAndLoggingChecks {}

@OnPostgres
class ErrorAndLoggingPostgresTest extends ErrorAndLoggingChecks {}
