package dev.backload.core.planning;

import static dev.backload.core.planning.PlannerThresholds.LONG_BREAK_FRACTION;
import static dev.backload.core.planning.PlannerThresholds.LONG_BREAK_REBUILD_DAYS;
import static dev.backload.core.planning.PlannerThresholds.MEDIUM_BREAK_FRACTION;
import static dev.backload.core.planning.PlannerThresholds.MEDIUM_BREAK_MAX_DAYS;
import static dev.backload.core.planning.PlannerThresholds.NO_CHANGE_GAP_MAX_DAYS;
import static dev.backload.core.planning.PlannerThresholds.SHORT_BREAK_FRACTION;
import static dev.backload.core.planning.PlannerThresholds.SHORT_BREAK_MAX_DAYS;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Re-entry loads after a break from deadlifts (planner.md section 3; clinical-sources.md 5.8;
 * heuristic, after Bosquet 2013). The gap is the number of days from the previous deadlift date to
 * the return date.
 */
public final class Reentry {

  private Reentry() {}

  /**
   * The fraction of the previous working load for the first session back: 1 for a gap of up to 7
   * days, 0.9 for 8-14, 0.825 for 15-28, 0.7 for more than 28.
   */
  public static double fraction(long gapDays) {
    if (gapDays <= NO_CHANGE_GAP_MAX_DAYS) {
      return 1;
    }
    if (gapDays <= SHORT_BREAK_MAX_DAYS) {
      return SHORT_BREAK_FRACTION;
    }
    return gapDays <= MEDIUM_BREAK_MAX_DAYS ? MEDIUM_BREAK_FRACTION : LONG_BREAK_FRACTION;
  }

  /**
   * Days over which the load rebuilds to the previous working load: 21 after more than 28 days off;
   * 0 otherwise (only the first session back is lighter).
   */
  public static int rebuildDays(long gapDays) {
    return gapDays > MEDIUM_BREAK_MAX_DAYS ? LONG_BREAK_REBUILD_DAYS : 0;
  }

  /**
   * The fraction of the previous working load for a session on {@code day}: {@link #fraction} on
   * the return date, rising in a straight line to 1 over {@link #rebuildDays}; 1 after the return
   * date when there is no rebuild period.
   */
  public static double fractionOn(long gapDays, LocalDate returnDate, LocalDate day) {
    double first = fraction(gapDays);
    long since = Math.max(0, ChronoUnit.DAYS.between(returnDate, day));
    int rebuild = rebuildDays(gapDays);
    if (rebuild == 0) {
      return since == 0 ? first : 1;
    }
    return first + (1 - first) * Math.min(1.0, (double) since / rebuild);
  }

  /**
   * Whether a return that has already happened is still being rebuilt from on {@code day}: only
   * after more than 28 days off, within the rebuild period.
   */
  static boolean active(long gapDays, LocalDate returnDate, LocalDate day) {
    return rebuildDays(gapDays) > 0 && fractionOn(gapDays, returnDate, day) < 1;
  }
}
