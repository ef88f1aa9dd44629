package dev.backload.core.analytics;

import static dev.backload.core.analytics.AnalyticsConstants.BREAK_DAYS;
import static dev.backload.core.analytics.AnalyticsConstants.SPIKE_CHANGE_PCT;
import static dev.backload.core.analytics.AnalyticsConstants.STACKED_MAX_GAP_DAYS;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Builds the descriptive {@link Flag}s of section 5, sorted by date and then by type name. */
final class Flags {
  private static final Comparator<Flag> ORDER =
      Comparator.comparing(Flag::date).thenComparing(flag -> flag.type().name());

  private Flags() {}

  static List<Flag> of(DaySeries series, List<WeekLoad> weeks, FatigueDrops fatigueDrops) {
    List<Flag> flags = new ArrayList<>();
    addSpikes(weeks, flags);
    addBreaksAndStackedHardDates(series, flags);
    fatigueDrops.addFlags(series, flags);
    flags.sort(ORDER);
    return flags;
  }

  private static void addSpikes(List<WeekLoad> weeks, List<Flag> flags) {
    for (int i = 1; i < weeks.size(); i++) {
      WeekLoad week = weeks.get(i);
      if (week.hingeChangePct() != null && week.hingeChangePct() > SPIKE_CHANGE_PCT) {
        String detail =
            String.format(
                Locale.ROOT,
                "hinge tonnage %.0f kg, %+.1f%% on the week before (%.0f kg)",
                week.hingeTonnageKg(),
                week.hingeChangePct(),
                weeks.get(i - 1).hingeTonnageKg());
        flags.add(new Flag(FlagType.SPIKE, week.start(), detail));
      }
    }
  }

  private static void addBreaksAndStackedHardDates(DaySeries series, List<Flag> flags) {
    int previousHinge = -1;
    int previousHard = -1;
    for (int d = 0; d < series.length; d++) {
      if (!series.hasHinge(d)) {
        continue;
      }
      if (previousHinge >= 0 && d - previousHinge > BREAK_DAYS) {
        String detail =
            String.format(
                Locale.ROOT,
                "hinge sets again after %d days without any (previous on %s)",
                d - previousHinge,
                series.date(previousHinge));
        flags.add(new Flag(FlagType.RETURN_AFTER_BREAK, series.date(d), detail));
      }
      previousHinge = d;
      if (series.isHard(d)) {
        if (previousHard >= 0 && d - previousHard <= STACKED_MAX_GAP_DAYS) {
          String detail =
              String.format(
                  Locale.ROOT,
                  "hard hinge sets %d %s after the previous hard hinge day (%s)",
                  d - previousHard,
                  d - previousHard == 1 ? "day" : "days",
                  series.date(previousHard));
          flags.add(new Flag(FlagType.STACKED_HARD, series.date(d), detail));
        }
        previousHard = d;
      }
    }
  }
}
