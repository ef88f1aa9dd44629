package dev.backload.app.checkins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.app.config.Json;
import dev.backload.app.log.TrainingLog;
import dev.backload.app.log.TrainingLog.NewSet;
import dev.backload.app.support.Browser;
import dev.backload.app.support.Http;
import dev.backload.app.support.OnH2;
import dev.backload.app.support.TestClock;
import dev.backload.core.log.SetType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
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

  private ChromeDriver browser;

  @BeforeEach
  void start() {
    browser = Browser.startPhoneSized();
  }

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.quit();
    }
  }

  private String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  private void click(String css) {
    browser.findElement(By.cssSelector(css)).click();
  }

  /** Clicks something that loads a new page and waits for it. */
  private void go(String css) {
    Browser.clickAndWait(browser, browser.findElement(By.cssSelector(css)));
  }

  private void type(String id, String value) {
    WebElement input = browser.findElement(By.id(id));
    input.clear();
    input.sendKeys(value);
  }

  private String text(String id) {
    return browser.findElement(By.id(id)).getText();
  }

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
        ((Number) Json.mapper().readValue(http.withToken(token).get("/api/v1/account").body(), Map.class).get("id"))
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
    browser.get(url("/login"));
    type("username", email);
    type("password", password);
    go("button[type=submit]");

    // The first check-in: the profile questions are asked once.
    browser.get(url("/check-in"));
    assertThat(browser.getCurrentUrl()).endsWith("/check-ins/new");
    assertThat(text("storing-note")).contains("saved");
    assertThat(text("pending-morning-checks")).contains("yesterday's deadlifts");
    assertThat(browser.findElement(By.id("emergency-signs")).isDisplayed()).isTrue();
    click("input[name=painNow][value='5']");
    click("input[name=onset][value=NEXT_DAY]");
    click("input[name=location][value=BOTH_SIDES]");
    type("age", "34");
    click("#emergency-signs .none-of-these input");
    click("#illness-signs .none-of-these input");
    Browser.screenshot(browser, "checkins-form-signed-in-first");
    go("#submit-check-in");

    assertThat(browser.getCurrentUrl()).matches(".*/check-ins/\\d+$");
    assertThat(text("disposition")).isNotBlank();
    assertThat(text("check-in-date")).contains("5 out of 10");
    assertThat(text("episode-line")).contains("began on");
    assertThat(text("derived-facts")).contains("Worst pain in this episode").contains("5 out of 10");
    assertThat(text("safety-net")).isNotBlank();
    assertNoHorizontalScroll();
    Browser.screenshot(browser, "checkins-result-first");

    // The next-morning question about yesterday's deadlifts.
    browser.get(url("/check-ins/new"));
    go("#pending-morning-checks a");
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains("yesterday's deadlifts");
    type("baseline", "1");
    type("during", "4");
    type("nextMorning", "5");
    Browser.screenshot(browser, "checkins-morning-question");
    go("#save-monitoring");
    assertThat(browser.getCurrentUrl()).contains("/monitoring?saved=" + workout);
    WebElement session = browser.findElement(By.cssSelector("#sessions li[data-workout='" + workout + "']"));
    // The reason is the core's sentence (PainMonitoring), naming both numbers.
    assertThat(session.getText()).contains("red").contains("5/10, above the 1/10 of the morning before");
    assertThat(text("nothing-pending")).isNotBlank();
    assertNoHorizontalScroll();
    Browser.screenshot(browser, "checkins-monitoring");

    // The second check-in: the profile is not asked again; history fills what is left blank.
    browser.get(url("/check-in"));
    assertThat(browser.findElements(By.id("about-you"))).isEmpty();
    assertThat(text("profile-summary")).contains("Age 34");
    assertThat(browser.findElements(By.id("pending-morning-checks"))).isEmpty();
    click("input[name=painNow][value='3']");
    click("input[name=onset][value=NEXT_DAY]");
    click("#emergency-signs .none-of-these input");
    click("#illness-signs .none-of-these input");
    Browser.screenshot(browser, "checkins-form-signed-in-second");
    go("#submit-check-in");
    String facts = text("derived-facts");
    assertThat(facts)
        .contains("Compared with your last check-ins")
        .contains("better")
        .contains("Age (from your profile)")
        .contains("34")
        .contains("Deadlift sessions in a row");
    Browser.screenshot(browser, "checkins-result-second");

    // The history lists both, newest first, with pain, result and episode.
    browser.get(url("/check-ins"));
    List<WebElement> rows = browser.findElements(By.cssSelector("#check-in-history tbody tr"));
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).getText()).contains("3/10").contains("1 · day 0");
    assertThat(rows.get(1).getText()).contains("5/10").contains("1 · day 0");
    assertThat(text("checkin-overview")).contains("Pain episode open").contains("worst 5/10");
    assertNoHorizontalScroll();
    Browser.screenshot(browser, "checkins-history");

    // The stored result is there to come back to.
    Browser.clickAndWait(browser, rows.get(1).findElement(By.tagName("a")));
    assertThat(text("check-in-date")).contains("5 out of 10");

    browser.get(url("/profile"));
    assertThat(browser.findElement(By.id("age")).getAttribute("value")).isEqualTo("34");
    Browser.screenshot(browser, "checkins-profile");
  }

  private void assertNoHorizontalScroll() {
    Object scrollWidth = browser.executeScript("return document.documentElement.scrollWidth");
    Object clientWidth = browser.executeScript("return document.documentElement.clientWidth");
    assertThat(((Number) scrollWidth).longValue())
        .isLessThanOrEqualTo(((Number) clientWidth).longValue());
  }
}
