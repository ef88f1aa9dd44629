package dev.backload.core.analytics;

import static dev.backload.core.analytics.AnalyticsConstants.DAYS_PER_WEEK;

import dev.backload.core.log.HingeVariation;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds the {@link WeekLoad} series over the ISO weeks touching the day series (section 4). */
final class WeekLoads {
  private WeekLoads() {}

  static List<WeekLoad> of(DaySeries series) {
    List<WeekLoad> weeks = new ArrayList<>();
    LocalDate first = series.date(0);
    int firstMonday = 1 - first.getDayOfWeek().getValue();
    boolean partialFirstWeek = firstMonday < 0;
    double previous = 0;
    double[] daily = new double[DAYS_PER_WEEK];
    for (int monday = firstMonday; monday < series.length; monday += DAYS_PER_WEEK) {
      double hinge = 0;
      double total = 0;
      int hingeSets = 0;
      for (int k = 0; k < DAYS_PER_WEEK; k++) {
        int d = monday + k;
        boolean inSeries = d >= 0 && d < series.length;
        daily[k] = inSeries ? series.hingeTonnage[d] : 0;
        hinge += daily[k];
        total += inSeries ? series.totalTonnage[d] : 0;
        hingeSets += inSeries ? series.hingeSets[d] : 0;
      }
      boolean firstWeek = monday == firstMonday;
      boolean afterPartialFirstWeek = partialFirstWeek && monday - DAYS_PER_WEEK == firstMonday;
      Double change =
          firstWeek || afterPartialFirstWeek || previous == 0
              ? null
              : 100 * (hinge - previous) / previous;
      Double monotony = monotony(daily, hinge);
      LocalDate start = series.date(monday);
      weeks.add(
          new WeekLoad(
              label(start),
              start,
              hinge,
              total,
              hingeSets,
              change,
              monotony,
              monotony == null ? null : hinge * monotony,
              e1rmByVariation(series, monday)));
      previous = hinge;
    }
    return weeks;
  }

  /** {@code 2024-W05}: the ISO week-based year (not the calendar year) and week. */
  static String label(LocalDate date) {
    return String.format(
        Locale.ROOT,
        "%d-W%02d",
        date.get(IsoFields.WEEK_BASED_YEAR),
        date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /**
   * Foster's monotony: mean over population standard deviation; {@code null} when that is 0, that
   * is when all the daily loads are equal (tested exactly, as the floating-point mean of equal
   * values can differ from them in the last bit and leave a deviation of about 1e-14).
   */
  private static Double monotony(double[] daily, double sum) {
    if (allEqual(daily)) {
      return null;
    }
    double mean = sum / daily.length;
    double squares = 0;
    for (double load : daily) {
      squares += (load - mean) * (load - mean);
    }
    return mean / Math.sqrt(squares / daily.length);
  }

  private static boolean allEqual(double[] values) {
    for (double value : values) {
      if (value != values[0]) {
        return false;
      }
    }
    return true;
  }

  private static Map<HingeVariation, Double> e1rmByVariation(DaySeries series, int monday) {
    Map<HingeVariation, Double> best = new EnumMap<>(HingeVariation.class);
    for (HingeVariation v : HingeVariation.values()) {
      double e1rm = series.bestE1rm(v.ordinal(), monday, monday + DAYS_PER_WEEK - 1);
      if (e1rm > 0) {
        best.put(v, e1rm);
      }
    }
    return best;
  }
}
