package dev.backload.core.analytics;

import static dev.backload.core.analytics.AnalyticsConstants.FATIGUE_E1RM_FRACTION;
import static dev.backload.core.analytics.AnalyticsConstants.FATIGUE_LOAD_TOLERANCE_KG;
import static dev.backload.core.analytics.AnalyticsConstants.FATIGUE_MIN_SETS;

import dev.backload.core.log.HingeVariation;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds {@link FlagType#FATIGUE_DROP}s: per workout and hinge variation, among the working sets
 * with an e1RM, those within 0.5 kg (inclusive) of the heaviest load, in list order; at least 3 of
 * them and the last one's e1RM at most 95 % of the highest of the earlier ones. One flag per date,
 * the first group found (workouts in order of first appearance, then variations in enum order).
 */
final class FatigueDrops {
  private static final HingeVariation[] VARIATIONS = HingeVariation.values();

  private final Map<String, Group[]> byWorkout = new LinkedHashMap<>();

  /** Adds a working hinge set that has an e1RM, in list order. */
  void add(String workout, HingeVariation variation, LocalDate date, double loadKg, double e1rm) {
    Group[] groups = byWorkout.computeIfAbsent(workout, w -> new Group[VARIATIONS.length]);
    int v = variation.ordinal();
    if (groups[v] == null) {
      groups[v] = new Group();
    }
    groups[v].add(date.toEpochDay(), loadKg, e1rm);
  }

  /** Adds one flag per date with a drop to {@code flags}. */
  void addFlags(DaySeries series, List<Flag> flags) {
    boolean[] flagged = new boolean[series.length];
    for (Group[] groups : byWorkout.values()) {
      for (int v = 0; v < VARIATIONS.length; v++) {
        Flag flag = groups[v] == null ? null : groups[v].drop(VARIATIONS[v]);
        if (flag != null && !flagged[series.index(flag.date())]) {
          flagged[series.index(flag.date())] = true;
          flags.add(flag);
        }
      }
    }
  }

  /** The sets of one workout and variation, in list order. */
  private static final class Group {
    private int size;
    /** Epoch days. */
    private long[] days = new long[4];
    private double[] loads = new double[4];
    private double[] e1rms = new double[4];

    void add(long day, double loadKg, double e1rm) {
      if (size == days.length) {
        days = Arrays.copyOf(days, size * 2);
        loads = Arrays.copyOf(loads, size * 2);
        e1rms = Arrays.copyOf(e1rms, size * 2);
      }
      days[size] = day;
      loads[size] = loadKg;
      e1rms[size] = e1rm;
      size++;
    }

    /** The group's drop as a flag at the date of its last top set, or {@code null}. */
    Flag drop(HingeVariation variation) {
      if (size < FATIGUE_MIN_SETS) {
        return null;
      }
      double heaviest = 0;
      for (int i = 0; i < size; i++) {
        heaviest = Math.max(heaviest, loads[i]);
      }
      int count = 0;
      int last = -1;
      double earlierBest = 0;
      for (int i = 0; i < size; i++) {
        if (loads[i] >= heaviest - FATIGUE_LOAD_TOLERANCE_KG) {
          if (last >= 0) {
            earlierBest = Math.max(earlierBest, e1rms[last]);
          }
          last = i;
          count++;
        }
      }
      if (count < FATIGUE_MIN_SETS || e1rms[last] > FATIGUE_E1RM_FRACTION * earlierBest) {
        return null;
      }
      String detail =
          String.format(
              Locale.ROOT,
              "%s at %.1f kg: the last of %d sets came to an e1RM of %.1f kg,"
                  + " %.1f%% of the best earlier one (%.1f kg)",
              variation.name().toLowerCase(Locale.ROOT).replace('_', ' '),
              heaviest,
              count,
              e1rms[last],
              100 * e1rms[last] / earlierBest,
              earlierBest);
      return new Flag(FlagType.FATIGUE_DROP, LocalDate.ofEpochDay(days[last]), detail);
    }
  }
}
