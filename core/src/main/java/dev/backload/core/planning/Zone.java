package dev.backload.core.planning;

/**
 * The pain-monitoring zone of one deadlift-family session (planner.md section 1; Thomeé 1997 and
 * Silbernagel 2007, adapted to back pain).
 */
public enum Zone {
  /** Pain during at most 3 and next morning no worse than the morning before: progress. */
  GREEN,
  /** Pain during at most 5 and next morning no worse, not green: repeat. */
  AMBER,
  /** Pain during above 5, next morning worse than the baseline, or the weekly trend rising. */
  RED,
  /** The next-morning answer is missing; the planner asks for it and never guesses it. */
  PENDING;

  /** Whether the session was tolerated: green or amber. */
  public boolean tolerated() {
    return this == GREEN || this == AMBER;
  }
}
