package dev.backload.app.triage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.app.support.OnH2;
import dev.backload.app.support.OnPostgres;
import dev.backload.app.support.WebSession;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * The check-in forms never lose or hold back a red flag: symptoms in both legs are in the
 * always-asked checklist, a mistake in another field still shows the emergency advice, and a
 * lasting health fact ticked on the form counts even when a profile exists.
 */
abstract class RedFlagFormContract {
  @Value("${local.server.port}")
  int port;

  @Test
  void bothLegsInTheEmergencyChecklistIsAnEmergencyEvenWithTheLegQuestionLeftAtNo() {
    WebSession web = new WebSession(port);
    web.get("/check-in");
    var result =
        web.post(
            "/check-in",
            "painNow",
            "2",
            "leg",
            "NONE",
            "legWeakness",
            "NONE",
            "emergencySigns",
            "bothLegs",
            "illnessSigns",
            "NONE");
    assertThat(result.statusCode()).isEqualTo(200);
    assertThat(result.body()).contains("id=\"disposition\"").contains("data-rule=\"E5\"");
  }

  @Test
  void aMistakeElsewhereDoesNotHoldBackTheEmergencyAdvice() {
    WebSession web = new WebSession(port);
    web.get("/check-in");
    // painNow missing and painPeak out of range, but saddle numbness ticked.
    var page =
        web.post(
            "/check-in",
            "painPeak",
            "12",
            "emergencySigns",
            "saddleNumbness",
            "illnessSigns",
            "NONE");
    assertThat(page.body()).contains("id=\"form-errors\"").contains("id=\"red-flag-result\"");
    String banner = page.body().substring(page.body().indexOf("id=\"red-flag-result\""));
    assertThat(banner).contains("EMERGENCY").contains("emergency number");
  }

  @Test
  void noBannerWhenNothingSeriousIsTicked() {
    WebSession web = new WebSession(port);
    web.get("/check-in");
    var page = web.post("/check-in", "emergencySigns", "NONE", "illnessSigns", "NONE");
    assertThat(page.body()).contains("id=\"form-errors\"").doesNotContain("id=\"red-flag-result\"");
  }

  @Test
  void aHealthFactTickedOnTheFormCountsWhenAProfileExistsAndJoinsIt() {
    WebSession web = new WebSession(port);
    web.get("/signup");
    web.post(
        "/signup",
        "email",
        "flags-" + UUID.randomUUID() + "@example.org",
        "password",
        "a sturdy passphrase",
        "passwordAgain",
        "a sturdy passphrase");
    web.get("/check-ins/new");
    var first =
        web.post(
            "/check-ins",
            "painNow",
            "3",
            "age",
            "40",
            "emergencySigns",
            "NONE",
            "illnessSigns",
            "NONE");
    assertThat(first.statusCode()).isEqualTo(302);
    web.get("/check-ins/new"); // the profile exists now
    var second =
        web.post(
            "/check-ins",
            "painNow",
            "3",
            "history",
            "cancerHistory",
            "emergencySigns",
            "NONE",
            "illnessSigns",
            "NONE");
    assertThat(second.statusCode()).isEqualTo(302);
    String stored =
        web.get(
                second
                    .headers()
                    .firstValue("Location")
                    .orElseThrow()
                    .replaceFirst("^https?://[^/]+", ""))
            .body();
    assertThat(stored).contains("data-rule=\"U2\"");
    web.get("/check-ins/new");
    var third =
        web.post("/check-ins", "painNow", "2", "emergencySigns", "NONE", "illnessSigns", "NONE");
    String later =
        web.get(
                third
                    .headers()
                    .firstValue("Location")
                    .orElseThrow()
                    .replaceFirst("^https?://[^/]+", ""))
            .body();
    assertThat(later).as("the fact joined the profile").contains("data-rule=\"U2\"");
  }
}

@OnH2
class RedFlagFormH2Test extends RedFlagFormContract {}

@OnPostgres
class RedFlagFormPostgresTest extends RedFlagFormContract {}
