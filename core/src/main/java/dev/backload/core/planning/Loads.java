package dev.backload.core.planning;

import static dev.backload.core.planning.PlannerThresholds.EMPTY_BAR_KG;
import static dev.backload.core.planning.PlannerThresholds.MIN_STEP_KG;

/**
 * Loads the lifter can put on a bar: rounded to a loadable increment, never below an empty bar
 * unless the load is 0. All hinge variations are barbell lifts (the trap bar included).
 */
public final class Loads {

  /** Absorbs floating-point noise so that a product such as 0.9 * 125 lands where it should. */
  private static final double EPSILON = 1e-9;

  private Loads() {}

  /**
   * Rounds a load to the nearest multiple of the increment, a tie going to the lighter load, and
   * lifts anything above 0 to at least the empty bar ({@value PlannerThresholds#EMPTY_BAR_KG} kg).
   *
   * @param kg the load, at least 0
   * @param incrementKg the smallest loadable step, above 0 (2.5 kg by default)
   * @return 0 for 0, otherwise the rounded load, at least the empty bar
   * @throws IllegalArgumentException when the load is negative or the increment is not positive
   */
  public static double round(double kg, double incrementKg) {
    requireIncrement(incrementKg);
    if (!(kg >= 0) || Double.isInfinite(kg)) {
      throw new IllegalArgumentException("load must be a finite number >= 0: " + kg);
    }
    if (kg == 0) {
      return 0;
    }
    double steps = Math.ceil(kg / incrementKg - 0.5 - EPSILON);
    return Math.max(EMPTY_BAR_KG, steps * incrementKg);
  }

  /**
   * The load one progression step up: {@code kg * (1 + fraction)} rounded, and at least {@value
   * PlannerThresholds#MIN_STEP_KG} kg more (rounded up to the increment). A load of 0 stays 0.
   */
  public static double stepUp(double kg, double fraction, double incrementKg) {
    if (kg == 0) {
      return 0;
    }
    double proportional = round(kg * (1 + fraction), incrementKg);
    double minimum = Math.ceil((kg + MIN_STEP_KG) / incrementKg - EPSILON) * incrementKg;
    return Math.max(proportional, minimum);
  }

  /**
   * Rounds a load down to a multiple of the increment, never below the empty bar unless 0: for caps
   * that must not be exceeded.
   */
  static double roundDown(double kg, double incrementKg) {
    if (kg == 0) {
      return 0;
    }
    return Math.max(EMPTY_BAR_KG, Math.floor(kg / incrementKg + EPSILON) * incrementKg);
  }

  /**
   * Rounds a load up to a multiple of the increment: the lightest loadable weight at least this.
   */
  static double roundUp(double kg, double incrementKg) {
    return Math.ceil(kg / incrementKg - EPSILON) * incrementKg;
  }

  /** {@code kg * fraction}, rounded as {@link #round} does. */
  public static double scale(double kg, double fraction, double incrementKg) {
    return round(kg * fraction, incrementKg);
  }

  private static void requireIncrement(double incrementKg) {
    if (!(incrementKg > 0) || Double.isInfinite(incrementKg)) {
      throw new IllegalArgumentException("incrementKg must be a finite number > 0: " + incrementKg);
    }
  }
}
