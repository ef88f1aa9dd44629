package dev.backload.core.planning;

import dev.backload.core.analytics.Analysis;
import dev.backload.core.log.HingeVariation;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * What every part of the planner reads, computed once from the input.
 *
 * @param today the plan's date
 * @param incrementKg the loadable increment
 * @param log the working hinge sets up to today
 * @param analysis the analytics of the log
 * @param screen the screening results
 * @param zones every monitored session up to today, zoned, in date order
 */
record PlanContext(
    LocalDate today,
    double incrementKg,
    HingeLog log,
    Analysis analysis,
    Screen screen,
    List<ZonedSession> zones) {

  /** A load rounded to the increment. */
  double round(double kg) {
    return Loads.round(kg, incrementKg);
  }

  /** Whether the lifter has logged trap bar sets (and so has access to one). */
  boolean hasTrapBar() {
    return log.hasVariation(HingeVariation.TRAP_BAR, today);
  }

  /** The Monday of a date's ISO week. */
  static LocalDate monday(LocalDate date) {
    return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }
}
