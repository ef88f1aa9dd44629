package dev.backload.core.planning;

/** What the monitoring says about the next session of a track (planner.md section 1). */
public enum Decision {
  /** No session yet: start at the track's entry dose. */
  START,
  /** The last session waits for its next-morning answer: repeat it, do not progress. */
  WAIT,
  /** The last decided session was green. */
  PROGRESS,
  /** The last decided session was amber. */
  REPEAT,
  /** One red session: go back to the last green or amber prescription. */
  GO_BACK,
  /** Two red sessions in a row: drop one stage and recommend an assessment. */
  DROP_STAGE
}
