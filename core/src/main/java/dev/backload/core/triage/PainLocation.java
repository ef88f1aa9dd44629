package dev.backload.core.triage;

/** Where the back pain is (check-in field {@code location}). */
public enum PainLocation {
  /** Both sides of the lower back. */
  BOTH_SIDES,
  /** One side only. */
  ONE_SIDE,
  /** In the middle, over the spine. */
  CENTRE,
  /** Between the shoulder blades rather than in the lower back. */
  BETWEEN_SHOULDER_BLADES
}
