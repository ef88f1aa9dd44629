package dev.backload.core.planning;

import dev.backload.core.log.HingeVariation;
import dev.backload.core.log.TrainingSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One deadlift-family session with its pain answers (planner.md section 1).
 *
 * @param date the session's date
 * @param dose what was lifted: the prescription followed, or the logged top working set
 * @param rpe the RPE of the top working set, or {@code null} when not recorded
 * @param baseline back pain on the morning of the session, before training, 0..10; may be {@code
 *     null} (not answered) only when {@code during} is above {@value
 *     PlannerThresholds#AMBER_DURING_MAX}, which makes the session red without it (planner.md 1)
 * @param during worst back pain during the session, 0..10
 * @param nextMorning back pain on waking the next day, 0..10, or {@code null} while unanswered
 */
public record MonitoredSession(
    LocalDate date, Dose dose, Double rpe, Integer baseline, int during, Integer nextMorning) {

  public MonitoredSession {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(dose, "dose");
    if (rpe != null && !(rpe >= 1 && rpe <= 10)) {
      throw new IllegalArgumentException("rpe must be within 1..10: " + rpe);
    }
    requirePain("during", during);
    if (baseline != null) {
      requirePain("baseline", baseline);
    } else if (during <= PlannerThresholds.AMBER_DURING_MAX) {
      throw new IllegalArgumentException(
          "baseline may be missing only when during is above "
              + PlannerThresholds.AMBER_DURING_MAX
              + ": during is "
              + during);
    }
    if (nextMorning != null) {
      requirePain("nextMorning", nextMorning);
    }
  }

  /** A session without RPE. */
  public static MonitoredSession of(
      LocalDate date, Dose dose, Integer baseline, int during, Integer nextMorning) {
    return new MonitoredSession(date, dose, null, baseline, during, nextMorning);
  }

  /** A session that followed a prescription as written. */
  public static MonitoredSession followed(
      LocalDate date,
      Prescription prescription,
      Double rpe,
      Integer baseline,
      int during,
      Integer nextMorning) {
    return new MonitoredSession(date, prescription.dose(), rpe, baseline, during, nextMorning);
  }

  /**
   * A session read from the log: the heaviest working set of the variation on that date (its reps
   * and RPE, and the number of working sets at that load), in the range its exercise name tells
   * ({@link Range#logged}: a block or rack variant keeps its reduced range).
   *
   * @return the session, or empty when the log has no working set of that variation on that date
   */
  public static Optional<MonitoredSession> fromLog(
      LocalDate date,
      HingeVariation variation,
      List<TrainingSet> log,
      Integer baseline,
      int during,
      Integer nextMorning) {
    return new HingeLog(log)
        .top(date, variation)
        .map(
            top ->
                new MonitoredSession(date, top.toDose(), top.rpe(), baseline, during, nextMorning));
  }

  /** This session with its next-morning answer. */
  public MonitoredSession withNextMorning(Integer pain) {
    return new MonitoredSession(date, dose, rpe, baseline, during, pain);
  }

  /** The hinge variation lifted, or {@code null} for an unloaded drill. */
  public HingeVariation variation() {
    return dose.variation();
  }

  private static void requirePain(String name, int value) {
    if (value < 0 || value > 10) {
      throw new IllegalArgumentException(name + " must be within 0..10: " + value);
    }
  }
}
