package dev.backload.core.planning;

/** What a clinician concluded when the lifter was assessed after a red flag (planner.md 0a). */
public enum AssessmentOutcome {
  /** Free to train: the red-flag hold ends. */
  CLEARED_TO_TRAIN,
  /** Free to train within limits given in words: the hold ends, the limits travel with the plan. */
  CLEARED_WITH_LIMITS,
  /** Not yet free to train: the hold stays on. */
  NOT_CLEARED;

  /** Whether this outcome ends a red-flag hold. */
  public boolean clears() {
    return this != NOT_CLEARED;
  }
}
