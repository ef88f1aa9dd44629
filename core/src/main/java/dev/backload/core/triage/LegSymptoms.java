package dev.backload.core.triage;

/**
 * Pain, tingling or numbness that travels from the back into a leg (check-in field {@code leg}).
 *
 * <p>This is not leg soreness: sore hamstrings or glutes on both sides are part of normal
 * post-deadlift soreness and are {@link #NONE}, never {@link #BOTH_LEGS} (triage.md section 1).
 */
public enum LegSymptoms {
  /** Nothing travels into a leg (the default). */
  NONE,
  /** Into one leg, no lower than the knee. */
  ONE_LEG_ABOVE_KNEE,
  /** Into one leg, below the knee. */
  ONE_LEG_BELOW_KNEE,
  /** Into both legs. */
  BOTH_LEGS
}
