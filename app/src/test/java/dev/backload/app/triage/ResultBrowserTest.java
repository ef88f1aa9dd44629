package dev.backload.app.triage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.app.config.Json;
import dev.backload.app.support.BrowserPage;
import dev.backload.app.support.LifterSession;
import dev.backload.app.support.OnH2;
import dev.backload.app.support.TestClock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The results in a real headless Chromium, 360 px wide: an EMERGENCY result is a full-width call to
 * the account's emergency number with no way to answer again; a TRAIN result starts today's session
 * and lists the signs to act on; a result older than 48 hours is greyed on the dashboard.
 */
@OnH2
@Tag("browser")
class ResultBrowserTest {
  @RegisterExtension final BrowserPage page = new BrowserPage();

  private static long checkIn(LifterSession lifter, String json) {
    var created = lifter.api().postJson("/api/v1/checkins", json);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return ((Number) Json.mapper().readValue(created.body(), Map.class).get("id")).longValue();
  }

  @Test
  void anEmergencyResultIsOneCallToTheLocalNumberAndNoWayToCheckInAgain() {
    LifterSession lifter = page.logInAsNewLifter();
    assertThat(lifter.api().putJson("/api/v1/account", "{\"country\":\"GB\"}").statusCode())
        .isEqualTo(200);
    long id = checkIn(lifter, "{\"painNow\":3,\"saddleNumbness\":true}");

    page.open("/check-ins/" + id);
    WebElement call = page.driver().findElement(By.id("call-emergency"));
    assertThat(call.getAttribute("href")).isEqualTo("tel:999");
    assertThat(call.getText()).contains("Call 999");
    // Full width: the button spans the content column.
    WebElement main = page.driver().findElement(By.tagName("main"));
    int mainInner =
        ((Number)
                page.driver()
                    .executeScript(
                        "const s = getComputedStyle(arguments[0]);"
                            + " return arguments[0].clientWidth - parseFloat(s.paddingLeft)"
                            + " - parseFloat(s.paddingRight);",
                        main))
            .intValue();
    assertThat(call.getSize().getWidth()).isGreaterThanOrEqualTo(mainInner - 1);
    // It is above the fold and the first thing to press.
    assertThat(call.getLocation().getY() + call.getSize().getHeight()).isLessThanOrEqualTo(800);
    // Nothing in the result invites answering again until the answer is milder.
    List<WebElement> again =
        main.findElements(
            By.cssSelector("a[href$='/check-in'], a[href$='/check-ins/new'], #check-in-again"));
    assertThat(again).isEmpty();
    assertThat(main.getText()).doesNotContainIgnoringCase("check in again");
    assertThat(page.driver().findElement(By.id("safety-net")).getAttribute("class"))
        .contains("safety-net-emergency");
    assertThat(page.driver().findElement(By.id("disposition")).getText()).contains("Emergency");
    page.assertNoHorizontalScroll();
    page.screenshot("result-emergency");

    // The dashboard repeats the call while the hold is on.
    page.open("/dashboard");
    assertThat(page.driver().findElement(By.id("hold-call-emergency")).getAttribute("href"))
        .isEqualTo("tel:999");
    page.screenshot("result-emergency-dashboard");
  }

  @Test
  void aTrainResultStartsTodaysSessionAndListsTheSignsToActOn() {
    LifterSession lifter = page.logInAsNewLifter();
    long id = checkIn(lifter, "{\"painNow\":1}");

    page.open("/check-ins/" + id);
    assertThat(page.driver().findElement(By.id("disposition")).getText()).contains("Train");
    WebElement start = page.driver().findElement(By.id("start-session"));
    assertThat(start.getText()).isEqualTo("Start today's session");
    assertThat(start.getAttribute("href")).endsWith("/plan");
    List<WebElement> signs = page.driver().findElements(By.cssSelector("#safety-signs li"));
    assertThat(signs).hasSizeBetween(5, 6);
    assertThat(page.text("safety-heading")).isEqualTo("When to get urgent help");
    assertThat(page.driver().findElement(By.id("safety-net")).getAttribute("class"))
        .contains("safety-net-neutral");
    assertThat(page.driver().findElements(By.id("call-emergency"))).isEmpty();
    // The rulebook version is folded away until "Details" is opened.
    WebElement version = page.driver().findElement(By.id("rulebook-version"));
    assertThat(version.isDisplayed()).isFalse();
    page.click("#result-details summary");
    assertThat(version.isDisplayed()).isTrue();
    page.assertNoHorizontalScroll();
    page.screenshot("result-train");

    page.go("#start-session");
    assertThat(page.driver().getCurrentUrl()).endsWith("/plan");
  }

  @Test
  void aModifyResultIsAmberWithItsOwnIconAndWord() {
    LifterSession lifter = page.logInAsNewLifter();
    long id = checkIn(lifter, "{\"painNow\":6}");
    page.open("/check-ins/" + id);
    WebElement disposition = page.driver().findElement(By.id("disposition"));
    assertThat(disposition.getAttribute("class")).contains("scale-amber");
    assertThat(disposition.findElement(By.cssSelector(".scale-icon")).getAttribute("aria-label"))
        .isEqualTo("Take care");
    String background =
        (String)
            page.driver()
                .executeScript(
                    "return getComputedStyle(arguments[0]).backgroundColor", disposition);
    String button =
        (String)
            page.driver()
                .executeScript(
                    "return getComputedStyle(arguments[0]).backgroundColor",
                    page.driver().findElement(By.id("start-session")));
    assertThat(background).isNotEqualTo(button);
    page.screenshot("result-modify");
  }

  @Test
  void aResultOlderThan48HoursIsGreyedWithCheckInNow() {
    LifterSession lifter = page.logInAsNewLifter();
    checkIn(lifter, "{\"painNow\":1,\"date\":\"" + TestClock.TODAY.minusDays(3) + "\"}");
    page.open("/dashboard");
    assertThat(page.driver().findElement(By.id("latest-disposition")).getAttribute("class"))
        .contains("result-stale");
    page.go("#check-in-now");
    assertThat(page.driver().getCurrentUrl()).endsWith("/check-ins/new");
    page.open("/dashboard");
    page.screenshot("result-stale-dashboard");
  }
}
