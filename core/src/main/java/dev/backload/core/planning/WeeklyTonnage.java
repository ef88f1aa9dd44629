package dev.backload.core.planning;

import static dev.backload.core.planning.PlannerThresholds.WEEKLY_TONNAGE_RISE_MAX_PCT;

import java.time.LocalDate;

/** Stage 3's guard: weekly hinge tonnage may rise by at most 30% on last week's (planner.md 2). */
final class WeeklyTonnage {
  private WeeklyTonnage() {}

  /**
   * Whether adding the dose to this ISO week's hinge tonnage so far would take it more than 30%
   * above last week's. False when last week had no hinge tonnage (there is no rise to measure).
   */
  static boolean wouldRiseTooMuch(HingeLog log, LocalDate today, Dose next) {
    LocalDate monday = PlanContext.monday(today);
    double lastWeek = log.tonnageKg(monday.minusDays(7), monday.minusDays(1));
    double thisWeek = log.tonnageKg(monday, today) + next.tonnageKg();
    return lastWeek > 0 && thisWeek > lastWeek * (1 + WEEKLY_TONNAGE_RISE_MAX_PCT / 100);
  }
}
