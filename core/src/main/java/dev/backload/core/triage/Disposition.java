package dev.backload.core.triage;

/**
 * What a check-in tells the person to do (triage.md sections 3 and 4), in ascending order of
 * seriousness: {@link #compareTo} ranks them and {@link #EMERGENCY} is the highest.
 */
public enum Disposition {
  /** Normal training soreness: train as planned. */
  TRAIN,
  /** Keep training, with named adjustments. */
  MODIFY,
  /**
   * Book an assessment with a physiotherapist or doctor in the next 1-2 weeks; train only in
   * modified form meanwhile.
   */
  SEE_PHYSIO,
  /** See a doctor today or within 48 hours; no heavy lifting until seen. */
  URGENT,
  /** Emergency department or emergency number now. */
  EMERGENCY;

  /** Whether this disposition is at least as serious as {@code other}. */
  public boolean isAtLeast(Disposition other) {
    return compareTo(other) >= 0;
  }
}
