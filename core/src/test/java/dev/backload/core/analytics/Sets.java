package dev.backload.core.analytics;

import dev.backload.core.log.SetType;
import dev.backload.core.log.TrainingSet;
import java.time.LocalDate;
import java.util.List;

/** Terse builders of canonical sets for the analytics tests; days count from Monday 2024-01-01. */
final class Sets {
  static final LocalDate MONDAY = LocalDate.of(2024, 1, 1);
  static final String DEADLIFT = "Deadlift (Barbell)";
  static final String SUMO = "Sumo Deadlift (Barbell)";
  static final String SQUAT = "Squat (Barbell)";

  private Sets() {}

  static LocalDate day(int n) {
    return MONDAY.plusDays(n);
  }

  /** A working conventional deadlift set without RPE, the day being its workout. */
  static TrainingSet dl(int day, double kg, int reps) {
    return set(day, DEADLIFT, SetType.WORKING, kg, reps, null);
  }

  /** A working conventional deadlift set with RPE, the day being its workout. */
  static TrainingSet dl(int day, double kg, int reps, double rpe) {
    return set(day, DEADLIFT, SetType.WORKING, kg, reps, rpe);
  }

  /** A set whose workout is its day. */
  static TrainingSet set(int day, String exercise, SetType type, double kg, int reps, Double rpe) {
    return set(day(day), "w" + day, exercise, type, kg, reps, rpe);
  }

  static TrainingSet set(
      LocalDate date,
      String workout,
      String exercise,
      SetType type,
      double kg,
      int reps,
      Double rpe) {
    return TrainingSet.of(date, workout, exercise, type, kg, reps, rpe, null);
  }

  static Analysis analyze(TrainingSet... sets) {
    return TrainingLoadAnalysis.analyze(List.of(sets));
  }

  static List<Flag> flags(FlagType type, Analysis analysis) {
    return analysis.flags().stream().filter(flag -> flag.type() == type).toList();
  }

  static List<LocalDate> flagDates(FlagType type, Analysis analysis) {
    return flags(type, analysis).stream().map(Flag::date).toList();
  }
}
