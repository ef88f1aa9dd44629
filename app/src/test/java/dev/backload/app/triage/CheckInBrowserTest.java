package dev.backload.app.triage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.app.support.Browser;
import dev.backload.app.support.OnH2;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Value;

/** A lifter fills the check-in in a real headless Chromium, 360 px wide, without an account. */
@OnH2
@Tag("browser")
class CheckInBrowserTest {
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

  private void open() {
    browser.get("http://127.0.0.1:" + port + "/check-in");
    assertThat(browser.getTitle()).contains("Check in");
  }

  /** Clicks the input inside the label whose text contains the given words. */
  private void tick(String labelText) {
    WebElement label =
        browser.findElement(By.xpath("//label[contains(normalize-space(.), \"" + labelText + "\")]"));
    label.findElement(By.tagName("input")).click();
  }

  private void type(String id, String value) {
    WebElement input = browser.findElement(By.id(id));
    input.clear();
    input.sendKeys(value);
  }

  private List<String> findingRules() {
    return browser.findElements(By.cssSelector("#findings li")).stream()
        .map(li -> li.getAttribute("data-rule"))
        .toList();
  }

  @Test
  void normalSorenessTheDayAfterIsTrain() throws Exception {
    open();
    assertThat(browser.findElement(By.tagName("body")).getText())
        .contains("not saved");
    tick("3");
    tick("The day after training");
    tick("A dull ache");
    tick("Both sides of the lower back");
    tick("It eases off");
    browser.findElement(By.cssSelector("#emergency-signs .none-of-these input")).click();
    browser.findElement(By.cssSelector("#illness-signs .none-of-these input")).click();
    Path form = Browser.screenshot(browser, "check-in-form-normal-soreness");
    Browser.clickAndWait(browser, browser.findElement(By.id("submit-check-in")));

    assertThat(browser.findElement(By.id("disposition")).getText())
        .contains("TRAIN")
        .contains("Normal training soreness");
    assertThat(browser.findElements(By.cssSelector("#findings li"))).isEmpty();
    assertThat(browser.findElement(By.id("no-findings")).isDisplayed()).isTrue();
    assertThat(browser.findElements(By.cssSelector("#actions li"))).isNotEmpty();
    assertThat(browser.findElement(By.id("safety-net")).getText()).isNotBlank();
    assertNoHorizontalScroll();
    Path result = Browser.screenshot(browser, "check-in-result-train");
    assertThat(Files.size(form)).isPositive();
    assertThat(Files.size(result)).isPositive();
  }

  @Test
  void numbnessAroundTheSaddleIsAnEmergencyWhateverElseIsTicked() {
    open();
    tick("2");
    tick("The day after training");
    tick("Numbness or tingling around the genitals");
    // "None of these" ticked as well by mistake: the red flag must still win.
    browser.findElement(By.cssSelector("#emergency-signs .none-of-these input")).click();
    browser.findElement(By.cssSelector("#illness-signs .none-of-these input")).click();
    Browser.clickAndWait(browser, browser.findElement(By.id("submit-check-in")));

    WebElement disposition = browser.findElement(By.id("disposition"));
    assertThat(disposition.getText()).contains("EMERGENCY").contains("Get emergency care now");
    assertThat(disposition.getAttribute("class")).contains("disposition-emergency");
    assertThat(findingRules()).containsExactly("E3");
    assertThat(browser.findElement(By.id("findings")).getText()).contains("BASS 2018");
    assertThat(browser.findElement(By.id("actions")).getText()).containsIgnoringCase("emergency");
    assertThat(browser.findElement(By.id("safety-net")).getText()).isNotBlank();
    assertNoHorizontalScroll();
    Browser.screenshot(browser, "check-in-result-emergency");
  }

  @Test
  void theRedFlagListsMustBeAnsweredAndPainNowIsRequired() {
    open();
    Browser.clickAndWait(browser, browser.findElement(By.id("submit-check-in")));
    String errors = browser.findElement(By.id("form-errors")).getText();
    assertThat(errors).contains("how much your back hurts").contains("None of these");
    Browser.screenshot(browser, "check-in-form-errors");
  }

  @Test
  void aWorstPainBelowTodaysPainIsExplainedAtTheField() {
    open();
    tick("6");
    type("painPeak", "4");
    browser.findElement(By.cssSelector("#emergency-signs .none-of-these input")).click();
    browser.findElement(By.cssSelector("#illness-signs .none-of-these input")).click();
    Browser.clickAndWait(browser, browser.findElement(By.id("submit-check-in")));
    assertThat(browser.findElement(By.id("form-errors")).getText()).contains("painPeak");
    // The answers already given are kept.
    assertThat(browser.findElement(By.id("painPeak")).getAttribute("value")).isEqualTo("4");
  }

  private void assertNoHorizontalScroll() {
    Object scrollWidth = browser.executeScript("return document.documentElement.scrollWidth");
    Object clientWidth = browser.executeScript("return document.documentElement.clientWidth");
    assertThat(((Number) scrollWidth).longValue()).isLessThanOrEqualTo(((Number) clientWidth).longValue());
  }
}
