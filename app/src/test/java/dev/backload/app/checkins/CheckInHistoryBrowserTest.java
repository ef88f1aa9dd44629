package dev.backload.app.checkins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.app.config.Json;
import dev.backload.app.log.TrainingLog;
import dev.backload.app.log.TrainingLog.NewSet;
import dev.backload.app.support.Browser;
import dev.backload.app.support.BrowserPage;
import dev.backload.app.support.Http;
import dev.backload.app.support.OnH2;
import dev.backload.app.support.TestClock;
import dev.backload.core.log.SetType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * A signed-in lifter checks in twice in a real headless Chromium, 360 px wide, answers the
 * next-morning question after yesterday's deadlifts, and finds both check-ins in the history with
 * their stored results.
 */
@OnH2
@Tag("browser")
class CheckInHistoryBrowserTest {
  @Value("${local.server.port}")
  int port;

  @Autowired TrainingLog log;

  @RegisterExtension final BrowserPage page = new BrowserPage();

  @Test
  void signInCheckInTwiceAnswerTheMorningAndSeeTheHistory() {
    // An account made through the API, with yesterday's deadlift session in its log.
    Http http = new Http(port);
    String email = "browser-" + UUID.randomUUID() + "@example.org";
    String password = "a long enough passphrase";
    assertThat(
            http.postJson(
                    "/api/v1/accounts",
                    "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}")
                .statusCode())
        .isEqualTo(201);
    String token =
        (String)
            Json.mapper()
                .readValue(
                    http.postJson(
                            "/api/v1/tokens",
                            "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}")
                        .body(),
                    Map.class)
                .get("token");
    long account =
        ((Number)
                Json.mapper()
                    .readValue(http.withToken(token).get("/api/v1/account").body(), Map.class)
                    .get("id"))
            .longValue();
    LocalDate today = TestClock.TODAY;
    long workout =
        log.addWorkout(
            account,
            today.minusDays(1),
            "Pull day",
            "app",
            null,
            List.of(new NewSet("Deadlift (Barbell)", SetType.WORKING, 140, 5, 8.0, null)));

    // Log in on the page.
    page.driver().get(page.url("/login"));
    page.type("username", email);
    page.type("password", password);
    page.go("button[type=submit]");

    // The first check-in: the profile questions are asked once.
    page.driver().get(page.url("/check-in"));
    assertThat(page.driver().getCurrentUrl()).endsWith("/check-ins/new");
    assertThat(page.text("storing-note")).contains("saved");
    assertThat(page.text("pending-morning-checks")).contains("yesterday's deadlifts");
    assertThat(page.driver().findElement(By.id("red-flags")).isDisplayed()).isTrue();
    page.click("input[name=painNow][value='5']");
    page.click("input[name=onset][value=NEXT_DAY]");
    page.click("input[name=location][value=BOTH_SIDES]");
    page.type("age", "34");
    page.click("#red-flags .none-of-these input");
    page.screenshot("checkins-form-signed-in-first");
    page.go("#submit-check-in");

    assertThat(page.driver().getCurrentUrl()).matches(".*/check-ins/\\d+$");
    assertThat(page.text("disposition")).isNotBlank();
    assertThat(page.text("check-in-date")).contains("5 out of 10");
    assertThat(page.text("episode-line")).contains("began on");
    assertThat(page.text("derived-facts"))
        .contains("Worst pain in this episode")
        .contains("5 out of 10");
    assertThat(page.text("safety-net")).isNotBlank();
    page.assertNoHorizontalScroll();
    page.screenshot("checkins-result-first");

    // The next-morning question about yesterday's deadlifts.
    page.driver().get(page.url("/check-ins/new"));
    page.go("#pending-morning-checks a");
    assertThat(page.driver().findElement(By.tagName("h1")).getText())
        .contains("yesterday's deadlifts");
    page.type("baseline", "1");
    page.type("during", "4");
    page.type("nextMorning", "5");
    page.screenshot("checkins-morning-question");
    page.go("#save-monitoring");
    assertThat(page.driver().getCurrentUrl()).contains("/monitoring?saved=" + workout);
    WebElement session =
        page.driver().findElement(By.cssSelector("#sessions li[data-workout='" + workout + "']"));
    // The reason is the core's sentence (PainMonitoring), naming both numbers.
    assertThat(session.getText())
        .contains("red")
        .contains("5/10, above the 1/10 of the morning before");
    assertThat(page.text("nothing-pending")).isNotBlank();
    page.assertNoHorizontalScroll();
    page.screenshot("checkins-monitoring");

    // The second check-in: the profile is not asked again; history fills what is left blank.
    page.driver().get(page.url("/check-in"));
    assertThat(page.driver().findElements(By.id("about-you"))).isEmpty();
    assertThat(page.text("profile-summary")).contains("Age 34");
    assertThat(page.driver().findElements(By.id("pending-morning-checks"))).isEmpty();
    page.click("input[name=painNow][value='3']");
    // Within the open episode the details are folded; the lifter opens them to add one.
    assertThat(
            page.driver().executeScript("return document.getElementById('more-about-pain').open"))
        .isEqualTo(false);
    page.click("#more-about-pain summary");
    page.click("input[name=onset][value=NEXT_DAY]");
    page.click("#red-flags .none-of-these input");
    page.screenshot("checkins-form-signed-in-second");
    page.go("#submit-check-in");
    String facts = page.text("derived-facts");
    assertThat(facts)
        .contains("Compared with your last check-ins")
        .contains("better")
        .contains("Age (from your profile)")
        .contains("34")
        .contains("Deadlift sessions in a row");
    page.screenshot("checkins-result-second");

    // The history lists both, newest first, with pain, result and episode.
    page.driver().get(page.url("/check-ins"));
    List<WebElement> rows =
        page.driver().findElements(By.cssSelector("#check-in-history tbody tr"));
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).getText()).contains("3/10").contains("1 · day 0");
    assertThat(rows.get(1).getText()).contains("5/10").contains("1 · day 0");
    assertThat(page.text("checkin-overview")).contains("Pain episode open").contains("worst 5/10");
    page.assertNoHorizontalScroll();
    page.screenshot("checkins-history");

    // The stored result is there to come back to.
    Browser.clickAndWait(page.driver(), rows.get(1).findElement(By.tagName("a")));
    assertThat(page.text("check-in-date")).contains("5 out of 10");

    page.driver().get(page.url("/profile"));
    assertThat(page.driver().findElement(By.id("age")).getAttribute("value")).isEqualTo("34");
    page.screenshot("checkins-profile");
  }
}
