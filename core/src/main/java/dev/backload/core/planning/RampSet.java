package dev.backload.core.planning;

/**
 * One ramp-up set of the warm-up: lighter than the working load, rounded to the loadable increment.
 *
 * @param loadKg the load in kilograms, at least the empty bar
 * @param reps reps of the set, at least 1
 */
public record RampSet(double loadKg, int reps) {
  public RampSet {
    if (!(loadKg > 0) || Double.isInfinite(loadKg)) {
      throw new IllegalArgumentException("loadKg must be a finite number > 0: " + loadKg);
    }
    if (reps < 1) {
      throw new IllegalArgumentException("reps must be >= 1: " + reps);
    }
  }
}
