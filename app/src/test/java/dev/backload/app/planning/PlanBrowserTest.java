package dev.backload.app.planning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.app.demo.DemoAccount;
import dev.backload.app.support.BrowserPage;
import dev.backload.app.support.OnH2;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
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

  @RegisterExtension final BrowserPage page = new BrowserPage();

  private List<String> attributes(String css, String attribute) {
    return page.driver().findElements(By.cssSelector(css)).stream()
        .map(e -> e.getAttribute(attribute))
        .toList();
  }

  @Test
  void theDemoLifterFollowsThePlanIntoTodaysWorkout() {
    page.driver().get(page.url("/login"));
    page.type("username", DemoAccount.EMAIL);
    page.type("password", DemoAccount.PASSWORD);
    page.go("button[type=submit]");

    page.driver().get(page.url("/workouts"));
    page.go("#tab-plan");
    assertThat(page.driver().getCurrentUrl()).endsWith("/plan");
    assertThat(page.text("plan-stage")).startsWith("Stage 2 of 4").contains("Re-pattern");
    assertThat(page.text("moves-on")).isNotBlank();
    assertThat(page.text("session-lift")).isEqualTo("Trap bar deadlift");
    assertThat(page.text("session-load")).matches("\\d+(\\.5)? kg");
    assertThat(page.text("session-volume")).matches("\\d+ × \\d+");
    assertThat(page.text("session-rpe")).startsWith("stop at RPE");
    assertThat(page.driver().findElements(By.cssSelector("#session-reasons li"))).isNotEmpty();
    assertThat(page.driver().findElements(By.cssSelector("#session-accessories li")))
        .hasSizeGreaterThan(2);
    assertThat(attributes("#zones li", "data-zone")).contains("green", "red", "pending");
    assertThat(attributes("#attribution li", "data-factor"))
        .contains("LOAD_SPIKE", "SESSION_FATIGUE");
    assertThat(page.text("attribution-summary")).contains("none of them is a certain cause");
    assertThat(attributes("#recommendations li", "data-kind")).contains("BOOK_ASSESSMENT");
    page.screenshot("plan-demo");

    // The screen page says plainly that the mobility evidence is weak.
    page.driver().get(page.url("/screen"));
    assertThat(page.text("weak-evidence")).contains("weakly linked to back pain");
    assertThat(page.text("screen-safety")).contains("stop");
    page.screenshot("plan-screen");

    // The check-in keeps its red-flag questions; the plan's questions are a separate, optional
    // part.
    page.driver().get(page.url("/check-in"));
    assertThat(page.driver().findElement(By.id("red-flags")).isDisplayed()).isTrue();
    page.click("#planner-context summary");
    assertThat(page.text("planner-context")).contains("Helps the plan; skip if you like");
    page.screenshot("plan-check-in-context");

    // Start the planned session: today's workout, prefilled, opens in the log.
    page.driver().get(page.url("/plan"));
    String load = page.text("session-load");
    page.go("#start-workout");
    assertThat(page.driver().getCurrentUrl()).matches(".*/workouts/\\d+$");
    String workout = page.driver().findElement(By.tagName("main")).getText();
    assertThat(workout).contains("Trap Bar Deadlift");
    // The planned sets are unticked rows of the set grid, prefilled with the planned load.
    assertThat(
            page.driver()
                .findElement(By.cssSelector(".set-planned input[name=weight]"))
                .getAttribute("value"))
        .isEqualTo(load.replace(" kg", ""));
    page.screenshot("plan-started-workout");

    page.driver().get(page.url("/plan"));
    assertThat(page.driver().findElements(By.id("start-workout"))).isEmpty();
    page.go("#open-workout");
    assertThat(page.driver().getCurrentUrl()).matches(".*/workouts/\\d+$");
  }
}
