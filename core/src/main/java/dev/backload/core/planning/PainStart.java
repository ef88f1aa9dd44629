package dev.backload.core.planning;

import static dev.backload.core.planning.PlannerThresholds.LATE_FRACTION;

/**
 * Where in a session the pain began (planner.md section 4).
 *
 * @param setNumber the working hinge set in which the pain began, 1-based
 * @param setsInSession the working hinge sets of that session
 * @param repNumber the rep in which it began, 1-based, or {@code null} when not known
 * @param repsInSet the reps of that set, or {@code null} exactly when {@code repNumber} is
 */
public record PainStart(int setNumber, int setsInSession, Integer repNumber, Integer repsInSet) {

  public PainStart {
    if (setNumber < 1 || setNumber > setsInSession) {
      throw new IllegalArgumentException(
          "setNumber must be within 1.." + setsInSession + ": " + setNumber);
    }
    if ((repNumber == null) != (repsInSet == null)) {
      throw new IllegalArgumentException("repNumber and repsInSet go together");
    }
    if (repNumber != null && (repNumber < 1 || repNumber > repsInSet)) {
      throw new IllegalArgumentException(
          "repNumber must be within 1.." + repsInSet + ": " + repNumber);
    }
  }

  /** The set only. */
  public static PainStart inSet(int setNumber, int setsInSession) {
    return new PainStart(setNumber, setsInSession, null, null);
  }

  /** Whether the set was in the last third of the session's working hinge sets. */
  public boolean lateInSession() {
    return setNumber > LATE_FRACTION * setsInSession;
  }

  /** Whether the rep was in the last third of its set; false when the rep is not known. */
  public boolean lateInSet() {
    return repNumber != null && repNumber > LATE_FRACTION * repsInSet;
  }
}
