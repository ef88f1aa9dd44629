package dev.backload.core.analytics;

import static dev.backload.core.analytics.AnalyticsConstants.HARD_LOAD_FRACTION;
import static dev.backload.core.analytics.AnalyticsConstants.HARD_RPE;
import static dev.backload.core.analytics.AnalyticsConstants.HARD_WINDOW_DAYS;

import dev.backload.core.log.HingeVariation;
import dev.backload.core.log.SetType;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Per-date accumulators over the day series (every date from the first to the last working set),
 * indexed from 0 at its first date. Filled set by set through a {@link Builder}, read by the day,
 * week and flag builders.
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
  private final double[][] bestE1rm;

  /** Heaviest working hinge load per variation ordinal and date, 0 where none. */
  private final double[][] heaviestLoad;

  private DaySeries(Builder b, long first, long last) {
    this.firstEpochDay = first;
    this.length = Math.toIntExact(last - first + 1);
    int from = (int) (first - b.origin);
    int to = from + length;
    hingeTonnage = Arrays.copyOfRange(b.hingeTonnage, from, to);
    totalTonnage = Arrays.copyOfRange(b.totalTonnage, from, to);
    hingeSets = Arrays.copyOfRange(b.hingeSets, from, to);
    hardByEffort = Arrays.copyOfRange(b.hardByEffort, from, to);
    bestE1rm = new double[VARIATIONS][];
    heaviestLoad = new double[VARIATIONS][];
    for (int v = 0; v < VARIATIONS; v++) {
      if (b.heaviestLoad[v] != null) {
        bestE1rm[v] = Arrays.copyOfRange(b.bestE1rm[v], from, to);
        heaviestLoad[v] = Arrays.copyOfRange(b.heaviestLoad[v], from, to);
      }
    }
  }

  int index(LocalDate date) {
    return (int) (date.toEpochDay() - firstEpochDay);
  }

  LocalDate date(int index) {
    return LocalDate.ofEpochDay(firstEpochDay + index);
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

  /**
   * Collects working sets in one pass, in any date order: its arrays cover the dates seen so far
   * and grow (doubling, towards earlier or later dates) when a set falls outside them, so the sets
   * need not be read twice to find the span first. {@link #build()} cuts the series from the first
   * to the last date added.
   */
  static final class Builder {
    private static final int INITIAL_DAYS = 64;

    /** The epoch day of index 0 of the arrays. */
    private long origin;

    private int capacity;
    private long first = Long.MAX_VALUE;
    private long last = Long.MIN_VALUE;
    private double[] hingeTonnage;
    private double[] totalTonnage;
    private int[] hingeSets;
    private boolean[] hardByEffort;
    private final double[][] bestE1rm = new double[VARIATIONS][];
    private final double[][] heaviestLoad = new double[VARIATIONS][];

    /** Whether no date was added. */
    boolean isEmpty() {
      return first > last;
    }

    /** The array index of a date to add to, growing the arrays to cover it. */
    int index(LocalDate date) {
      long day = date.toEpochDay();
      if (hingeTonnage == null) {
        origin = day;
        capacity = INITIAL_DAYS;
        hingeTonnage = new double[capacity];
        totalTonnage = new double[capacity];
        hingeSets = new int[capacity];
        hardByEffort = new boolean[capacity];
      } else if (day < origin || day >= origin + capacity) {
        grow(day);
      }
      first = Math.min(first, day);
      last = Math.max(last, day);
      return (int) (day - origin);
    }

    private void grow(long day) {
      long from = Math.min(origin, day);
      long to = Math.max(origin + capacity, day + 1);
      long size = Math.max(to - from, 2L * capacity);
      if (day < origin) {
        from = to - size;
      }
      int newCapacity = Math.toIntExact(size);
      int shift = (int) (origin - from);
      hingeTonnage = moved(hingeTonnage, newCapacity, shift);
      totalTonnage = moved(totalTonnage, newCapacity, shift);
      int[] sets = new int[newCapacity];
      System.arraycopy(hingeSets, 0, sets, shift, capacity);
      hingeSets = sets;
      boolean[] hard = new boolean[newCapacity];
      System.arraycopy(hardByEffort, 0, hard, shift, capacity);
      hardByEffort = hard;
      for (int v = 0; v < VARIATIONS; v++) {
        if (heaviestLoad[v] != null) {
          bestE1rm[v] = moved(bestE1rm[v], newCapacity, shift);
          heaviestLoad[v] = moved(heaviestLoad[v], newCapacity, shift);
        }
      }
      origin = from;
      capacity = newCapacity;
    }

    private double[] moved(double[] values, int newCapacity, int shift) {
      double[] copy = new double[newCapacity];
      System.arraycopy(values, 0, copy, shift, capacity);
      return copy;
    }

    /** Adds a working set's tonnage at array index {@code day}. */
    void addWorking(int day, double tonnageKg) {
      totalTonnage[day] += tonnageKg;
    }

    /**
     * Adds a working hinge set (its tonnage already added by {@link #addWorking}).
     *
     * @param e1rm its e1RM, or {@code NaN} for none
     */
    void addHinge(
        HingeVariation variation,
        SetType type,
        int reps,
        Double rpe,
        int day,
        double loadKg,
        double e1rm) {
      hingeTonnage[day] += loadKg * reps;
      hingeSets[day]++;
      if (type == SetType.FAILURE || (rpe != null && rpe >= HARD_RPE)) {
        hardByEffort[day] = true;
      }
      int v = variation.ordinal();
      if (heaviestLoad[v] == null) {
        heaviestLoad[v] = new double[capacity];
        bestE1rm[v] = new double[capacity];
      }
      heaviestLoad[v][day] = Math.max(heaviestLoad[v][day], loadKg);
      if (e1rm > bestE1rm[v][day]) {
        bestE1rm[v][day] = e1rm;
      }
    }

    /** The series from the first to the last date added; at least one date must have been. */
    DaySeries build() {
      if (isEmpty()) {
        throw new IllegalStateException("no date added");
      }
      return new DaySeries(this, first, last);
    }
  }
}
