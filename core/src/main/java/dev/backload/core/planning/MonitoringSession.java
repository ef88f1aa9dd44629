package dev.backload.core.planning;

import java.time.LocalDate;

/**
 * One deadlift-family workout with its pain-monitoring answers (planner.md section 1), each 0..10
 * or {@code null} while not answered.
 *
 * @param workoutId the workout
 * @param date the workout's date
 * @param baseline back pain on the morning of the session, before training
 * @param during the worst back pain during the session
 * @param nextMorning back pain on waking the day after
 */
public record MonitoringSession(
    long workoutId, LocalDate date, Integer baseline, Integer during, Integer nextMorning) {

  /** Whether all three answers are in, so the zone can be worked out. */
  public boolean complete() {
    return baseline != null && during != null && nextMorning != null;
  }
}
