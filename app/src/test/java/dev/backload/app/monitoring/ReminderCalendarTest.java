package dev.backload.app.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The next-morning reminder file: read back with ical4j and with a strict reader of RFC 5545's line
 * rules, in several time zones, across clock changes.
 */
class ReminderCalendarTest {
  static final Instant STAMP = Instant.parse("2026-12-02T23:30:00Z");
  static final String LINK = "https://backload.example/monitoring/42";

  static ReminderCalendar.Reminder reminder(LocalDate workoutDate, ZoneId zone) {
    return new ReminderCalendar.Reminder(
        42, workoutDate, MorningChecks.reminderAt(workoutDate, zone), STAMP, LINK);
  }

  /** The time the question is due, for the day after the workout, in UTC. */
  @ParameterizedTest(name = "{1} after a workout on {0}: {2}")
  @CsvSource({
    "2026-12-02, UTC, 2026-12-03T08:00:00Z",
    // Berlin on the day before and on the day summer time starts (Sunday 29 March, 02:00 -> 03:00)
    "2026-03-27, Europe/Berlin, 2026-03-28T07:00:00Z",
    "2026-03-28, Europe/Berlin, 2026-03-29T06:00:00Z",
    // and on the day it ends (Sunday 25 October, 03:00 -> 02:00)
    "2026-10-24, Europe/Berlin, 2026-10-25T07:00:00Z",
    // New York on the day summer time starts (Sunday 8 March)
    "2026-03-07, America/New_York, 2026-03-08T12:00:00Z",
    // UTC+14: the morning is still the previous day in UTC
    "2026-12-02, Pacific/Kiritimati, 2026-12-02T18:00:00Z",
    // Lord Howe moves by half an hour (Sunday 4 October: +10:30 -> +11)
    "2026-10-03, Australia/Lord_Howe, 2026-10-03T21:00:00Z",
    "2026-12-02, America/Adak, 2026-12-03T18:00:00Z"
  })
  void theEventIsAtEightOnTheMorningAfterInTheAccountsZone(
      LocalDate workout, String zone, Instant expected) throws Exception {
    ZoneId id = ZoneId.of(zone);
    String file = ReminderCalendar.write(reminder(workout, id));
    VEvent event = event(parse(file));
    Instant start = Instant.from(event.getDateTimeStart().getDate());
    assertThat(start).isEqualTo(expected);
    assertThat(start.atZone(id).toLocalDate()).isEqualTo(workout.plusDays(1));
    assertThat(start.atZone(id).toLocalTime()).isEqualTo(MorningChecks.REMINDER_TIME);
  }

  @Test
  void oneEventWithADisplayAlarmAtItsStartAStableUidAndTheStampGiven() throws Exception {
    LocalDate workout = LocalDate.of(2026, 12, 1);
    String file = ReminderCalendar.write(reminder(workout, ZoneOffset.UTC));
    Calendar calendar = parse(file);
    assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
    assertThat(calendar.getComponents()).hasSize(1);
    VEvent event = event(calendar);
    assertThat(event.getProperty(Property.UID).orElseThrow().getValue())
        .isEqualTo("next-morning-42@backload");
    assertThat(Instant.from(event.getDateTimeStamp().getDate())).isEqualTo(STAMP);
    assertThat(event.getUrl().getValue()).isEqualTo(LINK);

    List<VAlarm> alarms = event.getAlarms();
    assertThat(alarms).hasSize(1);
    VAlarm alarm = alarms.get(0);
    assertThat(alarm.getAction().orElseThrow().getValue()).isEqualTo("DISPLAY");
    assertThat(alarm.getTrigger().orElseThrow().getDuration()).isEqualTo(Duration.ZERO);
    assertThat(alarm.getProperty(Property.DESCRIPTION).orElseThrow().getValue())
        .isEqualTo("How did your back feel this morning, after yesterday's deadlifts?");

    // The same session gives the same UID whenever the file is made.
    String later =
        ReminderCalendar.write(
            new ReminderCalendar.Reminder(
                42,
                workout,
                MorningChecks.reminderAt(workout, ZoneOffset.UTC),
                STAMP.plusSeconds(3600),
                LINK));
    assertThat(event(parse(later)).getProperty(Property.UID).orElseThrow().getValue())
        .isEqualTo("next-morning-42@backload");
  }

  @Test
  void theSummaryAndDescriptionAreEscapedAndReadBackAsWritten() throws Exception {
    String file = ReminderCalendar.write(reminder(LocalDate.of(2026, 12, 1), ZoneOffset.UTC));
    List<String> lines = unfold(file);
    // The question's comma is escaped on the wire ...
    assertThat(lines)
        .contains("SUMMARY:How did your back feel this morning\\, after yesterday's deadlifts?");
    assertThat(lines)
        .anyMatch(l -> l.startsWith("DESCRIPTION:After your deadlift session of Tue 1 Dec:"))
        .anyMatch(l -> l.contains("woke up.\\nAnswer in Backload: " + LINK));
    // ... and ical4j reads back the plain words.
    VEvent event = event(parse(file));
    assertThat(event.getSummary().getValue())
        .isEqualTo("How did your back feel this morning, after yesterday's deadlifts?");
    assertThat(event.getDescription().getValue())
        .isEqualTo(
            "After your deadlift session of Tue 1 Dec: one number from 0 (no pain) to 10 for your"
                + " back when you woke up.\nAnswer in Backload: "
                + LINK);
  }

  @Test
  void everySpecialCharacterOfTextIsEscaped() {
    assertThat(ReminderCalendar.escape("a\\b;c,d\ne\r\nf\rg"))
        .isEqualTo("a\\\\b\\;c\\,d\\ne\\nf\\ng");
    assertThat(ReminderCalendar.escape("Rücken: 3/10")).isEqualTo("Rücken: 3/10");
  }

  @Test
  void linesEndInCrlfAndAreFoldedAt75OctetsNeverInsideACharacter() {
    String file = ReminderCalendar.write(reminder(LocalDate.of(2026, 12, 1), ZoneOffset.UTC));
    assertThat(file).endsWith("END:VCALENDAR\r\n");
    assertThat(file.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
    for (String physical : file.split("\r\n")) {
      assertThat(physical.getBytes(StandardCharsets.UTF_8).length)
          .as(physical)
          .isLessThanOrEqualTo(75);
    }
    assertThat(file.split("\r\n")).anyMatch(l -> l.startsWith(" ")); // the description is folded

    // Multi-byte characters: every physical line is at most 75 octets and whole UTF-8.
    String text = "Schmerz äöü € 𝄞 ".repeat(20);
    StringBuilder out = new StringBuilder();
    ReminderCalendar.line(out, "DESCRIPTION:" + text);
    String[] physical = out.toString().split("\r\n");
    assertThat(physical.length).isGreaterThan(5);
    StringBuilder unfolded = new StringBuilder(physical[0]);
    for (int i = 1; i < physical.length; i++) {
      byte[] bytes = physical[i].getBytes(StandardCharsets.UTF_8);
      assertThat(bytes.length).isLessThanOrEqualTo(75);
      assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(physical[i]);
      assertThat(physical[i]).startsWith(" ");
      unfolded.append(physical[i].substring(1));
    }
    assertThat(physical[0].getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
    assertThat(unfolded.toString()).isEqualTo("DESCRIPTION:" + text);
  }

  @Test
  void theComponentsNestAndTheRequiredPropertiesAreThere() {
    List<String> lines =
        unfold(ReminderCalendar.write(reminder(LocalDate.of(2026, 12, 1), ZoneOffset.UTC)));
    List<String> open = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    for (String line : lines) {
      assertThat(line).matches("[A-Z-]+(;[A-Z-]+=[^;:]+)*:.*");
      if (line.startsWith("BEGIN:")) {
        open.add(line.substring(6));
      } else if (line.startsWith("END:")) {
        assertThat(open.remove(open.size() - 1)).isEqualTo(line.substring(4));
      } else {
        seen.add(String.join("/", open) + " " + line.replaceAll("[;:].*", ""));
      }
    }
    assertThat(open).isEmpty();
    assertThat(lines.get(0)).isEqualTo("BEGIN:VCALENDAR");
    assertThat(seen)
        .contains(
            "VCALENDAR VERSION",
            "VCALENDAR PRODID",
            "VCALENDAR/VEVENT UID",
            "VCALENDAR/VEVENT DTSTAMP",
            "VCALENDAR/VEVENT DTSTART",
            "VCALENDAR/VEVENT/VALARM ACTION",
            "VCALENDAR/VEVENT/VALARM TRIGGER",
            "VCALENDAR/VEVENT/VALARM DESCRIPTION");
  }

  @Test
  void theFileNameIsTheMorningOfTheQuestion() {
    assertThat(ReminderCalendar.fileName(reminder(LocalDate.of(2026, 12, 1), ZoneOffset.UTC)))
        .isEqualTo("backload-next-morning-2026-12-02.ics");
  }

  static Calendar parse(String file) throws Exception {
    return new CalendarBuilder().build(new StringReader(file));
  }

  static VEvent event(Calendar calendar) {
    return calendar.<VEvent>getComponent("VEVENT").orElseThrow();
  }

  /** The content lines of a file, unfolded (RFC 5545 section 3.1). */
  static List<String> unfold(String file) {
    List<String> lines = new ArrayList<>();
    for (String physical : file.split("\r\n")) {
      if (physical.startsWith(" ") || physical.startsWith("\t")) {
        lines.set(lines.size() - 1, lines.get(lines.size() - 1) + physical.substring(1));
      } else {
        lines.add(physical);
      }
    }
    return lines;
  }
}
