package dev.backload.app.planning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.app.demo.DemoAccount;
import dev.backload.app.support.Browser;
import dev.backload.app.support.OnH2;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Value;

/**
 * The demo lifter, in a real headless Chromium 360 px wide, opens the plan from the navigation,
 * reads the session card, the zones and what may be driving the pain, looks at the screen page and
 * the check-in's optional section, and starts the planned session as today's workout.
 */
@OnH2
@Tag("browser")
class PlanBrowserTest {
  @Value("${local.server.port}")
  int port;

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

  private List<String> attributes(String css, String attribute) {
    return browser.findElements(By.cssSelector(css)).stream()
        .map(e -> e.getAttribute(attribute))
        .toList();
  }

  @Test
  void theDemoLifterFollowsThePlanIntoTodaysWorkout() {
    browser.get(url("/login"));
    type("username", DemoAccount.EMAIL);
    type("password", DemoAccount.PASSWORD);
    go("button[type=submit]");

    browser.get(url("/workouts"));
    go("nav a[href='/plan']");
    assertThat(browser.getCurrentUrl()).endsWith("/plan");
    assertThat(text("plan-stage")).startsWith("Stage 2 of 4").contains("Re-pattern");
    assertThat(text("moves-on")).isNotBlank();
    assertThat(text("session-lift")).isEqualTo("Trap bar deadlift");
    assertThat(text("session-load")).matches("\\d+(\\.5)? kg");
    assertThat(text("session-volume")).matches("\\d+ × \\d+");
    assertThat(text("session-rpe")).startsWith("stop at RPE");
    assertThat(browser.findElements(By.cssSelector("#session-reasons li"))).isNotEmpty();
    assertThat(browser.findElements(By.cssSelector("#session-accessories li"))).hasSizeGreaterThan(2);
    assertThat(attributes("#zones li", "data-zone")).contains("green", "red", "pending");
    assertThat(attributes("#attribution li", "data-factor")).contains("LOAD_SPIKE", "SESSION_FATIGUE");
    assertThat(text("attribution-summary")).contains("none of them is a certain cause");
    assertThat(attributes("#recommendations li", "data-kind")).contains("BOOK_ASSESSMENT");
    Browser.screenshot(browser, "plan-demo");

    // The screen page says plainly that the mobility evidence is weak.
    browser.get(url("/screen"));
    assertThat(text("weak-evidence")).contains("weakly linked to back pain");
    assertThat(text("screen-safety")).contains("stop");
    Browser.screenshot(browser, "plan-screen");

    // The check-in keeps its red-flag questions; the plan's questions are a separate, optional part.
    browser.get(url("/check-in"));
    assertThat(browser.findElement(By.id("emergency-signs")).isDisplayed()).isTrue();
    assertThat(text("planner-context")).contains("Helps the plan; skip if you like");
    Browser.screenshot(browser, "plan-check-in-context");

    // Start the planned session: today's workout, prefilled, opens in the log.
    browser.get(url("/plan"));
    String load = text("session-load");
    go("#start-workout");
    assertThat(browser.getCurrentUrl()).matches(".*/workouts/\\d+$");
    String workout = browser.findElement(By.tagName("main")).getText();
    assertThat(workout).contains("Trap Bar Deadlift").contains(load.replace(" kg", ""));
    Browser.screenshot(browser, "plan-started-workout");

    browser.get(url("/plan"));
    assertThat(browser.findElements(By.id("start-workout"))).isEmpty();
    go("#open-workout");
    assertThat(browser.getCurrentUrl()).matches(".*/workouts/\\d+$");
  }
}
