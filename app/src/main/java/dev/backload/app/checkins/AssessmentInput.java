package dev.backload.app.checkins;

import dev.backload.app.web.JsonValues;
import dev.backload.app.web.JsonValues.InvalidField;
import dev.backload.core.planning.AssessmentOutcome;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

/**
 * An assessment as the lifter gives it ({@code POST /api/v1/assessments}, the assessment page,
 * {@code backload plan --assessments}): {@code {"date", "assessedBy", "outcome", "limits"}}.
 *
 * @param date the day of the assessment; not after today
 * @param assessedBy who assessed, trimmed, 1 to {@value #MAX_ASSESSED_BY} characters
 * @param outcome what they concluded
 * @param limits the limits in words, trimmed, up to {@value #MAX_LIMITS} characters: required with
 *     {@code CLEARED_WITH_LIMITS}, refused with the other outcomes
 */
public record AssessmentInput(
    LocalDate date, String assessedBy, AssessmentOutcome outcome, String limits) {
  public static final int MAX_ASSESSED_BY = 200;
  public static final int MAX_LIMITS = 2000;
  private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
  private static final Set<String> MEMBERS = Set.of("date", "assessedBy", "outcome", "limits");

  /**
   * Reads and checks an assessment from parsed JSON.
   *
   * @param json the parsed JSON object
   * @param today the latest date allowed, and the date when none is given
   * @throws InvalidField naming the field
   */
  public static AssessmentInput parse(Object json, LocalDate today) {
    if (!(json instanceof Map<?, ?>)) {
      throw new InvalidField("assessment", "must be a JSON object");
    }
    Map<String, Object> m = JsonValues.object("", json, MEMBERS);
    return of(
        text("date", m.get("date")),
        text("assessedBy", m.get("assessedBy")),
        text("outcome", m.get("outcome")),
        text("limits", m.get("limits")),
        today);
  }

  /**
   * Checks an assessment given as text, as a form sends it.
   *
   * @param date {@code YYYY-MM-DD}, or blank for today
   * @throws InvalidField naming the field
   */
  public static AssessmentInput of(
      String date, String assessedBy, String outcome, String limits, LocalDate today) {
    LocalDate day = today;
    if (date != null && !date.isBlank()) {
      try {
        day = LocalDate.parse(date.trim());
      } catch (DateTimeParseException e) {
        throw new InvalidField("date", "must be a date written as YYYY-MM-DD");
      }
    }
    if (day.isAfter(today) || day.isBefore(EARLIEST)) {
      throw new InvalidField("date", "must be between " + EARLIEST + " and today (" + today + ")");
    }
    String by = assessedBy == null ? "" : assessedBy.strip();
    if (by.isEmpty()) {
      throw new InvalidField("assessedBy", "say who assessed you, such as physiotherapist or GP");
    }
    if (by.length() > MAX_ASSESSED_BY) {
      throw new InvalidField("assessedBy", "must be at most " + MAX_ASSESSED_BY + " characters");
    }
    AssessmentOutcome result = outcome(outcome);
    String limitsText = limits == null || limits.isBlank() ? null : limits.strip();
    if (result == AssessmentOutcome.CLEARED_WITH_LIMITS && limitsText == null) {
      throw new InvalidField("limits", "write down the limits you were given");
    }
    if (result != AssessmentOutcome.CLEARED_WITH_LIMITS && limitsText != null) {
      throw new InvalidField("limits", "only goes with the outcome CLEARED_WITH_LIMITS");
    }
    if (limitsText != null && limitsText.length() > MAX_LIMITS) {
      throw new InvalidField("limits", "must be at most " + MAX_LIMITS + " characters");
    }
    return new AssessmentInput(day, by, result, limitsText);
  }

  private static AssessmentOutcome outcome(String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidField(
          "outcome", "choose one of " + Arrays.toString(AssessmentOutcome.values()));
    }
    try {
      return AssessmentOutcome.valueOf(value.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidField(
          "outcome", "must be one of " + Arrays.toString(AssessmentOutcome.values()));
    }
  }

  private static String text(String field, Object value) {
    if (value == null || value instanceof String) {
      return (String) value;
    }
    throw new InvalidField(field, "must be a string");
  }
}
