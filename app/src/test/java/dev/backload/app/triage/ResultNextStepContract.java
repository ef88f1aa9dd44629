package dev.backload.app.triage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.app.config.Json;
import dev.backload.app.support.LifterSession;
import dev.backload.app.support.OnH2;
import dev.backload.app.support.OnPostgres;
import dev.backload.app.support.TestClock;
import dev.backload.app.support.WebSession;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * Every result ends in one next step: the emergency number (the account's country, 112 without one)
 * and no way to answer again on an emergency; the start of today's session on TRAIN and MODIFY;
 * what to do today on URGENT. The country is an account setting over the API and the page.
 */
abstract class ResultNextStepContract {
  @Value("${local.server.port}")
  int port;

  private static long checkIn(LifterSession lifter, String json) {
    var created = lifter.api().postJson("/api/v1/checkins", json);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return ((Number) Json.mapper().readValue(created.body(), Map.class).get("id")).longValue();
  }

  @Test
  void theAnonymousEmergencyResultOffers112AndNoWayToAnswerAgain() {
    WebSession web = new WebSession(port);
    web.get("/check-in");
    var result =
        web.post(
            "/check-in",
            "painNow",
            "2",
            "emergencySigns",
            "saddleNumbness",
            "illnessSigns",
            "NONE");
    assertThat(result.statusCode()).isEqualTo(200);
    String main = main(result.body());
    assertThat(main)
        .contains("id=\"call-emergency\" href=\"tel:112\"")
        .contains("your country uses another number")
        .contains("safety-net-emergency")
        .doesNotContain("Check in again")
        .doesNotContain("href=\"/check-in\"")
        .doesNotContain("start-session");
  }

  @Test
  void anAnonymousTrainResultStartsTheSessionAndKeepsTheRuleIdsInDetails() {
    WebSession web = new WebSession(port);
    web.get("/check-in");
    var result =
        web.post("/check-in", "painNow", "1", "emergencySigns", "NONE", "illnessSigns", "NONE");
    String main = main(result.body());
    assertThat(main)
        .contains("id=\"start-session\" href=\"/plan\"")
        .contains("When to get urgent help")
        .contains("safety-net-neutral")
        .contains("Check in again")
        .doesNotContain("call-emergency");
    // The rulebook version sits inside the "Details" disclosure, not in the open page.
    int details = main.indexOf("<details");
    assertThat(details).isPositive();
    assertThat(main.indexOf("Rulebook version")).isGreaterThan(details);
  }

  @Test
  void theAccountCountrySetsTheNumberOfAStoredEmergencyResult() {
    LifterSession lifter = LifterSession.signUp(port);
    var account = lifter.api().get("/api/v1/account");
    assertThat(Json.mapper().readValue(account.body(), Map.class)).containsEntry("country", null);

    var put = lifter.api().putJson("/api/v1/account", "{\"country\":\"gb\"}");
    assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
    assertThat(Json.mapper().readValue(put.body(), Map.class)).containsEntry("country", "GB");

    long id = checkIn(lifter, "{\"painNow\":2,\"bladderChange\":true}");
    String page = main(lifter.get("/check-ins/" + id).body());
    assertThat(page)
        .contains("href=\"tel:999\"")
        .contains("112</span> works too")
        .doesNotContain("Check in again")
        .doesNotContain("/check-ins/new");
    // The dashboard's hold repeats the call.
    assertThat(lifter.get("/dashboard").body())
        .contains("id=\"hold-call-emergency\" href=\"tel:999\"");

    // Cleared, the result offers 112 again.
    var cleared = lifter.api().putJson("/api/v1/account", "{\"country\":\"\"}");
    assertThat(Json.mapper().readValue(cleared.body(), Map.class)).containsEntry("country", null);
    assertThat(lifter.get("/check-ins/" + id).body()).contains("href=\"tel:112\"");
  }

  @Test
  void anUnknownCountryIsA400NamingTheFieldAndChangesNothing() {
    LifterSession lifter = LifterSession.signUp(port);
    lifter.api().putJson("/api/v1/account", "{\"country\":\"US\"}");
    for (String bad : new String[] {"\"XX\"", "\"USA\"", "\"1\"", "\"<b>\""}) {
      var put =
          lifter
              .api()
              .putJson("/api/v1/account", "{\"weightUnit\":\"lb\",\"country\":" + bad + "}");
      assertThat(put.statusCode()).as(bad).isEqualTo(400);
      assertThat(put.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/problem+json");
      assertThat(Json.mapper().readValue(put.body(), Map.class)).containsEntry("field", "country");
    }
    Map<?, ?> account =
        Json.mapper().readValue(lifter.api().get("/api/v1/account").body(), Map.class);
    assertThat(account.get("country")).isEqualTo("US");
    assertThat(account.get("weightUnit")).isEqualTo("kg");
  }

  @Test
  void theAccountPageSetsTheCountry() {
    LifterSession lifter = LifterSession.signUp(port);
    assertThat(lifter.get("/account").body()).contains("id=\"country\"").contains("(911)");
    var saved =
        lifter.post(
            "/account/preferences", Map.of("weightUnit", "kg", "timeZone", "UTC", "country", "AU"));
    assertThat(saved.statusCode()).isEqualTo(302);
    assertThat(lifter.get("/account").body()).contains("value=\"AU\" selected");
    long id = checkIn(lifter, "{\"painNow\":2,\"saddleNumbness\":true}");
    assertThat(lifter.get("/check-ins/" + id).body()).contains("href=\"tel:000\"");
  }

  @Test
  void urgentSaysWhatToDoTodayInOneLineAndTrainStartsTheSession() {
    LifterSession urgent = LifterSession.signUp(port);
    long u = checkIn(urgent, "{\"painNow\":3,\"fever\":true}");
    String page = main(urgent.get("/check-ins/" + u).body());
    assertThat(page).contains("id=\"next-step-line\"").contains("doctor today");
    assertThat(page).doesNotContain("start-session").doesNotContain("call-emergency");

    LifterSession train = LifterSession.signUp(port);
    long t = checkIn(train, "{\"painNow\":1}");
    assertThat(main(train.get("/check-ins/" + t).body()))
        .contains("id=\"start-session\"")
        .contains("safety-net-neutral");
    assertThat(train.get("/dashboard").body())
        .contains("id=\"latest-start-session\"")
        .doesNotContain("result-stale");
  }

  @Test
  void aResultOlderThan48HoursIsGreyedWithCheckInNow() {
    LifterSession lifter = LifterSession.signUp(port);
    checkIn(lifter, "{\"painNow\":1,\"date\":\"" + TestClock.TODAY.minusDays(2) + "\"}");
    String dashboard = lifter.get("/dashboard").body();
    assertThat(dashboard)
        .contains("result-stale")
        .contains("id=\"check-in-now\"")
        .doesNotContain("id=\"latest-start-session\"");
  }

  private static String main(String html) {
    return html.substring(html.indexOf("<main"), html.indexOf("</main>"));
  }
}

@OnH2
class ResultNextStepH2Test extends ResultNextStepContract {}

@OnPostgres
class ResultNextStepPostgresTest extends ResultNextStepContract {}
