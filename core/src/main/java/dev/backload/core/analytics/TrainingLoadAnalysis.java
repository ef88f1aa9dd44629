package dev.backload.core.analytics;

import dev.backload.core.log.TrainingSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Computes the training-load analytics of a log exactly as analytics.md (version 1) defines them.
 *
 * <p>Runs in time linear in the number of sets plus the number of dates in the series (one pass
 * over the sets, each read once; no sorting of sets), and keeps only per-date arrays and the
 * working hinge sets that have an e1RM (for the fatigue test).
 */
public final class TrainingLoadAnalysis {
  private TrainingLoadAnalysis() {}

  /**
   * Analyses a log.
   *
   * @param sets the sets in file order (which orders them within a workout for {@link
   *     FlagType#FATIGUE_DROP}); their dates may come in any order
   * @return the summary, day and week series, and flags; empty series and flags and null dates when
   *     no set is a working set
   */
  public static Analysis analyze(List<TrainingSet> sets) {
    Set<String> workouts = new HashSet<>();
    int working = 0;
    int hinge = 0;
    DaySeries.Builder days = new DaySeries.Builder();
    FatigueDrops fatigueDrops = new FatigueDrops();
    for (TrainingSet set : sets) {
      workouts.add(set.workout());
      if (set.isWorking()) {
        working++;
        hinge += set.isHinge() ? 1 : 0;
        add(set, days, fatigueDrops);
      }
    }
    if (working == 0) {
      Summary summary = new Summary(null, null, workouts.size(), sets.size(), 0, 0);
      return new Analysis(summary, List.of(), List.of(), List.of());
    }
    DaySeries series = days.build();
    List<WeekLoad> weeks = WeekLoads.of(series);
    Summary summary =
        new Summary(
            series.date(0),
            series.date(series.length - 1),
            workouts.size(),
            sets.size(),
            working,
            hinge);
    return new Analysis(
        summary, DayLoads.of(series), weeks, Flags.of(series, weeks, fatigueDrops));
  }

  private static void add(TrainingSet set, DaySeries.Builder days, FatigueDrops fatigueDrops) {
    int day = days.index(set.date());
    double load = set.loadKg();
    days.addWorking(day, load * set.reps());
    if (set.isHinge()) {
      double e1rm = E1rm.estimateOrNaN(load, set.reps(), set.rpe());
      days.addHinge(set, day, load, e1rm);
      if (!Double.isNaN(e1rm)) {
        fatigueDrops.add(set.workout(), set.variation(), set.date(), load, e1rm);
      }
    }
  }
}
