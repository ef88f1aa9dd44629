package dev.backload.core.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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

  /** Oldest first: by date, then by workout id. */
  public static final Comparator<MonitoringSession> CHRONOLOGICAL =
      Comparator.comparing(MonitoringSession::date).thenComparingLong(MonitoringSession::workoutId);

  /** Whether all three answers are in, so the zone can be worked out. */
  public boolean complete() {
    return baseline != null && during != null && nextMorning != null;
  }

  /**
   * The answers still missing, in the order asked: {@code baseline}, {@code during}, {@code
   * nextMorning}.
   */
  public List<String> missing() {
    List<String> missing = new ArrayList<>();
    if (baseline == null) {
      missing.add("baseline");
    }
    if (during == null) {
      missing.add("during");
    }
    if (nextMorning == null) {
      missing.add("nextMorning");
    }
    return List.copyOf(missing);
  }
}
