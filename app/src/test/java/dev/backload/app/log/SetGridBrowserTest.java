package dev.backload.app.log;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.app.config.Json;
import dev.backload.app.log.TrainingLog.NewSet;
import dev.backload.app.support.BrowserPage;
import dev.backload.app.support.LifterSession;
import dev.backload.app.support.OnH2;
import dev.backload.app.support.TestClock;
import dev.backload.core.log.SetType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The set grid on a phone (headless Chromium, 360 px): a workout with five planned deadlift sets
 * (stored as the plan stores them, {@link TrainingLog#addPlannedSets}; the planner itself
 * prescribes three, see {@code PlanBrowserTest}) is logged with one tap per set, each row showing
 * what was done in that set last time; then back pain now, and Finish workout with its summary.
 */
@OnH2
@Tag("browser")
class SetGridBrowserTest {
  @Autowired TrainingLog log;

  @RegisterExtension final BrowserPage page = new BrowserPage();

  private List<WebElement> rows(String css) {
    return page.driver().findElements(By.cssSelector(css));
  }

  @Test
  void fivePlannedSetsTakeOneTapEachAndShowLastTime() {
    LifterSession lifter = page.logInAsNewLifter();
    long account =
        ((Number)
                Json.mapper()
                    .readValue(lifter.api().get("/api/v1/account").body(), Map.class)
                    .get("id"))
            .longValue();
    LocalDate today = TestClock.TODAY;
    // Last time: five sets of deadlifts, the last two lighter.
    List<NewSet> before = new ArrayList<>();
    for (double kg : new double[] {100, 100, 100, 90, 90}) {
      before.add(new NewSet("Deadlift (Barbell)", SetType.WORKING, kg, 5, null, null));
    }
    log.addWorkout(account, today.minusDays(3), "Pull day", "app", null, before);
    long workout = log.addWorkout(account, today, "Planned: deadlift", "app", null, List.of());
    log.addPlannedSets(
        account,
        workout,
        Collections.nCopies(
            5, new NewSet("Deadlift (Barbell)", SetType.WORKING, 102.5, 5, null, null)));

    page.open("/workouts/" + workout);
    assertThat(rows(".set-planned")).hasSize(5);
    assertThat(rows(".set-done")).isEmpty();
    // Previous: what was done in each set position last time.
    assertThat(rows(".set-planned .cell-prev").stream().map(WebElement::getText))
        .containsExactly("100 × 5", "100 × 5", "100 × 5", "90 × 5", "90 × 5");
    assertThat(rows(".set-planned input[name=weight]").stream().map(e -> e.getAttribute("value")))
        .containsOnly("102.5");
    page.assertNoHorizontalScroll();
    page.screenshot("grid-1-planned");

    // Plus and minus step the load by the loadable increment (2.5 kg).
    page.click(".set-planned button.step[data-step='1']");
    assertThat(rows(".set-planned input[name=weight]").get(0).getAttribute("value"))
        .isEqualTo("105");
    page.click(".set-planned button.step[data-step='-1']");
    assertThat(rows(".set-planned input[name=weight]").get(0).getAttribute("value"))
        .isEqualTo("102.5");

    int taps = 0;
    for (int done = 1; done <= 5; done++) {
      page.click(".set-planned button.tick");
      taps++;
      int expected = done;
      page.waiting().until(d -> rows(".set-done").size() == expected);
      if (done == 2) {
        page.screenshot("grid-2-two-done");
      }
    }
    assertThat(taps).isEqualTo(5);
    assertThat(rows(".set-planned")).isEmpty();
    assertThat(rows(".set-done .cell-weight").stream().map(WebElement::getText))
        .containsOnly("102.5");
    assertThat(log.findWorkout(account, workout).orElseThrow().sets()).hasSize(5);
    // The rows done still show last time's numbers.
    assertThat(rows(".set-done .cell-prev").get(3).getText()).isEqualTo("90 × 5");

    // Back pain now, after the deadlifts: one tap.
    page.go("#back-pain button[value='2']");
    assertThat(page.text("pain-saved")).contains("2 out of 10");
    page.assertNoHorizontalScroll();
    page.screenshot("grid-3-done-and-pain");

    page.go("#finish-workout");
    assertThat(page.driver().getCurrentUrl()).endsWith("/workouts/" + workout + "/summary");
    assertThat(page.text("summary-sets")).isEqualTo("5 sets logged.");
    assertThat(page.text("next-morning"))
        .contains(
            java.time.format.DateTimeFormatter.ofPattern("EEE d MMM yyyy", java.util.Locale.ENGLISH)
                .format(today.plusDays(1)));
    assertThat(page.driver().findElement(By.id("next-morning-link")).getAttribute("href"))
        .endsWith("/monitoring/" + workout);
    page.screenshot("grid-4-summary");
  }
}
