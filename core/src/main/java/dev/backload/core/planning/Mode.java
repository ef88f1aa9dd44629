package dev.backload.core.planning;

/** Which plan the situation calls for (planner.md section 0). */
public enum Mode {
  /** EMERGENCY or URGENT: no session, the triage result, what to do now, the safety net. */
  STOP,
  /** SEE_PHYSIO (or two red sessions in adjusted training): the staged return of section 2. */
  STAGED_RETURN,
  /** MODIFY, or a load spike or a return after a break: section 3's adjustments. */
  ADJUSTED,
  /** TRAIN, or no episode: the lifter's own programme with monitoring reminders. */
  AS_PLANNED
}
