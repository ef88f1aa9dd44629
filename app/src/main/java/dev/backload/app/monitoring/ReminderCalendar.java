package dev.backload.app.monitoring;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The next-morning question of a deadlift session as an iCalendar file (RFC 5545): one {@code
 * VEVENT} at {@link MorningChecks#reminderAt the time the question is due} with a {@code DISPLAY}
 * alarm at its start, so that the lifter's own calendar app reminds them.
 *
 * <p>Written by hand rather than with a calendar library: the file is one event and one alarm, and
 * the parts of RFC 5545 it needs are escaping (3.3.11), folding at 75 octets (3.1) and UTC times
 * (3.3.5). Times are written in UTC ({@code Z}), computed from the account's time zone, so the file
 * needs no {@code VTIMEZONE} and every calendar app shows the event at the same instant. The tests
 * read it back with ical4j and with a strict reader of their own.
 */
final class ReminderCalendar {
  /** The media type of the file; it is always sent with {@code charset=UTF-8}. */
  static final String MEDIA_TYPE = "text/calendar";

  /** How long the event lasts in the calendar: the question takes a moment. */
  static final String EVENT_DURATION = "PT10M";

  /** The longest content line in octets, CRLF not counted (RFC 5545 section 3.1). */
  static final int MAX_LINE_OCTETS = 75;

  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

  private ReminderCalendar() {}

  /**
   * One reminder.
   *
   * @param workoutId the session's workout (it makes the event's UID)
   * @param workoutDate the session's date
   * @param at when the question is due
   * @param stamp when the file was made ({@code DTSTAMP}), from the application's clock
   * @param answerLink the absolute address of the page that asks the question
   */
  record Reminder(
      long workoutId, LocalDate workoutDate, Instant at, Instant stamp, String answerLink) {}

  /** The file name offered for the download. */
  static String fileName(Reminder r) {
    return "backload-next-morning-" + MorningChecks.askedOn(r.workoutDate()) + ".ics";
  }

  /** The whole file: CRLF line ends, lines folded at {@value #MAX_LINE_OCTETS} octets. */
  static String write(Reminder r) {
    String question =
        MorningChecks.question(r.workoutDate(), MorningChecks.askedOn(r.workoutDate()));
    String description =
        "After your deadlift session of "
            + DAY.format(r.workoutDate())
            + ": one number from 0 (no pain) to 10 for your back when you woke up.\n"
            + "Answer in Backload: "
            + r.answerLink();
    StringBuilder out = new StringBuilder();
    line(out, "BEGIN:VCALENDAR");
    line(out, "VERSION:2.0");
    line(out, "PRODID:-//Backload//Next-morning reminder//EN");
    line(out, "CALSCALE:GREGORIAN");
    line(out, "BEGIN:VEVENT");
    line(out, "UID:next-morning-" + r.workoutId() + "@backload");
    line(out, "DTSTAMP:" + UTC.format(r.stamp()));
    line(out, "DTSTART:" + UTC.format(r.at()));
    line(out, "DURATION:" + EVENT_DURATION);
    line(out, "SUMMARY:" + escape(question));
    line(out, "DESCRIPTION:" + escape(description));
    line(out, "URL:" + r.answerLink());
    line(out, "TRANSP:TRANSPARENT");
    line(out, "BEGIN:VALARM");
    line(out, "ACTION:DISPLAY");
    line(out, "TRIGGER;RELATED=START:PT0M");
    line(out, "DESCRIPTION:" + escape(question));
    line(out, "END:VALARM");
    line(out, "END:VEVENT");
    line(out, "END:VCALENDAR");
    return out.toString();
  }

  /** A TEXT value escaped (RFC 5545 section 3.3.11): backslash, semicolon, comma, line breaks. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case ';' -> out.append("\\;");
        case ',' -> out.append("\\,");
        case '\n' -> out.append("\\n");
        case '\r' -> {
          if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
            out.append("\\n");
          }
        }
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Appends one content line folded at {@value #MAX_LINE_OCTETS} octets of UTF-8 (RFC 5545 section
   * 3.1): a longer line goes on after CRLF and one space, never inside a character.
   */
  static void line(StringBuilder out, String line) {
    int octets = 0;
    int limit = MAX_LINE_OCTETS;
    for (int i = 0; i < line.length(); ) {
      int codePoint = line.codePointAt(i);
      int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
      if (octets + size > limit) {
        out.append("\r\n ");
        octets = 0;
        limit = MAX_LINE_OCTETS - 1; // the leading space counts
      }
      out.appendCodePoint(codePoint);
      octets += size;
      i += Character.charCount(codePoint);
    }
    out.append("\r\n");
  }
}
