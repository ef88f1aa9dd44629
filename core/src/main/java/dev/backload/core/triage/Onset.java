package dev.backload.core.triage;

/** When this episode of back pain began, relative to training (check-in field {@code onset}). */
public enum Onset {
  /** During a lift. */
  DURING_LIFT,
  /** Right after a lift, within about an hour. */
  RIGHT_AFTER_LIFT,
  /** Some hours after training. */
  HOURS_AFTER,
  /** The day after training. */
  NEXT_DAY,
  /** Not after training at all. */
  NOT_AFTER_TRAINING
}
