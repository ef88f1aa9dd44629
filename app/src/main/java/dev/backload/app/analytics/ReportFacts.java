package dev.backload.app.analytics;

import dev.backload.core.analytics.Analysis;
import dev.backload.core.analytics.DayLoad;
import dev.backload.core.analytics.Flag;
import dev.backload.core.analytics.FlagType;
import dev.backload.core.analytics.WeekLoad;
import dev.backload.core.log.HingeVariation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the reports pick out of an {@link Analysis}: the recent weeks, the flags of each week, the
 * best estimated maxes per variation, and flag counts.
 */
final class ReportFacts {
  /** How many of the last weeks the reports show in their weekly table. */
  static final int RECENT_WEEKS = 12;

  private ReportFacts() {}

  /**
   * A variation's estimated one-rep maxes.
   *
   * @param variation the variation
   * @param recentBest the highest e1RM within the recent weeks, or {@code null}
   * @param recentWeek the week of {@code recentBest}, or {@code null}
   * @param best the highest e1RM of the whole log
   * @param bestWeek the first week it was reached
   * @param weeksTrained weeks with an e1RM of this variation
   */
  record VariationBest(
      HingeVariation variation,
      Double recentBest,
      String recentWeek,
      double best,
      String bestWeek,
      int weeksTrained) {}

  /** The last {@value #RECENT_WEEKS} weeks (fewer when the log is shorter), in date order. */
  static List<WeekLoad> recentWeeks(Analysis analysis) {
    List<WeekLoad> weeks = analysis.weeks();
    return weeks.subList(Math.max(0, weeks.size() - RECENT_WEEKS), weeks.size());
  }

  /** The types of the flags anchored within a week (Monday to Sunday), in type order. */
  static Set<FlagType> flagsIn(WeekLoad week, List<Flag> flags) {
    Set<FlagType> types = EnumSet.noneOf(FlagType.class);
    for (Flag flag : flags) {
      if (!flag.date().isBefore(week.start()) && flag.date().isBefore(week.start().plusDays(7))) {
        types.add(flag.type());
      }
    }
    return types;
  }

  /** Per variation with an e1RM, in variation order. */
  static List<VariationBest> e1rms(Analysis analysis) {
    List<WeekLoad> weeks = analysis.weeks();
    int recentFrom = Math.max(0, weeks.size() - RECENT_WEEKS);
    List<VariationBest> result = new ArrayList<>();
    for (HingeVariation v : HingeVariation.values()) {
      Double recent = null;
      String recentWeek = null;
      double best = 0;
      String bestWeek = null;
      int trained = 0;
      for (int i = 0; i < weeks.size(); i++) {
        Double e1rm = weeks.get(i).e1rmByVariation().get(v);
        if (e1rm == null) {
          continue;
        }
        trained++;
        if (e1rm > best) {
          best = e1rm;
          bestWeek = weeks.get(i).week();
        }
        if (i >= recentFrom && (recent == null || e1rm > recent)) {
          recent = e1rm;
          recentWeek = weeks.get(i).week();
        }
      }
      if (trained > 0) {
        result.add(new VariationBest(v, recent, recentWeek, best, bestWeek, trained));
      }
    }
    return result;
  }

  /** The number of flags of each type, in type order, leaving out types with none. */
  static Map<FlagType, Integer> flagCounts(List<Flag> flags) {
    Map<FlagType, Integer> counts = new EnumMap<>(FlagType.class);
    for (Flag flag : flags) {
      counts.merge(flag.type(), 1, Integer::sum);
    }
    return counts;
  }

  /** The last date of the day series, or {@code null} for an empty log. */
  static DayLoad lastDay(Analysis analysis) {
    List<DayLoad> days = analysis.days();
    return days.isEmpty() ? null : days.get(days.size() - 1);
  }
}
