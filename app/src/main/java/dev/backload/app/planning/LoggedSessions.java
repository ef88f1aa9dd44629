package dev.backload.app.planning;

import dev.backload.core.log.HingeVariation;
import dev.backload.core.log.TrainingSet;
import dev.backload.core.planning.MonitoredSession;
import dev.backload.core.planning.Prescription;
import java.util.List;
import java.util.Optional;

/**
 * Turns a logged deadlift-family session with its pain answers into the planner's {@link
 * MonitoredSession}: as the prescription it was started from when the lifter followed it, else as
 * the log shows it.
 */
final class LoggedSessions {
  /** Loads closer than this are the same load (kilograms stored at full precision). */
  private static final double SAME_KG = 0.01;

  private LoggedSessions() {}

  /**
   * The monitored session of one workout (or, for an export, of one date).
   *
   * <p>The session's lift is its heaviest working hinge set (the first of equals). When the workout
   * was started from the plan and that set is still the prescribed variation at the prescribed
   * load, the session is read as the prescription ({@link MonitoredSession#followed}), which keeps
   * what the log cannot tell, such as the block height; otherwise as the log shows it ({@link
   * MonitoredSession#fromLog}).
   *
   * @param sessionSets the working and warm-up sets of the session
   * @param log the whole log (canonical sets)
   * @param planned the prescription the workout was started from, or {@code null}
   * @return the session, or empty when it has no working hinge set
   */
  static Optional<MonitoredSession> of(
      List<TrainingSet> sessionSets,
      List<TrainingSet> log,
      Prescription planned,
      Integer baseline,
      int during,
      Integer nextMorning) {
    Optional<TrainingSet> top = top(sessionSets);
    if (top.isEmpty()) {
      return Optional.empty();
    }
    TrainingSet t = top.get();
    if (planned != null
        && planned.variation() == t.variation()
        && Math.abs(planned.loadKg() - t.weightKg()) < SAME_KG) {
      Double rpe =
          sessionSets.stream()
              .filter(s -> s.isWorking() && s.variation() == t.variation() && s.rpe() != null)
              .filter(s -> Math.abs(s.weightKg() - t.weightKg()) < SAME_KG)
              .map(TrainingSet::rpe)
              .max(Double::compare)
              .orElse(null);
      return Optional.of(
          MonitoredSession.followed(t.date(), planned, rpe, baseline, during, nextMorning));
    }
    return MonitoredSession.fromLog(t.date(), t.variation(), log, baseline, during, nextMorning);
  }

  /** The heaviest working hinge set of a session, the first of equals. */
  static Optional<TrainingSet> top(List<TrainingSet> sessionSets) {
    TrainingSet top = null;
    for (TrainingSet s : sessionSets) {
      if (s.isHinge() && s.isWorking() && (top == null || s.weightKg() > top.weightKg())) {
        top = s;
      }
    }
    return Optional.ofNullable(top);
  }

  /** The variation of a session's heaviest working hinge set, or {@code null}. */
  static HingeVariation variation(List<TrainingSet> sessionSets) {
    return top(sessionSets).map(TrainingSet::variation).orElse(null);
  }
}
