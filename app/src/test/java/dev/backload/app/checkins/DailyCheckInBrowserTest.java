package dev.backload.app.checkins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.app.config.Json;
import dev.backload.app.support.BrowserPage;
import dev.backload.app.support.LifterSession;
import dev.backload.app.support.OnH2;
import dev.backload.app.support.TestClock;
import dev.backload.core.triage.CheckIn;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * The daily check-in at 360 x 800 in a real Chromium: a signed-in lifter with a profile and a pain
 * episode open since yesterday answers a day without red flags. The page fits in 1,600 px and the
 * answer takes four taps (pain now, "the same", "None of these", save), counted as the test clicks.
 */
@OnH2
@Tag("browser")
class DailyCheckInBrowserTest {
  private static final int MAX_HEIGHT = 1_600;
  private static final int MAX_TAPS = 6;

  @RegisterExtension final BrowserPage page = new BrowserPage();

  private int taps;

  private void tap(String css) {
    taps++;
    page.click(css);
  }

  private long height() {
    return ((Number) page.driver().executeScript("return document.documentElement.scrollHeight"))
        .longValue();
  }

  private boolean shown(String id) {
    return page.driver().findElement(By.id(id)).isDisplayed();
  }

  private LifterSession lifterWithAnOpenEpisode() {
    LifterSession lifter = page.logInAsNewLifter();
    assertThat(lifter.api().putJson("/api/v1/profile", "{\"age\":34}").statusCode()).isEqualTo(200);
    String yesterday = TestClock.TODAY.minusDays(1).toString();
    assertThat(
            lifter
                .api()
                .postJson(
                    "/api/v1/checkins",
                    "{\"painNow\":3,\"onset\":\"NEXT_DAY\",\"date\":\"" + yesterday + "\"}")
                .statusCode())
        .isEqualTo(201);
    return lifter;
  }

  @Test
  void aDayWithoutRedFlagsFitsInOnePageAndTakesFourTaps() throws Exception {
    LifterSession lifter = lifterWithAnOpenEpisode();
    page.open("/check-ins/new");

    long before = height();
    page.screenshot("check-in-daily-after-empty");
    // Every red flag of the rulebook is on the page, in one list, with "None of these" first.
    for (String sign : CheckIn.RedFlags.EMERGENCY_SIGNS) {
      assertThat(page.driver().findElements(By.cssSelector("#red-flags input[value=" + sign + "]")))
          .as(sign)
          .hasSize(1);
    }
    for (String sign : CheckIn.RedFlags.ILLNESS_SIGNS) {
      assertThat(page.driver().findElements(By.cssSelector("#red-flags input[value=" + sign + "]")))
          .as(sign)
          .hasSize(1);
    }
    assertThat(
            page.driver()
                .findElement(By.cssSelector("#red-flags label:first-of-type input"))
                .getAttribute("value"))
        .isEqualTo("NONE");
    // The leg questions and the details wait until an answer calls for them.
    assertThat(shown("leg-questions")).isFalse();
    assertThat(shown("onset1")).isFalse();
    assertThat(shown("planner-context")).isTrue();
    assertThat(shown("sleepHours")).isFalse();

    tap("input[name=painNow][value='2']");
    tap("input[name=trend][value=SAME]");
    tap("#red-flags .none-of-these input");
    long filled = height();
    assertThat(shown("onset1")).isFalse();
    page.assertNoHorizontalScroll();
    page.screenshot("check-in-daily-after-filled");
    taps++;
    page.go("#submit-check-in");

    System.out.printf(
        "Daily check-in at 360x800: %d px on opening, %d px answered, %d taps%n",
        before, filled, taps);
    assertThat(before).isLessThanOrEqualTo(MAX_HEIGHT);
    assertThat(filled).isLessThanOrEqualTo(MAX_HEIGHT);
    assertThat(taps).isLessThanOrEqualTo(MAX_TAPS);

    assertThat(page.driver().getCurrentUrl()).matches(".*/check-ins/\\d+$");
    String url = page.driver().getCurrentUrl();
    Map<?, ?> stored =
        Json.mapper()
            .readValue(
                lifter
                    .api()
                    .get("/api/v1/checkins/" + url.substring(url.lastIndexOf('/') + 1))
                    .body(),
                Map.class);
    assertThat(stored.get("disposition")).isEqualTo("TRAIN");
    Map<?, ?> input = (Map<?, ?>) stored.get("input");
    assertThat(input.get("painNow")).isEqualTo(2);
    assertThat(input.get("trend")).isEqualTo("SAME");
    assertThat(input.get("bladderChange")).isEqualTo(false);
    page.screenshot("check-in-daily-after-result");
  }

  @Test
  void answersThatCallForThemRevealTheLegQuestionsAndTheDetails() throws Exception {
    LifterSession lifter = lifterWithAnOpenEpisode();
    page.open("/check-ins/new");
    page.click("input[name=painNow][value='4']");
    page.click("#red-flags .none-of-these input");
    assertThat(shown("leg-questions")).isFalse();

    // "One leg" opens the leg questions and unticks "None of these"; a sign is never unticked.
    page.click("#leg-sign");
    assertThat(shown("leg-questions")).isTrue();
    assertThat(
            page.driver()
                .findElement(By.cssSelector("#red-flags .none-of-these input"))
                .isSelected())
        .isFalse();
    page.click("#red-flags .none-of-these input");
    assertThat(page.driver().findElement(By.id("leg-sign")).isSelected()).isTrue();

    // "Worse" opens the questions about how it began.
    page.click("input[name=trend][value=WORSENING]");
    assertThat(shown("onset1")).isTrue();
    page.click("input[name=leg][value=ONE_LEG_BELOW_KNEE]");
    page.click("input[name=onset][value=NEXT_DAY]");
    page.screenshot("check-in-daily-revealed");
    page.go("#submit-check-in");
    assertThat(page.driver().getCurrentUrl()).matches(".*/check-ins/\\d+$");
    // Pain below the knee in one leg: the triage sees it (P2).
    Map<?, ?> latest =
        (Map<?, ?>)
            Json.mapper()
                .readValue(lifter.api().get("/api/v1/checkins").body(), java.util.List.class)
                .get(0);
    assertThat(latest.get("disposition")).isEqualTo("SEE_PHYSIO");
    assertThat(latest.get("findings").toString()).contains("P2");
  }

  @Test
  void aNewEpisodeOpensTheQuestionsAboutHowItBegan() {
    page.logInAsNewLifter();
    page.open("/check-ins/new");
    assertThat(shown("onset1")).isFalse();
    page.click("input[name=painNow][value='3']");
    assertThat(shown("onset1")).isTrue();
    assertThat(shown("about-you")).isTrue();
  }
}
