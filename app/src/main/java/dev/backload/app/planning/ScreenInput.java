package dev.backload.app.planning;

import dev.backload.app.web.JsonValues;
import dev.backload.app.web.JsonValues.InvalidField;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;

/**
 * Reads a screen from JSON ({@code PUT /api/v1/screen}, {@code backload plan --screen}): {@code
 * {"date", "kneeToWallLeftCm", "kneeToWallRightCm", "hingesToMidShinFlatBack", "sidePlankLeftS",
 * "sidePlankRightS", "backExtensorHoldS"}}, every member optional, at least one result. Unknown
 * members, strings for numbers and values out of range are problems naming the field. Distances and
 * times are kept to a tenth.
 */
public final class ScreenInput {
  /** The longest knee-to-wall distance taken, cm. */
  public static final double KNEE_TO_WALL_MAX_CM = 30;

  /** The longest hold taken, seconds. */
  public static final double HOLD_MAX_S = 1800;

  private static final Set<String> MEMBERS =
      Set.of(
          "date",
          "kneeToWallLeftCm",
          "kneeToWallRightCm",
          "hingesToMidShinFlatBack",
          "sidePlankLeftS",
          "sidePlankRightS",
          "backExtensorHoldS");

  private ScreenInput() {}

  /**
   * Reads and checks a screen.
   *
   * @param json the parsed JSON object
   * @param today the latest date allowed, and the date when none is given
   * @throws InvalidField naming the field
   */
  public static DatedScreen parse(Object json, LocalDate today) {
    if (json == null) {
      throw new InvalidField("screen", "give at least one result");
    }
    if (!(json instanceof Map<?, ?>)) {
      throw new InvalidField("screen", "must be a JSON object");
    }
    Map<String, Object> m = JsonValues.object("", json, MEMBERS);
    LocalDate date = date(m.get("date"), today);
    DatedScreen screen =
        new DatedScreen(
            date,
            tenth(
                JsonValues.number(
                    "kneeToWallLeftCm", m.get("kneeToWallLeftCm"), 0, KNEE_TO_WALL_MAX_CM)),
            tenth(
                JsonValues.number(
                    "kneeToWallRightCm", m.get("kneeToWallRightCm"), 0, KNEE_TO_WALL_MAX_CM)),
            JsonValues.bool("hingesToMidShinFlatBack", m.get("hingesToMidShinFlatBack")),
            tenth(JsonValues.number("sidePlankLeftS", m.get("sidePlankLeftS"), 0, HOLD_MAX_S)),
            tenth(JsonValues.number("sidePlankRightS", m.get("sidePlankRightS"), 0, HOLD_MAX_S)),
            tenth(
                JsonValues.number("backExtensorHoldS", m.get("backExtensorHoldS"), 0, HOLD_MAX_S)));
    if (screen.noResult()) {
      throw new InvalidField("screen", "give at least one result");
    }
    return screen;
  }

  private static LocalDate date(Object value, LocalDate today) {
    if (value == null) {
      return today;
    }
    LocalDate date = null;
    if (value instanceof String text) {
      try {
        date = LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        // the problem below
      }
    }
    if (date == null) {
      throw new InvalidField("date", "must be a date written like 2026-11-21");
    }
    if (date.isAfter(today)) {
      throw new InvalidField("date", "must not be in the future (today is " + today + ")");
    }
    if (date.getYear() < 1900) {
      throw new InvalidField("date", "must be 1900-01-01 or later");
    }
    return date;
  }

  static Double tenth(Double value) {
    return value == null
        ? null
        : BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
  }
}
