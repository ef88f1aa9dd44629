package dev.backload.app.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.app.log.TrainingLog;
import dev.backload.app.log.TrainingLog.NewSet;
import dev.backload.app.support.LifterSession;
import dev.backload.app.support.OnH2;
import dev.backload.app.support.OnPostgres;
import dev.backload.app.support.TestClock;
import dev.backload.core.log.SetType;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * The next-morning question as a calendar file, over real HTTP: the page route and its API twin,
 * the account's time zone, the links to it, and nobody else's workout.
 */
abstract class NextMorningReminderContract {
  @Value("${local.server.port}")
  int port;

  @Autowired TrainingLog log;

  long workout(LifterSession lifter, LocalDate date, String exercise) {
    long account =
        Long.parseLong(
            lifter.api().get("/api/v1/account").body().replaceAll("^\\{\"id\":(\\d+).*", "$1"));
    return log.addWorkout(
        account,
        date,
        null,
        "app",
        null,
        List.of(new NewSet(exercise, SetType.WORKING, 120, 5, 8.0, null)));
  }

  static VEvent event(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .isEqualToIgnoringCase("text/calendar;charset=UTF-8");
    return ReminderCalendarTest.event(ReminderCalendarTest.parse(response.body()));
  }

  @Test
  void theOwnerDownloadsTheQuestionOfTodaysDeadliftsForEightTomorrow() throws Exception {
    LifterSession lifter = LifterSession.signUp(port);
    long w = workout(lifter, TestClock.TODAY, "Deadlift");
    String path = "/monitoring/" + w + "/reminder.ics";

    HttpResponse<String> page = lifter.web().get(path);
    VEvent event = event(page);
    assertThat(page.headers().firstValue("Content-Disposition").orElse(""))
        .isEqualTo("attachment; filename=\"backload-next-morning-2026-12-03.ics\"");
    assertThat(Instant.from(event.getDateTimeStart().getDate()))
        .isEqualTo(Instant.parse("2026-12-03T08:00:00Z"));
    assertThat(Instant.from(event.getDateTimeStamp().getDate())).isEqualTo(TestClock.START);
    assertThat(event.getUrl().getValue())
        .isEqualTo("http://127.0.0.1:" + port + "/monitoring/" + w);
    assertThat(event.getAlarms()).hasSize(1);

    // The API twin gives the same event to a token.
    VEvent api = event(lifter.api().get("/api/v1" + path));
    assertThat(api.getProperty(Property.UID)).isEqualTo(event.getProperty(Property.UID));
    assertThat(api.getDateTimeStart().getDate()).isEqualTo(event.getDateTimeStart().getDate());
  }

  @Test
  void theEventIsAtEightInTheAccountsTimeZone() throws Exception {
    LifterSession lifter = LifterSession.signUp(port);
    var zone = lifter.api().putJson("/api/v1/account", "{\"timeZone\":\"Europe/Berlin\"}");
    assertThat(zone.statusCode()).as(zone.body()).isEqualTo(200);
    // 23:30 UTC is already Thursday 3 December in Berlin.
    long w = workout(lifter, LocalDate.of(2026, 12, 3), "Romanian Deadlift");
    VEvent event = event(lifter.api().get("/api/v1/monitoring/" + w + "/reminder.ics"));
    assertThat(Instant.from(event.getDateTimeStart().getDate()))
        .isEqualTo(Instant.parse("2026-12-04T07:00:00Z"));
  }

  @Test
  void theSessionAndMonitoringPagesLinkItWhileTheQuestionIsAhead() {
    LifterSession lifter = LifterSession.signUp(port);
    long today = workout(lifter, TestClock.TODAY, "Deadlift");
    long yesterday = workout(lifter, TestClock.TODAY.minusDays(1), "Deadlift");
    String todays = "/monitoring/" + today + "/reminder.ics";
    String yesterdays = "/monitoring/" + yesterday + "/reminder.ics";

    assertThat(lifter.web().get("/monitoring/" + today).body())
        .contains("href=\"" + todays + "\"")
        .contains("Add a reminder to your calendar");
    // Yesterday's question was due at 08:00 today: it is asked now, a reminder would be late.
    assertThat(lifter.web().get("/monitoring/" + yesterday).body()).doesNotContain("reminder.ics");
    String index = lifter.web().get("/monitoring").body();
    assertThat(index).contains("href=\"" + todays + "\"").doesNotContain(yesterdays);

    // The file itself stays there for the owner, answered or not.
    assertThat(
            lifter
                .api()
                .postJson(
                    "/api/v1/monitoring", "{\"workoutId\":" + yesterday + ",\"nextMorning\":1}")
                .statusCode())
        .isEqualTo(200);
    assertThat(lifter.web().get(yesterdays).statusCode()).isEqualTo(200);
  }

  @Test
  void anotherPersonsOrANonDeadliftWorkoutIs404() {
    LifterSession owner = LifterSession.signUp(port);
    long w = workout(owner, TestClock.TODAY, "Deadlift");
    long press = workout(owner, TestClock.TODAY, "Bench Press");
    LifterSession other = LifterSession.signUp(port);

    HttpResponse<String> page = other.web().get("/monitoring/" + w + "/reminder.ics");
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).doesNotContain("VCALENDAR");
    HttpResponse<String> api = other.api().get("/api/v1/monitoring/" + w + "/reminder.ics");
    assertThat(api.statusCode()).isEqualTo(404);
    assertThat(api.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(api.body()).doesNotContain("VCALENDAR");

    assertThat(owner.web().get("/monitoring/" + press + "/reminder.ics").statusCode())
        .isEqualTo(404);
    assertThat(owner.api().get("/api/v1/monitoring/987654321/reminder.ics").statusCode())
        .isEqualTo(404);
    assertThat(owner.web().get("/monitoring/" + w + "/reminder.ics").statusCode()).isEqualTo(200);
  }
}

@OnH2
class NextMorningReminderH2Test extends NextMorningReminderContract {}

@OnPostgres
class NextMorningReminderPostgresTest extends NextMorningReminderContract {}
