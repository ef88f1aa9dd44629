package dev.backload.app.today;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.app.support.BrowserPage;
import dev.backload.app.support.Http;
import dev.backload.app.support.LifterSession;
import dev.backload.app.support.OnH2;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;

/**
 * A lifter on a phone (headless Chromium, 360 x 800) moves through the tab bar and finds the next
 * session on Today and on the plan page within the first screen, Start right under it; after a
 * red-flag check-in neither page offers Start. Measures the tab bar's targets, the one current tab,
 * and that the bar covers nothing at the end of a page.
 */
@OnH2
@Tag("browser")
class TodayBrowserTest {
  /** The height of the first screen at the tests' window size. */
  private static final int SCREEN = 800;

  @RegisterExtension final BrowserPage page = new BrowserPage();

  private long number(String script) {
    return ((Number) page.driver().executeScript(script)).longValue();
  }

  /**
   * A lifter with six weekly deadlift sessions and a check-in that puts them in a staged return.
   */
  private static void history(Http lifter) {
    HttpResponse<String> plan = lifter.get("/api/v1/plan");
    Matcher date = Pattern.compile("\"date\":\"([0-9-]+)\"").matcher(plan.body());
    assertThat(date.find()).as(plan.body()).isTrue();
    LocalDate today = LocalDate.parse(date.group(1));
    for (int week = 6; week >= 1; week--) {
      HttpResponse<String> w =
          lifter.postJson(
              "/api/v1/workouts",
              "{\"date\":\""
                  + today.minusWeeks(week)
                  + "\",\"name\":\"Pull\",\"sets\":["
                  + "{\"exercise\":\"Deadlift (Barbell)\",\"weightKg\":140,\"reps\":5,\"rpe\":8},"
                  + "{\"exercise\":\"Deadlift (Barbell)\",\"weightKg\":140,\"reps\":5,\"rpe\":8}]}");
      assertThat(w.statusCode()).as(w.body()).isEqualTo(201);
    }
    HttpResponse<String> checkIn =
        lifter.postJson(
            "/api/v1/checkins",
            "{\"painNow\":2,\"lostStrengthOrControl\":true,\"plannerContext\":{\"hingeTestPain\":1}}");
    assertThat(checkIn.statusCode()).as(checkIn.body()).isEqualTo(201);
  }

  /**
   * The tab bar on this page: five tabs of at least 48 x 48 px, exactly one current (marked by
   * aria-current and a visible bar), fixed at the bottom of the window.
   */
  private void assertTabBar(String current) {
    WebElement bar = page.driver().findElement(By.id("tab-bar"));
    List<WebElement> tabs = bar.findElements(By.cssSelector("a"));
    assertThat(tabs)
        .extracting(WebElement::getText)
        .containsExactly("Today", "Log", "Plan", "Progress", "More");
    for (WebElement tab : tabs) {
      Rectangle r = tab.getRect();
      assertThat(r.getWidth()).as(tab.getText() + " width").isGreaterThanOrEqualTo(48);
      assertThat(r.getHeight()).as(tab.getText() + " height").isGreaterThanOrEqualTo(48);
    }
    List<WebElement> marked = bar.findElements(By.cssSelector("a[aria-current=page]"));
    assertThat(marked).extracting(e -> e.getAttribute("id")).containsExactly("tab-" + current);
    WebElement mark = marked.get(0).findElement(By.className("tab-mark"));
    assertThat(mark.getCssValue("background-color")).isNotEqualTo("rgba(0, 0, 0, 0)");
    for (WebElement other : bar.findElements(By.cssSelector("a:not([aria-current]) .tab-mark"))) {
      assertThat(other.getCssValue("background-color")).isEqualTo("rgba(0, 0, 0, 0)");
    }
    Rectangle r = bar.getRect();
    assertThat(r.getY() + r.getHeight()).isEqualTo(number("return window.innerHeight"));
    assertThat(bar.getCssValue("position")).isEqualTo("fixed");
    page.assertNoHorizontalScroll();
  }

  /** At the end of the page, the last of its content ends above the tab bar. */
  private void assertNothingHiddenAtTheEnd() {
    page.driver().executeScript("window.scrollTo(0, document.documentElement.scrollHeight)");
    long barTop = number("return document.getElementById('tab-bar').getBoundingClientRect().top");
    long footerText =
        number("return document.querySelector('.site-footer p').getBoundingClientRect().bottom");
    assertThat(footerText).isLessThanOrEqualTo(barTop);
    page.driver().executeScript("window.scrollTo(0, 0)");
  }

  /** The element's top, in px from the top of the page, scrolled to the top. */
  private long top(String id) {
    page.driver().executeScript("window.scrollTo(0, 0)");
    return number(
        "return document.getElementById('" + id + "').getBoundingClientRect().top + scrollY");
  }

  @Test
  void theTabBarLeadsToEachPageAndTodayShowsTheSessionWithStartOnTheFirstScreen() {
    LifterSession lifter = page.logInAsNewLifter();
    history(lifter.api());

    page.open("/");
    assertThat(page.driver().getCurrentUrl()).endsWith("/today");
    assertTabBar("today");
    assertThat(page.text("today-status")).contains("pain 2/10");
    assertThat(page.text("session-lift")).isNotBlank();
    assertThat(page.text("session-load")).matches("\\d+(\\.5)? kg");
    assertThat(page.text("session-volume")).matches("\\d+ × \\d+");
    assertThat(page.driver().findElements(By.cssSelector("#next-session .cue-tags .tag")))
        .hasSizeGreaterThanOrEqualTo(3);
    double weight =
        Double.parseDouble(
            page.driver()
                .findElement(By.id("session-load"))
                .getCssValue("font-size")
                .replace("px", ""));
    assertThat(weight).as("the weight in large type").isGreaterThanOrEqualTo(32);
    long start = top("start-workout");
    assertThat(start).as("Start within the first screen").isLessThan(SCREEN);
    long startBottom =
        number("return document.getElementById('start-workout').getBoundingClientRect().bottom");
    long barTop = number("return document.getElementById('tab-bar').getBoundingClientRect().top");
    assertThat(startBottom).as("Start not under the tab bar").isLessThanOrEqualTo(barTop);
    assertNothingHiddenAtTheEnd();
    page.screenshot("today");

    page.go("#tab-plan");
    assertThat(page.driver().getCurrentUrl()).endsWith("/plan");
    assertTabBar("plan");
    assertThat(page.text("stage-label")).isEqualTo("Stage 2 of 4");
    WebElement bar = page.driver().findElement(By.id("stage-progress"));
    assertThat(bar.getAttribute("value")).isEqualTo("2");
    assertThat(bar.getAttribute("max")).isEqualTo("4");
    assertThat(top("start-workout")).as("Start within the first screen").isLessThan(SCREEN);
    assertThat(top("next-session")).isLessThan(top("plan-mode"));
    // The details are folded: the accessories are there, shown on a tap.
    assertThat(page.driver().findElement(By.id("session-accessories")).isDisplayed()).isFalse();
    page.click("#fold-accessories summary");
    assertThat(page.driver().findElement(By.id("session-accessories")).isDisplayed()).isTrue();
    assertNothingHiddenAtTheEnd();
    page.screenshot("plan-card");

    Map<String, String> tabs =
        Map.of("log", "/workouts", "progress", "/dashboard", "today", "/today", "more", "/more");
    for (String tab : List.of("log", "progress", "today", "more")) {
      page.go("#tab-" + tab);
      assertThat(page.driver().getCurrentUrl()).endsWith(tabs.get(tab));
      assertTabBar(tab);
    }
    page.screenshot("more");

    // Sign out from More: a form post with the CSRF token; the tab bar goes with the session.
    page.go("#sign-out");
    assertThat(page.driver().findElements(By.id("tab-bar"))).isEmpty();
    page.open("/today");
    assertThat(page.driver().getCurrentUrl()).endsWith("/login");
  }

  @Test
  void afterARedFlagNeitherTodayNorThePlanOffersStart() {
    LifterSession lifter = page.logInAsNewLifter();
    history(lifter.api());
    HttpResponse<String> red =
        lifter.api().postJson("/api/v1/checkins", "{\"painNow\":3,\"nightPain\":true}");
    assertThat(red.statusCode()).as(red.body()).isEqualTo(201);

    for (String path : List.of("/today", "/plan")) {
      page.open(path);
      assertThat(page.driver().findElements(By.id("start-workout"))).as(path).isEmpty();
      assertThat(page.driver().findElements(By.cssSelector("form[action='/plan/start']")))
          .as(path)
          .isEmpty();
      assertThat(top("session-held")).as(path).isLessThan(SCREEN);
      assertThat(page.text("record-assessment")).isEqualTo("Record your assessment");
    }
    page.open("/today");
    assertThat(page.text("today-status")).startsWith("Training on hold");
    page.screenshot("today-hold");
  }
}
