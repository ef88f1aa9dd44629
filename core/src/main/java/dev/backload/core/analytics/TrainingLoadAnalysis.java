package dev.backload.core.analytics;

import dev.backload.core.log.ColumnarSets;
import dev.backload.core.log.HingeVariation;
import dev.backload.core.log.SetType;
import dev.backload.core.log.TrainingSet;
import java.time.LocalDate;
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
    Pass pass = new Pass();
    if (sets instanceof ColumnarSets columns) {
      // The same fields, read without building a set object for each row.
      for (int i = 0, n = columns.size(); i < n; i++) {
        pass.add(
            columns.date(i),
            columns.workout(i),
            columns.variation(i),
            columns.setType(i),
            columns.reps(i),
            columns.rpe(i),
            columns.loadKg(i));
      }
    } else {
      for (TrainingSet set : sets) {
        pass.add(
            set.date(),
            set.workout(),
            set.variation(),
            set.setType(),
            set.reps(),
            set.rpe(),
            set.loadKg());
      }
    }
    if (pass.working == 0) {
      Summary summary = new Summary(null, null, pass.workouts.size(), sets.size(), 0, 0);
      return new Analysis(summary, List.of(), List.of(), List.of());
    }
    DaySeries series = pass.days.build();
    List<WeekLoad> weeks = WeekLoads.of(series);
    Summary summary =
        new Summary(
            series.date(0),
            series.date(series.length - 1),
            pass.workouts.size(),
            sets.size(),
            pass.working,
            pass.hinge);
    return new Analysis(
        summary, DayLoads.of(series), weeks, Flags.of(series, weeks, pass.fatigueDrops));
  }

  /** The one pass over the sets: counts, the day series and the fatigue groups. */
  private static final class Pass {
    final Set<String> workouts = new HashSet<>();
    final DaySeries.Builder days = new DaySeries.Builder();
    final FatigueDrops fatigueDrops = new FatigueDrops();
    int working;
    int hinge;

    /** Adds one set, given by the fields the analytics read (see {@link TrainingSet}). */
    void add(
        LocalDate date,
        String workout,
        HingeVariation variation,
        SetType type,
        int reps,
        Double rpe,
        double loadKg) {
      workouts.add(workout);
      if (!TrainingSet.isWorking(reps, type)) {
        return;
      }
      working++;
      int day = days.index(date);
      days.addWorking(day, loadKg * reps);
      if (variation != null) {
        hinge++;
        double e1rm = E1rm.estimateOrNaN(loadKg, reps, rpe);
        days.addHinge(variation, type, reps, rpe, day, loadKg, e1rm);
        if (!Double.isNaN(e1rm)) {
          fatigueDrops.add(workout, variation, date, loadKg, e1rm);
        }
      }
    }
  }
}
