package dev.backload.core.analytics;

/** What a {@link Flag} points at (analytics.md section 5). Each is a prompt, never a verdict. */
public enum FlagType {
  /** A week whose hinge tonnage rose by more than 30 % on the week before. */
  SPIKE,
  /** A date with working hinge sets more than 14 days after the previous such date. */
  RETURN_AFTER_BREAK,
  /** A hard hinge date 1 or 2 days after the previous hard hinge date. */
  STACKED_HARD,
  /** Within a workout and variation, the last set at the top load fell to 95 % or less in e1RM. */
  FATIGUE_DROP
}
