package dev.backload.core.importing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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

  private static final Set<String> ISO_PATTERNS =
      Set.of("uuuu-MM-dd", "uuuu-MM-dd HH:mm", "uuuu-MM-dd HH:mm:ss");

  private final String example;

  /**
   * The lengths of this format's ISO patterns ({@code uuuu-MM-dd[ HH:mm[:ss]]}) for {@link
   * #isoDate}.
   */
  private final Set<Integer> isoLengths = new HashSet<>();

  private final DateTimeFormatter[] formats;
  private final Map<String, LocalDate> cache = new HashMap<>();
  private String lastText;
  private LocalDate lastDate;

  private DateTexts(String example, String... patterns) {
    this.example = example;
    for (String pattern : patterns) {
      if (ISO_PATTERNS.contains(pattern)) {
        isoLengths.add(pattern.length());
      }
    }
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
    LocalDate date = isoDate(text);
    if (date != null) {
      lastText = text;
      lastDate = date;
      return date; // cheaper than a cache look-up
    }
    date = cache.get(text);
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

  /**
   * The fast path for the ISO forms Strong and FitNotes write: {@code yyyy-MM-dd}, optionally
   * followed by {@code " HH:mm"} or {@code " HH:mm:ss"}, each only when the format has that
   * pattern. It reads exactly what the patterns read, without a formatter.
   *
   * @return the date, or {@code null} when the text has another form or is no valid date-time
   */
  private LocalDate isoDate(String text) {
    int len = text.length();
    if (!isoLengths.contains(len) || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 2);
    int day = digits(text, 8, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31) {
      return null;
    }
    if (len > 10) {
      if (text.charAt(10) != ' ' || text.charAt(13) != ':') {
        return null;
      }
      int hour = digits(text, 11, 2);
      int minute = digits(text, 14, 2);
      if (hour < 0 || hour > 23 || minute < 0 || minute > 59) {
        return null;
      }
      if (len == 19) {
        int second = text.charAt(16) == ':' ? digits(text, 17, 2) : -1;
        if (second < 0 || second > 59) {
          return null;
        }
      }
    }
    if (day > 28 && day > YearMonth.of(year, month).lengthOfMonth()) {
      return null;
    }
    return LocalDate.of(year, month, day);
  }

  /** The value of {@code count} decimal digits at {@code from}, or -1 when one is not a digit. */
  private static int digits(String text, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
