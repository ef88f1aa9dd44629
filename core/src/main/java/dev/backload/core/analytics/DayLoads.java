package dev.backload.core.analytics;

import static dev.backload.core.analytics.AnalyticsConstants.ACUTE_LAMBDA;
import static dev.backload.core.analytics.AnalyticsConstants.ACUTE_WINDOW_DAYS;
import static dev.backload.core.analytics.AnalyticsConstants.CHRONIC_LAMBDA;
import static dev.backload.core.analytics.AnalyticsConstants.CHRONIC_WINDOW_DAYS;
import static dev.backload.core.analytics.AnalyticsConstants.WARM_UP_DAYS;

import java.util.ArrayList;
import java.util.List;

/** Builds the {@link DayLoad} series: EWMA and uncoupled ratios on hinge tonnage (section 3). */
final class DayLoads {
  private DayLoads() {}

  static List<DayLoad> of(DaySeries series) {
    double[] load = series.hingeTonnage;
    List<DayLoad> days = new ArrayList<>(series.length);
    double acute = 0;
    double chronic = 0;
    for (int d = 0; d < series.length; d++) {
      acute = ACUTE_LAMBDA * load[d] + (1 - ACUTE_LAMBDA) * acute;
      chronic = CHRONIC_LAMBDA * load[d] + (1 - CHRONIC_LAMBDA) * chronic;
      boolean warmingUp = d < WARM_UP_DAYS;
      Double ewma = warmingUp || chronic == 0 ? null : acute / chronic;
      Double uncoupled = warmingUp ? null : uncoupled(load, d);
      days.add(
          new DayLoad(
              series.date(d), load[d], series.totalTonnage[d], acute, chronic, ewma, uncoupled));
    }
    return days;
  }

  /** {@code mean(L[d-6..d]) / mean(L[d-27..d-7])}, {@code null} for a zero denominator. */
  private static Double uncoupled(double[] load, int d) {
    int acuteFrom = d - ACUTE_WINDOW_DAYS + 1;
    double chronicSum = sum(load, d - CHRONIC_WINDOW_DAYS + 1, acuteFrom);
    if (chronicSum == 0) {
      return null;
    }
    double acuteMean = sum(load, acuteFrom, d + 1) / ACUTE_WINDOW_DAYS;
    return acuteMean / (chronicSum / (CHRONIC_WINDOW_DAYS - ACUTE_WINDOW_DAYS));
  }

  /** The sum of {@code load[from..to)} in date order. */
  private static double sum(double[] load, int from, int to) {
    double sum = 0;
    for (int d = from; d < to; d++) {
      sum += load[d];
    }
    return sum;
  }
}
