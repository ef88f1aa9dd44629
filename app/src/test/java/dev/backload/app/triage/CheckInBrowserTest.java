package dev.backload.app.triage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.app.support.Browser;
import dev.backload.app.support.BrowserPage;
import dev.backload.app.support.OnH2;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Value;

/** A lifter fills the check-in in a real headless Chromium, 360 px wide, without an account. */
@OnH2
@Tag("browser")
class CheckInBrowserTest {
  @Value("${local.server.port}")
  int port;

  @RegisterExtension final BrowserPage page = new BrowserPage();

  private void open() {
    page.driver().get("http://127.0.0.1:" + port + "/check-in");
    assertThat(page.driver().getTitle()).contains("Check in");
  }

  /** Clicks the input inside the label whose text contains the given words. */
  private void tick(String labelText) {
    WebElement label =
        page.driver()
            .findElement(By.xpath("//label[contains(normalize-space(.), \"" + labelText + "\")]"));
    label.findElement(By.tagName("input")).click();
  }

  private List<String> findingRules() {
    return page.driver().findElements(By.cssSelector("#findings li")).stream()
        .map(li -> li.getAttribute("data-rule"))
        .toList();
  }

  @Test
  void normalSorenessTheDayAfterIsTrain() throws Exception {
    open();
    assertThat(page.driver().findElement(By.tagName("body")).getText()).contains("not saved");
    tick("3");
    tick("The day after training");
    tick("A dull ache");
    tick("Both sides of the lower back");
    tick("It eases off");
    page.driver().findElement(By.cssSelector("#red-flags .none-of-these input")).click();
    Path form = page.screenshot("check-in-form-normal-soreness");
    Browser.clickAndWait(page.driver(), page.driver().findElement(By.id("submit-check-in")));

    assertThat(page.driver().findElement(By.id("disposition")).getText())
        .contains("Train")
        .contains("Normal training soreness");
    assertThat(page.driver().findElements(By.cssSelector("#findings li"))).isEmpty();
    assertThat(page.driver().findElement(By.id("no-findings")).isDisplayed()).isTrue();
    assertThat(page.driver().findElements(By.cssSelector("#actions li"))).isNotEmpty();
    assertThat(page.driver().findElement(By.id("safety-net")).getText()).isNotBlank();
    page.assertNoHorizontalScroll();
    Path result = page.screenshot("check-in-result-train");
    assertThat(Files.size(form)).isPositive();
    assertThat(Files.size(result)).isPositive();
  }

  @Test
  void numbnessAroundTheSaddleIsAnEmergencyWhateverElseIsTicked() {
    open();
    tick("2");
    tick("The day after training");
    tick("Numb or tingling around the genitals");
    // "None of these" ticked as well by mistake: the red flag must still win.
    page.driver().findElement(By.cssSelector("#red-flags .none-of-these input")).click();
    Browser.clickAndWait(page.driver(), page.driver().findElement(By.id("submit-check-in")));

    WebElement disposition = page.driver().findElement(By.id("disposition"));
    assertThat(disposition.getText()).contains("Emergency").contains("Get emergency care now");
    assertThat(disposition.getAttribute("class")).contains("disposition-emergency");
    assertThat(findingRules()).containsExactly("E3");
    // The sources stay one tap away, behind "Details".
    assertThat(page.driver().findElement(By.id("findings")).getText()).doesNotContain("BASS 2018");
    page.driver().findElement(By.cssSelector("#result-details summary")).click();
    assertThat(page.driver().findElement(By.id("result-details")).getText()).contains("BASS 2018");
    // Signed out, the call goes to 112, and nothing offers to answer again.
    assertThat(page.driver().findElement(By.id("call-emergency")).getAttribute("href"))
        .isEqualTo("tel:112");
    assertThat(page.driver().findElements(By.id("check-in-again"))).isEmpty();
    assertThat(page.driver().findElements(By.cssSelector("a[href$='/check-in']")))
        .as("no link anywhere on the page to answer again")
        .isEmpty();
    assertThat(page.driver().findElement(By.id("actions")).getText())
        .containsIgnoringCase("emergency");
    assertThat(page.driver().findElement(By.id("safety-net")).getText()).isNotBlank();
    page.assertNoHorizontalScroll();
    page.screenshot("check-in-result-emergency");
  }

  @Test
  void theRedFlagListsMustBeAnsweredAndPainNowIsRequired() {
    open();
    Browser.clickAndWait(page.driver(), page.driver().findElement(By.id("submit-check-in")));
    String errors = page.driver().findElement(By.id("form-errors")).getText();
    assertThat(errors).contains("how much your back hurts").contains("None of these");
    page.screenshot("check-in-form-errors");
  }

  @Test
  void aWorstPainBelowTodaysPainIsExplainedAtTheField() {
    open();
    tick("6");
    page.click("#pain-peak input[value='4']");
    page.driver().findElement(By.cssSelector("#red-flags .none-of-these input")).click();
    Browser.clickAndWait(page.driver(), page.driver().findElement(By.id("submit-check-in")));
    assertThat(page.driver().findElement(By.id("form-errors")).getText()).contains("painPeak");
    // The answers already given are kept.
    assertThat(
            page.driver().findElement(By.cssSelector("#pain-peak input[value='4']")).isSelected())
        .isTrue();
  }
}
