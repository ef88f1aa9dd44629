package dev.backload.core.analytics;

import static dev.backload.core.analytics.AnalyticsConstants.HARD_LOAD_FRACTION;
import static dev.backload.core.analytics.AnalyticsConstants.HARD_RPE;
import static dev.backload.core.analytics.AnalyticsConstants.HARD_WINDOW_DAYS;

import dev.backload.core.log.HingeVariation;
import dev.backload.core.log.SetType;
import dev.backload.core.log.TrainingSet;
import java.time.LocalDate;

/**
 * Per-date accumulators over the day series (every date from the first to the last working set),
 * indexed from 0 at its first date. Filled set by set, read by the day, week and flag builders.
 */
final class DaySeries {
  private static final int VARIATIONS = HingeVariation.values().length;

  private final long firstEpochDay;
  final int length;
  final double[] hingeTonnage;
  final double[] totalTonnage;
  final int[] hingeSets;
  private final boolean[] hardByEffort;
  /** Highest e1RM per variation ordinal and date, 0 where none (an e1RM is always positive). */
  private final double[][] bestE1rm = new double[VARIATIONS][];
  /** Heaviest working hinge load per variation ordinal and date, 0 where none. */
  private final double[][] heaviestLoad = new double[VARIATIONS][];

  /**
   * @param firstEpochDay the first date of the series
   * @param lastEpochDay the last date of the series, not before the first
   */
  DaySeries(long firstEpochDay, long lastEpochDay) {
    this.firstEpochDay = firstEpochDay;
    this.length = Math.toIntExact(lastEpochDay - firstEpochDay + 1);
    hingeTonnage = new double[length];
    totalTonnage = new double[length];
    hingeSets = new int[length];
    hardByEffort = new boolean[length];
  }

  int index(LocalDate date) {
    return (int) (date.toEpochDay() - firstEpochDay);
  }

  LocalDate date(int index) {
    return LocalDate.ofEpochDay(firstEpochDay + index);
  }

  /** Adds a working set's tonnage at date index {@code day}. */
  void addWorking(int day, double tonnageKg) {
    totalTonnage[day] += tonnageKg;
  }

  /**
   * Adds a working hinge set (its tonnage already added by {@link #addWorking}).
   *
   * @param e1rm its e1RM, or {@code NaN} for none
   */
  void addHinge(TrainingSet set, int day, double loadKg, double e1rm) {
    hingeTonnage[day] += loadKg * set.reps();
    hingeSets[day]++;
    if (set.setType() == SetType.FAILURE || (set.rpe() != null && set.rpe() >= HARD_RPE)) {
      hardByEffort[day] = true;
    }
    int v = set.variation().ordinal();
    if (heaviestLoad[v] == null) {
      heaviestLoad[v] = new double[length];
      bestE1rm[v] = new double[length];
    }
    heaviestLoad[v][day] = Math.max(heaviestLoad[v][day], loadKg);
    if (e1rm > bestE1rm[v][day]) {
      bestE1rm[v][day] = e1rm;
    }
  }

  /** Whether the date has working hinge sets. */
  boolean hasHinge(int day) {
    return hingeSets[day] > 0;
  }

  /**
   * Whether the date is a hard hinge date: a working hinge set at RPE 8.5 or more, a failure set,
   * or a load of at least 85 % of the highest e1RM of its variation over the 56 days before.
   */
  boolean isHard(int day) {
    if (hardByEffort[day]) {
      return true;
    }
    for (int v = 0; v < VARIATIONS; v++) {
      double[] loads = heaviestLoad[v];
      if (loads != null && loads[day] > 0) {
        double recentBest = bestE1rm(v, day - HARD_WINDOW_DAYS, day - 1);
        if (recentBest > 0 && loads[day] >= HARD_LOAD_FRACTION * recentBest) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The highest e1RM of the variation with ordinal {@code v} over date indices {@code from..to}
   * inclusive (clipped to the series), 0 when none.
   */
  double bestE1rm(int v, int from, int to) {
    double best = 0;
    if (bestE1rm[v] != null) {
      for (int d = Math.max(0, from); d <= Math.min(length - 1, to); d++) {
        best = Math.max(best, bestE1rm[v][d]);
      }
    }
    return best;
  }
}
