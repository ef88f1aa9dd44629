package dev.backload.core.planning;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * An assessment by a clinician after a red flag (planner.md 0a): the only thing that ends a
 * red-flag hold.
 *
 * <p>Assessments and check-ins form one timeline, ordered by date. Within a date the order is the
 * order in which they were recorded, which {@code checkInsBeforeOnDate} states: how many of the
 * check-ins dated {@code date} had been recorded when this assessment was. An assessment covers the
 * URGENT findings of every check-in before it on that timeline, never one after it.
 *
 * @param date the day of the assessment
 * @param checkInsBeforeOnDate how many check-ins of the same date come before it, 0 or more
 * @param assessedBy who assessed, in the lifter's words (physiotherapist, GP, emergency department)
 * @param outcome what they concluded
 * @param limits the limits in words for {@link AssessmentOutcome#CLEARED_WITH_LIMITS}; {@code null}
 *     otherwise
 */
public record Assessment(
    LocalDate date,
    int checkInsBeforeOnDate,
    String assessedBy,
    AssessmentOutcome outcome,
    String limits) {

  /**
   * The order of assessments on the timeline: by date, then by how many check-ins of that date come
   * before them. A sort by it is stable, so assessments at the same place keep their order.
   */
  public static final Comparator<Assessment> TIMELINE_ORDER =
      Comparator.comparing(Assessment::date).thenComparingInt(Assessment::checkInsBeforeOnDate);

  public Assessment {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(assessedBy, "assessedBy");
    Objects.requireNonNull(outcome, "outcome");
    if (checkInsBeforeOnDate < 0) {
      throw new IllegalArgumentException(
          "checkInsBeforeOnDate must be >= 0: " + checkInsBeforeOnDate);
    }
    if (outcome == AssessmentOutcome.CLEARED_WITH_LIMITS && (limits == null || limits.isBlank())) {
      throw new IllegalArgumentException("CLEARED_WITH_LIMITS needs the limits in words");
    }
    if (outcome != AssessmentOutcome.CLEARED_WITH_LIMITS) {
      limits = null;
    }
  }
}
