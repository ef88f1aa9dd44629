package dev.backload.core.analytics;

import dev.backload.core.log.TrainingSet;

/**
 * Estimated one-repetition maximum of a set (analytics.md section 2).
 *
 * <p>With an RPE of 6 to 10 and {@code n = reps + (10 - rpe)} reps to failure of at most 12, the
 * e1RM is {@code weight / (pct(n) / 100)} from the RPE table ({@link #rpePercent}); otherwise a
 * single is its own weight, 2 to 10 reps give the mean of Epley {@code w * (1 + r/30)} and Brzycki
 * {@code w * 36 / (37 - r)}, and more reps give none.
 */
public final class E1rm {
  /** The lowest RPE the table is used for. */
  public static final double RPE_TABLE_MIN_RPE = 6;

  /** The highest RPE: no reps in reserve. */
  public static final double MAX_RPE = 10;

  /** The most reps to failure the table covers. */
  public static final int MAX_REPS_TO_FAILURE = 12;

  /** The most reps the Epley/Brzycki mean is used for. */
  public static final int MAX_FORMULA_REPS = 10;

  /** Percent of 1RM by reps to failure 1..12 (index 0 is n = 1), exactly analytics.md's table. */
  private static final double[] RPE_PERCENT = {
    100, 95.5, 92.2, 89.2, 86.3, 83.7, 81.1, 78.6, 76.2, 73.9, 70.7, 68.0
  };

  private E1rm() {}

  /**
   * Estimates the one-repetition maximum.
   *
   * @param weightKg the load; 0 (body weight) gives no estimate
   * @param reps the repetitions done; fewer than 1 gives no estimate
   * @param rpe the RPE or {@code null}; a value off the half steps is first rounded as on import
   *     ({@link TrainingSet#roundRpe})
   * @return the e1RM in kilograms, or {@code null} when the weight is not positive, reps are below
   *     1, or reps exceed 10 without an RPE that puts reps to failure within the table
   */
  public static Double estimate(double weightKg, int reps, Double rpe) {
    double e1rm = estimateOrNaN(weightKg, reps, rpe);
    return Double.isNaN(e1rm) ? null : e1rm;
  }

  /**
   * Estimates a set's one-repetition maximum from its {@link TrainingSet#loadKg() load} (0 for
   * assisted exercises), reps and RPE, whatever its set type.
   *
   * @see #estimate(double, int, Double)
   */
  public static Double estimate(TrainingSet set) {
    return estimate(set.loadKg(), set.reps(), set.rpe());
  }

  /**
   * Percent of 1RM for {@code n} reps to failure: the table value for a whole {@code n}, the mean
   * of the two neighbours for a half {@code n}.
   *
   * @param repsToFailure a whole or half number within 1..12
   * @throws IllegalArgumentException when {@code repsToFailure} is outside the table or not a half
   *     step
   */
  public static double rpePercent(double repsToFailure) {
    int k = (int) Math.floor(repsToFailure);
    double fraction = repsToFailure - k;
    if (k < 1 || repsToFailure > MAX_REPS_TO_FAILURE || (fraction != 0 && fraction != 0.5)) {
      throw new IllegalArgumentException("reps to failure outside the RPE table: " + repsToFailure);
    }
    return fraction == 0 ? RPE_PERCENT[k - 1] : (RPE_PERCENT[k - 1] + RPE_PERCENT[k]) / 2;
  }

  /** {@link #estimate(double, int, Double)} with {@code NaN} for none, to avoid boxing in bulk. */
  static double estimateOrNaN(double weightKg, int reps, Double rpe) {
    if (!(weightKg > 0) || reps < 1) {
      return Double.NaN;
    }
    if (rpe != null) {
      double rounded = TrainingSet.roundRpe(rpe);
      double repsToFailure = reps + (MAX_RPE - rounded);
      if (rounded >= RPE_TABLE_MIN_RPE
          && rounded <= MAX_RPE
          && repsToFailure <= MAX_REPS_TO_FAILURE) {
        return weightKg / (rpePercent(repsToFailure) / 100);
      }
    }
    if (reps == 1) {
      return weightKg;
    }
    if (reps <= MAX_FORMULA_REPS) {
      return (epley(weightKg, reps) + brzycki(weightKg, reps)) / 2;
    }
    return Double.NaN;
  }

  private static double epley(double w, int r) {
    return w * (1 + r / 30.0);
  }

  private static double brzycki(double w, int r) {
    return w * 36 / (37 - r);
  }
}
