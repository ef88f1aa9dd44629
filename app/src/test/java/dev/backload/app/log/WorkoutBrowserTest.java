package dev.backload.app.log;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.app.support.Browser;
import dev.backload.app.support.OnH2;
import dev.backload.app.support.LifterSession;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Value;

/**
 * A lifter logs a deadlift session on a phone (headless Chromium, 360 px): starts a workout, adds
 * three sets (one warm-up), edits one, deletes one, and finds it in the history. Then looks at
 * their data and deletes the account.
 */
@OnH2
@Tag("browser")
class WorkoutBrowserTest {
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

  private LifterSession logIn() {
    LifterSession account = LifterSession.signUp(port);
    browser.get(url("/login"));
    browser.findElement(By.id("username")).sendKeys(account.email());
    browser.findElement(By.id("password")).sendKeys(account.password());
    browser.findElement(By.cssSelector("form button[type=submit]")).click();
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().contains("/login"));
    return account;
  }

  private void type(String id, String value) {
    WebElement input = browser.findElement(By.id(id));
    input.clear();
    input.sendKeys(value);
  }

  private List<WebElement> sets() {
    return browser.findElements(By.cssSelector("#sets > li"));
  }

  /** Waits until the page shows the element (after a click that loads another page). */
  private WebElement waitFor(By by) {
    return new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(d -> d.findElements(by).isEmpty() ? null : d.findElement(by));
  }

  private void waitForSets(int count) {
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> sets().size() == count);
  }

  private void assertNoHorizontalScroll() {
    Object scrollWidth = browser.executeScript("return document.documentElement.scrollWidth");
    Object clientWidth = browser.executeScript("return document.documentElement.clientWidth");
    assertThat(((Number) scrollWidth).longValue()).isLessThanOrEqualTo(((Number) clientWidth).longValue());
  }

  @Test
  void logADeadliftSessionEditAndDeleteASetAndSeeTheHistory() {
    logIn();
    browser.get(url("/workouts"));
    assertThat(browser.findElement(By.id("no-workouts")).isDisplayed()).isTrue();
    Browser.screenshot(browser, "log-1-history-empty");

    browser.findElement(By.id("start-workout")).click();
    assertThat(waitFor(By.id("date")).getAttribute("value")).matches("\\d{4}-\\d{2}-\\d{2}");
    type("name", "Pull day");
    Browser.screenshot(browser, "log-2-start-workout");
    browser.findElement(By.id("save-workout")).click();

    assertThat(waitFor(By.id("workout-title")).getText()).isEqualTo("Pull day");
    assertThat(browser.findElement(By.id("no-sets")).isDisplayed()).isTrue();
    assertThat(browser.findElements(By.cssSelector("#exercise-list option[value='Trap Bar Deadlift']"))).hasSize(1);
    Browser.screenshot(browser, "log-3-workout-empty");
    assertThat(browser.executeScript("return typeof window.htmx")).isEqualTo("object");
    browser.executeScript("window.notReloaded = true");

    // Set 1: a warm-up.
    type("exercise", "Deadlift (Barbell)");
    type("weight", "60");
    type("reps", "5");
    browser.findElement(By.id("set-type-warmup")).click();
    browser.findElement(By.id("add-set-button")).click();
    waitForSets(1);
    // Set 2: the exercise and load stay filled in; change load, type and RPE.
    assertThat(browser.findElement(By.id("exercise")).getAttribute("value")).isEqualTo("Deadlift (Barbell)");
    type("weight", "140");
    browser.findElement(By.id("set-type-working")).click();
    new Select(browser.findElement(By.id("rpe"))).selectByValue("8");
    browser.findElement(By.id("add-set-button")).click();
    waitForSets(2);
    // Set 3: the same again is one tap.
    assertThat(browser.findElement(By.id("weight")).getAttribute("value")).isEqualTo("140");
    assertThat(browser.findElement(By.id("set-type-working")).isSelected()).isTrue();
    browser.findElement(By.id("add-set-button")).click();
    waitForSets(3);
    // htmx added the sets without reloading the page.
    assertThat(browser.executeScript("return window.notReloaded === true")).isEqualTo(true);
    List<WebElement> three = sets();
    assertThat(three.get(0).getAttribute("data-set-type")).isEqualTo("WARMUP");
    assertThat(three.get(0).getText()).contains("Deadlift (Barbell)").contains("60 kg × 5").contains("Warm-up");
    assertThat(three.get(1).getText()).contains("140 kg × 5 @ RPE 8").contains("Working");
    assertThat(three.get(2).getText()).contains("140 kg × 5").doesNotContain("RPE");
    assertThat(three.get(2).getAttribute("class")).contains("hinge");
    assertNoHorizontalScroll();
    Browser.screenshot(browser, "log-4-workout-three-sets");

    // Edit set 2: 4 reps instead of 5.
    three.get(1).findElement(By.className("edit-set")).click();
    assertThat(waitFor(By.id("save-set")).isDisplayed()).isTrue();
    assertThat(browser.findElement(By.id("reps")).getAttribute("value")).isEqualTo("5");
    assertThat(browser.findElement(By.id("weight")).getAttribute("value")).isEqualTo("140");
    type("reps", "4");
    Browser.screenshot(browser, "log-5-edit-set");
    browser.findElement(By.id("save-set")).click();
    waitFor(By.id("add-set-form"));
    assertThat(sets().get(1).getText()).contains("140 kg × 4 @ RPE 8");

    // Delete set 3.
    sets().get(2).findElement(By.className("delete-set")).click();
    waitForSets(2);
    Browser.screenshot(browser, "log-6-workout-after-delete");

    // The history shows the workout with its deadlift sets highlighted.
    browser.findElement(By.linkText("← Training log")).click();
    waitFor(By.id("history"));
    List<WebElement> history = browser.findElements(By.cssSelector("#history > li"));
    assertThat(history).hasSize(1);
    assertThat(history.get(0).getText()).contains("Pull day").contains("2 sets").contains("2 deadlift sets");
    assertThat(history.get(0).getAttribute("class")).contains("has-hinge");
    assertNoHorizontalScroll();
    Browser.screenshot(browser, "log-7-history");

    // Deleting the workout asks first.
    history.get(0).findElement(By.tagName("a")).click();
    waitFor(By.id("delete-workout")).click();
    assertThat(waitFor(By.id("confirm-delete-workout")).isDisplayed()).isTrue();
    assertThat(browser.findElement(By.tagName("main")).getText()).contains("Delete this workout?").contains("2 sets");
    Browser.screenshot(browser, "log-8-delete-workout");
    browser.findElement(By.id("confirm-delete-workout")).click();
    assertThat(waitFor(By.id("deleted-notice")).isDisplayed()).isTrue();
    assertThat(browser.findElements(By.cssSelector("#history > li"))).isEmpty();
  }

  @Test
  void aProblemIsShownAtTheFormAndTheTypedValuesStay() {
    logIn();
    browser.get(url("/workouts/new"));
    browser.findElement(By.id("save-workout")).click();
    waitFor(By.id("add-set-form"));
    type("exercise", "Rack Pull");
    type("weight", "200");
    type("reps", "");
    browser.executeScript("document.getElementById('reps').removeAttribute('required')");
    browser.findElement(By.id("add-set-button")).click();
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(d -> !d.findElements(By.id("form-errors")).isEmpty());
    assertThat(browser.findElement(By.id("form-errors")).getText()).contains("reps is missing");
    assertThat(browser.findElement(By.id("weight")).getAttribute("value")).isEqualTo("200");
    assertThat(sets()).isEmpty();
    Browser.screenshot(browser, "log-9-set-problem");
  }

  @Test
  void yourDataPageThenDeleteTheAccountWithThePassword() {
    LifterSession account = logIn();
    browser.get(url("/account/data"));
    assertThat(browser.findElement(By.id("download-csv")).getAttribute("href")).endsWith("/api/v1/export.csv");
    assertNoHorizontalScroll();
    Browser.screenshot(browser, "data-1-your-data");
    browser.findElement(By.id("delete-account")).click();
    waitFor(By.id("confirm-delete"));
    type("password", "wrong password, surely");
    browser.findElement(By.id("confirm-delete")).click();
    assertThat(waitFor(By.id("delete-error")).getText()).contains("nothing was deleted");
    type("password", account.password());
    Browser.screenshot(browser, "data-2-delete-account");
    browser.findElement(By.id("confirm-delete")).click();
    assertThat(waitFor(By.id("goodbye")).getText()).contains("deleted");
    Browser.screenshot(browser, "data-3-goodbye");
    browser.get(url("/workouts"));
    waitFor(By.id("username"));
    assertThat(browser.getCurrentUrl()).endsWith("/login");
  }
}
