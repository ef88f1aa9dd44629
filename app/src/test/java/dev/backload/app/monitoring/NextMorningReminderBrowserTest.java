package dev.backload.app.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.app.log.TrainingLog;
import dev.backload.app.log.TrainingLog.NewSet;
import dev.backload.app.support.BrowserPage;
import dev.backload.app.support.LifterSession;
import dev.backload.app.support.OnH2;
import dev.backload.app.support.TestClock;
import dev.backload.core.log.SetType;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In a real headless Chromium, 360 px wide: after today's deadlifts the session page and {@code
 * /monitoring} offer the next-morning question as a calendar reminder, and the link gives the
 * calendar file.
 */
@OnH2
@Tag("browser")
class NextMorningReminderBrowserTest {
  @Autowired TrainingLog log;

  @RegisterExtension final BrowserPage page = new BrowserPage();

  @Test
  void todaysDeadliftSessionOffersACalendarReminder() {
    LifterSession lifter = page.logInAsNewLifter();
    long account =
        Long.parseLong(
            lifter.api().get("/api/v1/account").body().replaceAll("^\\{\"id\":(\\d+).*", "$1"));
    long workout =
        log.addWorkout(
            account,
            TestClock.TODAY,
            "Pull day",
            "app",
            null,
            List.of(new NewSet("Deadlift (Barbell)", SetType.WORKING, 140, 5, 8.0, null)));

    page.open("/monitoring/" + workout);
    WebElement link = page.driver().findElement(By.id("reminder-link"));
    assertThat(link.isDisplayed()).isTrue();
    assertThat(link.getText()).isEqualTo("Add a reminder to your calendar");
    assertThat(link.getAttribute("href")).endsWith("/monitoring/" + workout + "/reminder.ics");
    Object type =
        page.driver()
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0]).then(r => r.text().then(t =>"
                    + " done(r.headers.get('content-type') + ' ' + t.substring(0, 15))));",
                link.getAttribute("href"));
    assertThat(type.toString())
        .isEqualToIgnoringCase("text/calendar;charset=UTF-8 BEGIN:VCALENDAR");
    page.assertNoHorizontalScroll();
    page.screenshot("monitoring-session-reminder");

    page.open("/monitoring");
    assertThat(
            page.driver()
                .findElements(
                    By.cssSelector(
                        "#sessions a[href$='/monitoring/" + workout + "/reminder.ics']")))
        .hasSize(1);
    page.assertNoHorizontalScroll();
    page.screenshot("monitoring-index-reminder");
  }
}
