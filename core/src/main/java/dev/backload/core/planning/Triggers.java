package dev.backload.core.planning;

import static dev.backload.core.planning.PlannerThresholds.LONG_BREAK_REBUILD_DAYS;
import static dev.backload.core.planning.PlannerThresholds.NO_CHANGE_GAP_MAX_DAYS;

import dev.backload.core.analytics.Analysis;
import dev.backload.core.analytics.Flag;
import dev.backload.core.analytics.FlagType;
import dev.backload.core.analytics.WeekLoad;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * What calls for adjusted training (planner.md sections 0 and 3): symptoms (a MODIFY result), a
 * recent load spike, or a break being returned from.
 *
 * @param symptomsSince the date adjusted training for symptoms began, or {@code null}
 * @param breakInfo the break being returned from, or {@code null}
 * @param spike the recent spike week, or {@code null}
 */
record Triggers(LocalDate symptomsSince, Break breakInfo, Spike spike) {

  /**
   * A break from deadlifts.
   *
   * @param previousDate the last deadlift date before the break
   * @param returnDate the first date back (today when the next session is the first)
   * @param gapDays days from {@code previousDate} to {@code returnDate}
   */
  record Break(LocalDate previousDate, LocalDate returnDate, long gapDays) {}

  /**
   * A SPIKE week.
   *
   * @param weekStart the week's Monday
   * @param changePct its hinge tonnage change on the week before, percent
   */
  record Spike(LocalDate weekStart, double changePct) {}

  /** Whether anything calls for adjusted training. */
  boolean any() {
    return symptomsSince != null || breakInfo != null || spike != null;
  }

  /** The earliest start among the triggers: the adjusted track's first date. */
  LocalDate trackStart() {
    LocalDate start = symptomsSince;
    if (breakInfo != null && (start == null || breakInfo.returnDate().isBefore(start))) {
      start = breakInfo.returnDate();
    }
    if (spike != null && (start == null || spike.weekStart().isBefore(start))) {
      start = spike.weekStart();
    }
    return start;
  }

  /**
   * The break the lifter is returning from on {@code today}: either the next session comes more
   * than 7 days after the last one, or the latest return was after more than 28 days off and its
   * rebuild period is still running. The planner uses the re-entry table's own gaps (from 8 days),
   * not only the analytics flag (from 15).
   */
  static Optional<Break> breakOn(HingeLog log, LocalDate today) {
    Optional<LocalDate> last = log.lastOnOrBefore(today);
    if (last.isEmpty()) {
      return Optional.empty();
    }
    long upcoming = ChronoUnit.DAYS.between(last.get(), today);
    if (upcoming > NO_CHANGE_GAP_MAX_DAYS) {
      return Optional.of(new Break(last.get(), today, upcoming));
    }
    LocalDate date = last.get();
    while (!date.isBefore(today.minusDays(LONG_BREAK_REBUILD_DAYS))) {
      Optional<LocalDate> previous = log.lastBefore(date);
      if (previous.isEmpty()) {
        return Optional.empty();
      }
      long gap = ChronoUnit.DAYS.between(previous.get(), date);
      if (gap > NO_CHANGE_GAP_MAX_DAYS) {
        return Reentry.active(gap, date, today)
            ? Optional.of(new Break(previous.get(), date, gap))
            : Optional.empty();
      }
      date = previous.get();
    }
    return Optional.empty();
  }

  /** A SPIKE flag on today's ISO week or the week before. */
  static Optional<Spike> spikeOn(Analysis analysis, LocalDate today) {
    LocalDate monday = PlanContext.monday(today);
    Spike found = null;
    for (Flag flag : analysis.flags()) {
      if (flag.type() == FlagType.SPIKE
          && (flag.date().equals(monday) || flag.date().equals(monday.minusWeeks(1)))) {
        found = new Spike(flag.date(), changePct(analysis, flag.date()));
      }
    }
    return Optional.ofNullable(found);
  }

  /** The hinge tonnage change of the week starting on {@code monday}, 0 when unknown. */
  static double changePct(Analysis analysis, LocalDate monday) {
    return analysis.weeks().stream()
        .filter(w -> w.start().equals(monday) && w.hingeChangePct() != null)
        .mapToDouble(WeekLoad::hingeChangePct)
        .findFirst()
        .orElse(0);
  }
}
