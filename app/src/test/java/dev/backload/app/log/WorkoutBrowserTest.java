package dev.backload.app.log;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.app.support.BrowserPage;
import dev.backload.app.support.LifterSession;
import dev.backload.app.support.OnH2;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Value;

/**
 * A lifter logs a deadlift session on a phone (headless Chromium, 360 px): starts a workout, adds
 * three sets (one warm-up) with the form under the set grid, edits one, deletes one (from its edit
 * page, reached from the set number in the grid), and finds it in the history. Then looks at their
 * data and deletes the account.
 */
@OnH2
@Tag("browser")
class WorkoutBrowserTest {
  @Value("${local.server.port}")
  int port;

  @RegisterExtension final BrowserPage page = new BrowserPage();

  private List<WebElement> sets() {
    return page.driver().findElements(By.cssSelector("#grid .set-done"));
  }

  /** Waits until the page shows the element (after a click that loads another page). */
  private WebElement waitFor(By by) {
    return new WebDriverWait(page.driver(), Duration.ofSeconds(20))
        .until(d -> d.findElements(by).isEmpty() ? null : d.findElement(by));
  }

  /** The texts of a done row's cells: set, previous, load, reps, RPE. */
  private static List<String> cells(WebElement row) {
    return row.findElements(By.xpath("./span")).stream()
        .limit(5)
        .map(e -> e.getAttribute("textContent").strip())
        .toList();
  }

  private void waitForSets(int count) {
    new WebDriverWait(page.driver(), Duration.ofSeconds(20)).until(d -> sets().size() == count);
  }

  @Test
  void logADeadliftSessionEditAndDeleteASetAndSeeTheHistory() {
    page.logInAsNewLifter();
    page.driver().get(page.url("/workouts"));
    assertThat(page.driver().findElement(By.id("no-workouts")).isDisplayed()).isTrue();
    page.screenshot("log-1-history-empty");

    page.driver().findElement(By.id("start-workout")).click();
    assertThat(waitFor(By.id("date")).getAttribute("value")).matches("\\d{4}-\\d{2}-\\d{2}");
    page.type("name", "Pull day");
    page.screenshot("log-2-start-workout");
    page.driver().findElement(By.id("save-workout")).click();

    assertThat(waitFor(By.id("workout-title")).getText()).isEqualTo("Pull day");
    assertThat(page.driver().findElement(By.id("no-sets")).isDisplayed()).isTrue();
    assertThat(
            page.driver()
                .findElements(By.cssSelector("#exercise-list option[value='Trap Bar Deadlift']")))
        .hasSize(1);
    page.screenshot("log-3-workout-empty");
    assertThat(page.driver().executeScript("return typeof window.htmx")).isEqualTo("object");
    page.driver().executeScript("window.notReloaded = true");

    // Set 1: a warm-up.
    page.type("exercise", "Deadlift (Barbell)");
    page.type("weight", "60");
    page.type("reps", "5");
    page.driver().findElement(By.id("set-type-warmup")).click();
    page.driver().findElement(By.id("add-set-button")).click();
    waitForSets(1);
    // Set 2: the exercise and load stay filled in; change load, type and RPE.
    assertThat(page.driver().findElement(By.id("exercise")).getAttribute("value"))
        .isEqualTo("Deadlift (Barbell)");
    page.type("weight", "140");
    page.driver().findElement(By.id("set-type-working")).click();
    new Select(page.driver().findElement(By.id("rpe"))).selectByValue("8");
    page.driver().findElement(By.id("add-set-button")).click();
    waitForSets(2);
    // Set 3: the same again is one tap.
    assertThat(page.driver().findElement(By.id("weight")).getAttribute("value")).isEqualTo("140");
    assertThat(page.driver().findElement(By.id("set-type-working")).isSelected()).isTrue();
    page.driver().findElement(By.id("add-set-button")).click();
    waitForSets(3);
    // htmx added the sets without reloading the page.
    assertThat(page.driver().executeScript("return window.notReloaded === true")).isEqualTo(true);
    List<WebElement> three = sets();
    assertThat(three.get(0).getAttribute("data-set-type")).isEqualTo("WARMUP");
    assertThat(cells(three.get(0))).containsExactly("1W", "", "60", "5", "");
    assertThat(cells(three.get(1))).containsExactly("2", "", "140", "5", "8");
    assertThat(cells(three.get(2))).containsExactly("3", "", "140", "5", "");
    assertThat(page.driver().findElement(By.cssSelector("#grid .exercise-block h3")).getText())
        .isEqualTo("Deadlift (Barbell)");
    assertThat(
            page.driver()
                .findElement(By.cssSelector("#grid .exercise-block"))
                .getAttribute("class"))
        .contains("hinge");
    page.assertNoHorizontalScroll();
    page.screenshot("log-4-workout-three-sets");

    // Edit set 2: 4 reps instead of 5.
    three.get(1).findElement(By.className("edit-set")).click();
    assertThat(waitFor(By.id("save-set")).isDisplayed()).isTrue();
    assertThat(page.driver().findElement(By.id("reps")).getAttribute("value")).isEqualTo("5");
    assertThat(page.driver().findElement(By.id("weight")).getAttribute("value")).isEqualTo("140");
    page.type("reps", "4");
    page.screenshot("log-5-edit-set");
    page.driver().findElement(By.id("save-set")).click();
    waitFor(By.id("add-set-form"));
    assertThat(cells(sets().get(1))).containsExactly("2", "", "140", "4", "8");

    // Delete set 3, from its edit page.
    sets().get(2).findElement(By.className("edit-set")).click();
    waitFor(By.id("delete-set")).click();
    waitFor(By.id("add-set-form"));
    waitForSets(2);
    page.screenshot("log-6-workout-after-delete");

    // The history shows the workout with its deadlift sets highlighted.
    page.driver().findElement(By.linkText("← Training log")).click();
    waitFor(By.id("history"));
    List<WebElement> history = page.driver().findElements(By.cssSelector("#history > li"));
    assertThat(history).hasSize(1);
    assertThat(history.get(0).getText())
        .contains("Pull day")
        .contains("2 sets")
        .contains("2 deadlift sets");
    assertThat(history.get(0).getAttribute("class")).contains("has-hinge");
    page.assertNoHorizontalScroll();
    page.screenshot("log-7-history");

    // Deleting the workout asks first.
    history.get(0).findElement(By.tagName("a")).click();
    waitFor(By.id("delete-workout")).click();
    assertThat(waitFor(By.id("confirm-delete-workout")).isDisplayed()).isTrue();
    assertThat(page.driver().findElement(By.tagName("main")).getText())
        .contains("Delete this workout?")
        .contains("2 sets");
    page.screenshot("log-8-delete-workout");
    page.driver().findElement(By.id("confirm-delete-workout")).click();
    assertThat(waitFor(By.id("deleted-notice")).isDisplayed()).isTrue();
    assertThat(page.driver().findElements(By.cssSelector("#history > li"))).isEmpty();
  }

  @Test
  void aProblemIsShownAtTheFormAndTheTypedValuesStay() {
    page.logInAsNewLifter();
    page.driver().get(page.url("/workouts/new"));
    page.driver().findElement(By.id("save-workout")).click();
    waitFor(By.id("add-set-form"));
    page.type("exercise", "Rack Pull");
    page.type("weight", "200");
    page.type("reps", "");
    page.driver().executeScript("document.getElementById('reps').removeAttribute('required')");
    page.driver().findElement(By.id("add-set-button")).click();
    new WebDriverWait(page.driver(), Duration.ofSeconds(20))
        .until(d -> !d.findElements(By.id("form-errors")).isEmpty());
    assertThat(page.driver().findElement(By.id("form-errors")).getText())
        .contains("reps is missing");
    assertThat(page.driver().findElement(By.id("weight")).getAttribute("value")).isEqualTo("200");
    assertThat(sets()).isEmpty();
    page.screenshot("log-9-set-problem");
  }

  @Test
  void yourDataPageThenDeleteTheAccountWithThePassword() {
    LifterSession account = page.logInAsNewLifter();
    page.driver().get(page.url("/account/data"));
    assertThat(page.driver().findElement(By.id("download-csv")).getAttribute("href"))
        .endsWith("/api/v1/export.csv");
    page.assertNoHorizontalScroll();
    page.screenshot("data-1-your-data");
    page.driver().findElement(By.id("delete-account")).click();
    waitFor(By.id("confirm-delete"));
    page.type("password", "wrong password, surely");
    page.driver().findElement(By.id("confirm-delete")).click();
    assertThat(waitFor(By.id("delete-error")).getText()).contains("nothing was deleted");
    page.type("password", account.password());
    page.screenshot("data-2-delete-account");
    page.driver().findElement(By.id("confirm-delete")).click();
    assertThat(waitFor(By.id("goodbye")).getText()).contains("deleted");
    page.screenshot("data-3-goodbye");
    page.driver().get(page.url("/workouts"));
    waitFor(By.id("username"));
    assertThat(page.driver().getCurrentUrl()).endsWith("/login");
  }
}
