package dev.backload.app.checkins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.app.config.Json;
import dev.backload.app.log.TrainingLog;
import dev.backload.app.log.TrainingLog.NewSet;
import dev.backload.app.support.Http;
import dev.backload.app.support.OnH2;
import dev.backload.app.support.OnPostgres;
import dev.backload.app.support.TestClock;
import dev.backload.core.log.SetType;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The signed-in pages over real HTTP (authenticated with a personal access token, which the app
 * accepts on pages too): ownership, storing from both check-in URLs, and the anonymous page.
 */
abstract class CheckInPagesContract {
  @Value("${local.server.port}")
  int port;

  @Autowired JdbcClient jdbc;
  @Autowired TrainingLog log;

  static long accountId(Http lifter) {
    return ((Number)
            Json.mapper().readValue(lifter.get("/api/v1/account").body(), Map.class).get("id"))
        .longValue();
  }

  static HttpResponse<String> postForm(Http client, String path, String form) {
    return client.send(
        client
            .request(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build());
  }

  private static final String FORM =
      "painNow=4&onset=NEXT_DAY&emergencySigns=NONE&illnessSigns=NONE&age=45&history=cancerHistory";

  private long checkIns(long account) {
    return jdbc.sql("SELECT COUNT(*) FROM check_in WHERE account_id = :a")
        .param("a", account)
        .query(Long.class)
        .single();
  }

  @Test
  void theSignedInFormStoresFromEitherCheckInAddressAndTheFirstOneFillsTheProfile() {
    Http lifter = new Http(port).signUpWithSession();
    long account = accountId(lifter);
    HttpResponse<String> get = lifter.get("/check-in");
    assertThat(get.statusCode()).isEqualTo(302);
    assertThat(get.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/check-ins/new"));
    assertThat(lifter.get("/check-ins/new").body()).contains("id=\"about-you\"");

    HttpResponse<String> stored = postForm(lifter, "/check-ins", FORM);
    assertThat(stored.statusCode()).isEqualTo(302);
    String location = stored.headers().firstValue("Location").orElseThrow();
    assertThat(location).matches(".*/check-ins/\\d+");
    assertThat(checkIns(account)).isEqualTo(1);
    Map<String, Object> profile =
        Json.mapper().readValue(lifter.get("/api/v1/profile").body(), Map.class);
    assertThat(profile).containsEntry("age", 45).containsEntry("cancerHistory", true);

    // The profile is not asked again; the anonymous address stores too when signed in.
    assertThat(lifter.get("/check-ins/new").body())
        .doesNotContain("id=\"about-you\"")
        .contains("id=\"profile-summary\"")
        .contains("Age 45");
    HttpResponse<String> viaAnonymousAddress =
        postForm(lifter, "/check-in", "painNow=2&emergencySigns=NONE&illnessSigns=NONE");
    assertThat(viaAnonymousAddress.statusCode()).isEqualTo(302);
    assertThat(checkIns(account)).isEqualTo(2);
    String latest =
        lifter
            .get(
                viaAnonymousAddress
                    .headers()
                    .firstValue("Location")
                    .orElseThrow()
                    .replaceFirst("^https?://[^/]+", ""))
            .body();
    // U2 (cancer history) came from the profile; the result page says so.
    assertThat(latest).contains("URGENT").contains("Cancer at some point (from your profile)");
  }

  @Test
  void unansweredRedFlagListsAreAskedAgainAndNothingIsStored() {
    Http lifter = new Http(port).signUpWithSession();
    long account = accountId(lifter);
    HttpResponse<String> response = postForm(lifter, "/check-ins", "painNow=3");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("id=\"form-errors\"").contains("None of these");
    HttpResponse<String> peak =
        postForm(
            lifter, "/check-ins", "painNow=6&painPeak=4&emergencySigns=NONE&illnessSigns=NONE");
    assertThat(peak.body()).contains("painPeak: must not be lower than painNow");
    assertThat(checkIns(account)).isZero();
  }

  @Test
  void anotherPersonsPagesAreNotFound() {
    Http alice = new Http(port).signUpWithSession();
    Http bob = new Http(port).signUpWithSession();
    String location =
        postForm(alice, "/check-ins", FORM).headers().firstValue("Location").orElseThrow();
    String path = location.replaceFirst("^https?://[^/]+", "");
    assertThat(alice.get(path).statusCode()).isEqualTo(200);
    assertThat(bob.get(path).statusCode()).isEqualTo(404);
    assertThat(bob.get("/check-ins").body()).doesNotContain(path);

    long workout =
        log.addWorkout(
            accountId(alice),
            TestClock.TODAY.minusDays(1),
            null,
            "app",
            null,
            List.of(new NewSet("Deadlift", SetType.WORKING, 100, 5, null, null)));
    assertThat(alice.get("/monitoring/" + workout).statusCode()).isEqualTo(200);
    assertThat(bob.get("/monitoring/" + workout).statusCode()).isEqualTo(404);
    assertThat(postForm(bob, "/monitoring/" + workout, "during=9").statusCode()).isEqualTo(404);
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM pain_monitoring WHERE workout_id = :w")
                .param("w", workout)
                .query(Long.class)
                .single())
        .isZero();
    HttpResponse<String> saved =
        postForm(alice, "/monitoring/" + workout, "baseline=2&during=3&nextMorning=2");
    assertThat(saved.statusCode()).isEqualTo(302);
    assertThat(alice.get("/monitoring").body()).contains("zone-green");
    assertThat(postForm(alice, "/monitoring/" + workout, "during=12").body())
        .contains("Please give a number from 0 to 10");
  }

  @Test
  void withoutAnAccountThePagesAskForALoginAndTheCheckInStaysAnonymous() {
    Http anonymous = new Http(port);
    for (String path : List.of("/check-ins", "/check-ins/new", "/profile", "/monitoring")) {
      // A browser (asking for HTML) is sent to the login page.
      HttpResponse<String> response =
          anonymous.send(anonymous.request(path).header("Accept", "text/html").GET().build());
      assertThat(response.statusCode()).as(path).isEqualTo(302);
      assertThat(response.headers().firstValue("Location"))
          .as(path)
          .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }
    HttpResponse<String> page = anonymous.get("/check-in");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("not saved").doesNotContain("profile-summary");
  }
}

@OnH2
class CheckInPagesH2Test extends CheckInPagesContract {}

@OnPostgres
class CheckInPagesPostgresTest extends CheckInPagesContract {}
