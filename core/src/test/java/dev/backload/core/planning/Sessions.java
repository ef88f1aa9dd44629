package dev.backload.core.planning;

import dev.backload.core.log.SetType;
import dev.backload.core.log.TrainingSet;
import java.time.LocalDate;

/** Terse builders of sessions and sets for the planner's unit tests; day 0 is Monday 2024-01-01. */
final class Sessions {
  static final LocalDate MONDAY = LocalDate.of(2024, 1, 1);

  private Sessions() {}

  static LocalDate day(int n) {
    return MONDAY.plusDays(n);
  }

  static Dose deadlift(double kg) {
    return new Dose("Deadlift", Range.FLOOR, kg, 3, 5);
  }

  /** A conventional deadlift session of 3 x 5 at 100 kg. */
  static MonitoredSession session(int day, int baseline, int during, Integer nextMorning) {
    return MonitoredSession.of(day(day), deadlift(100), baseline, during, nextMorning);
  }

  static MonitoredSession session(int day, double kg, int baseline, int during, Integer next) {
    return MonitoredSession.of(day(day), deadlift(kg), baseline, during, next);
  }

  static ZonedSession zoned(int day, Zone zone) {
    return new ZonedSession(session(day, 0, 0, 0), zone, zone.name());
  }

  static ZonedSession zoned(int day, double kg, Zone zone) {
    return new ZonedSession(session(day, kg, 0, 0, 0), zone, zone.name());
  }

  static TrainingSet set(int day, String exercise, double kg, int reps) {
    return set(day, exercise, kg, reps, null);
  }

  static TrainingSet set(int day, String exercise, double kg, int reps, Double rpe) {
    return TrainingSet.of(day(day), "w" + day, exercise, SetType.WORKING, kg, reps, rpe, null);
  }
}
