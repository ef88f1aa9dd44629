package dev.backload.core.planning;

import static dev.backload.core.planning.PlannerThresholds.BACK_EXTENSOR_MIN_S;
import static dev.backload.core.planning.PlannerThresholds.KNEE_TO_WALL_MIN_CM;
import static dev.backload.core.planning.PlannerThresholds.SIDE_PLANK_MIN_S;

/**
 * The person's screening results (planner.md section 4). Every field is optional: {@code null}
 * means not tested.
 *
 * @param kneeToWallLeftCm knee-to-wall distance on the left, cm
 * @param kneeToWallRightCm knee-to-wall distance on the right, cm
 * @param hingesToMidShinFlatBack whether the person can hinge to mid-shin with a flat back
 * @param sidePlankLeftS side plank hold on the left, seconds
 * @param sidePlankRightS side plank hold on the right, seconds
 * @param backExtensorHoldS back-extensor (Biering-Sørensen) hold, seconds
 */
public record Screen(
    Double kneeToWallLeftCm,
    Double kneeToWallRightCm,
    Boolean hingesToMidShinFlatBack,
    Double sidePlankLeftS,
    Double sidePlankRightS,
    Double backExtensorHoldS) {

  /** No screening done. */
  public static final Screen NONE = new Screen(null, null, null, null, null, null);

  public Screen {
    for (Double value :
        new Double[] {
          kneeToWallLeftCm, kneeToWallRightCm, sidePlankLeftS, sidePlankRightS, backExtensorHoldS
        }) {
      if (value != null && !(value >= 0 && value < Double.POSITIVE_INFINITY)) {
        throw new IllegalArgumentException("screen values must be finite and >= 0: " + value);
      }
    }
  }

  /** Whether a knee-to-wall distance is under 10 cm on a side: ankle mobility (weak evidence). */
  public boolean pointsToAnkleMobility() {
    return below(kneeToWallLeftCm, KNEE_TO_WALL_MIN_CM)
        || below(kneeToWallRightCm, KNEE_TO_WALL_MIN_CM);
  }

  /** Whether the person cannot hinge to mid-shin with a flat back: hip mobility (weak evidence). */
  public boolean pointsToHipMobility() {
    return Boolean.FALSE.equals(hingesToMidShinFlatBack);
  }

  /** Whether the screen points to ankle or hip mobility. */
  public boolean pointsToMobility() {
    return pointsToAnkleMobility() || pointsToHipMobility();
  }

  /** Whether a side plank is under 60 s on a side or the back-extensor hold under 120 s. */
  public boolean pointsToTrunkEndurance() {
    return below(sidePlankLeftS, SIDE_PLANK_MIN_S)
        || below(sidePlankRightS, SIDE_PLANK_MIN_S)
        || below(backExtensorHoldS, BACK_EXTENSOR_MIN_S);
  }

  static boolean below(Double value, double limit) {
    return value != null && value < limit;
  }
}
