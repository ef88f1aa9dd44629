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
        Group group = groups[v];
        if (group == null || !group.hasDrop()) {
          continue;
        }
        // The detail is written only for the flag kept, the first of its date.
        int day = series.index(group.dropDate());
        if (!flagged[day]) {
          flagged[day] = true;
          flags.add(group.dropFlag(VARIATIONS[v]));
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

    // Set by hasDrop() when it finds a drop.
    private double heaviest;
    private int count;
    private int last;
    private double earlierBest;

    /** Whether the group has a drop; if so, remembers what {@link #dropFlag} reports. */
    boolean hasDrop() {
      if (size < FATIGUE_MIN_SETS) {
        return false;
      }
      heaviest = 0;
      for (int i = 0; i < size; i++) {
        heaviest = Math.max(heaviest, loads[i]);
      }
      count = 0;
      last = -1;
      earlierBest = 0;
      for (int i = 0; i < size; i++) {
        if (loads[i] >= heaviest - FATIGUE_LOAD_TOLERANCE_KG) {
          if (last >= 0) {
            earlierBest = Math.max(earlierBest, e1rms[last]);
          }
          last = i;
          count++;
        }
      }
      return count >= FATIGUE_MIN_SETS && e1rms[last] <= FATIGUE_E1RM_FRACTION * earlierBest;
    }

    /** The date of the last top set of a group that {@link #hasDrop() has a drop}. */
    LocalDate dropDate() {
      return LocalDate.ofEpochDay(days[last]);
    }

    /** The drop as a flag at the date of its last top set; only after {@link #hasDrop()}. */
    Flag dropFlag(HingeVariation variation) {
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
      return new Flag(FlagType.FATIGUE_DROP, dropDate(), detail);
    }
  }
}
