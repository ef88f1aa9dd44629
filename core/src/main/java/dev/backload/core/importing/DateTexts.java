package dev.backload.core.importing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the workout date from a format's date text, caching each distinct text: a file has one date
 * text per workout, repeated on every row, so only the first row of a workout is really parsed.
 *
 * <p>The patterns are tried in order; none carries a zone, and the date is the local date of the
 * text. Month names are English (Hevy writes {@code Apr} in every locale seen); case is ignored.
 * Not thread-safe: one instance per import.
 */
final class DateTexts {

  /** Strong: {@code 2021-12-04 01:33:57}, also without seconds (a re-saved file). */
  static DateTexts strong() {
    return new DateTexts("\"2021-12-04 01:33:57\"", "uuuu-MM-dd HH:mm:ss", "uuuu-MM-dd HH:mm");
  }

  /**
   * Hevy: {@code 7 Apr 2026, 10:14} (day first, 24 h) and {@code Jun 11, 2026, 1:01 PM} (US, 12 h),
   * the same with full month names, and ISO date-times (a re-saved file).
   */
  static DateTexts hevy() {
    return new DateTexts(
        "\"7 Apr 2026, 10:14\" or \"Jun 11, 2026, 1:01 PM\"",
        "d MMM uuuu, HH:mm",
        "MMM d, uuuu, h:mm a",
        "d MMMM uuuu, HH:mm",
        "MMMM d, uuuu, h:mm a",
        "uuuu-MM-dd HH:mm:ss",
        "uuuu-MM-dd HH:mm");
  }

  /** FitNotes: {@code 2022-09-14}. */
  static DateTexts fitNotes() {
    return new DateTexts("\"2022-09-14\"", "uuuu-MM-dd");
  }

  private final String example;
  private final DateTimeFormatter[] formats;
  private final Map<String, LocalDate> cache = new HashMap<>();
  private String lastText;
  private LocalDate lastDate;

  private DateTexts(String example, String... patterns) {
    this.example = example;
    this.formats = new DateTimeFormatter[patterns.length];
    for (int i = 0; i < patterns.length; i++) {
      formats[i] =
          new DateTimeFormatterBuilder()
              .parseCaseInsensitive()
              .appendPattern(patterns[i])
              .toFormatter(Locale.ENGLISH)
              .withResolverStyle(ResolverStyle.STRICT);
    }
  }

  /**
   * The local date of a date text.
   *
   * @return the date, or {@code null} when no pattern reads the text
   */
  LocalDate parse(String text) {
    if (text.equals(lastText)) {
      return lastDate;
    }
    LocalDate date = cache.get(text);
    if (date == null) {
      date = parseUncached(text);
      if (date == null) {
        return null;
      }
      cache.put(text, date);
    }
    lastText = text;
    lastDate = date;
    return date;
  }

  /** How a valid text looks, quoted, for messages: {@code "2022-09-14"}. */
  String example() {
    return example;
  }

  private LocalDate parseUncached(String text) {
    // Newer JDKs and phones write a (narrow) no-break space before AM/PM.
    String normalized = text.replace('\u202F', ' ').replace('\u00A0', ' ').strip();
    for (DateTimeFormatter format : formats) {
      try {
        return format.parse(normalized, LocalDate::from);
      } catch (DateTimeParseException e) {
        // try the next pattern
      }
    }
    return null;
  }
}
