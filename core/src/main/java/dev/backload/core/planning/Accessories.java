package dev.backload.core.planning;

import java.util.ArrayList;
import java.util.List;

/** The accessory blocks: trunk endurance, stage 1's settling work, and mobility from the screen. */
final class Accessories {
  static final String WEAK_EVIDENCE =
      " The evidence that mobility work helps back pain is weak: treat it as a trial.";

  static final List<Accessory> TRUNK_ENDURANCE =
      List.of(
          new Accessory(
              "Bird dog",
              "3 rounds of 6 slow reps a side, holding each about 8 seconds",
              "Trains the back and hip muscles to hold the trunk still while the limbs move,"
                  + " with little load on the spine.",
              false),
          new Accessory(
              "Side plank",
              "3 holds a side of 10 to 30 seconds, on the knees or the feet",
              "Builds endurance in the muscles at the side of the trunk.",
              false),
          new Accessory(
              "Curl-up",
              "3 rounds of 6, holding each about 8 seconds, one knee bent, hands under the low"
                  + " back",
              "Works the front of the trunk while the low back stays close to neutral.",
              false),
          new Accessory(
              "Dead bug",
              "3 rounds of 8 slow reps a side",
              "Practises keeping the low back steady while the arms and legs move.",
              false));

  static final List<Accessory> SETTLE =
      List.of(
          new Accessory(
              "Walking",
              "10 to 30 minutes at an easy pace, every day",
              "Gentle movement tends to settle back pain better than rest.",
              false),
          new Accessory(
              "Positions of ease and pelvic tilts",
              "a few minutes in the positions that ease your back; 2 rounds of 10 slow tilts",
              "Keeps the low back moving within what feels easy.",
              false),
          new Accessory(
              "Other training",
              "train the parts of your body that do not bring on back pain",
              "Keeps the rest of your training going while the back settles.",
              false));

  private Accessories() {}

  /** Ankle or hip mobility where the screen points to it, each with the weak-evidence caveat. */
  static List<Accessory> mobility(Screen screen) {
    List<Accessory> result = new ArrayList<>();
    if (screen.pointsToAnkleMobility()) {
      result.add(
          new Accessory(
              "Ankle mobility (knee-to-wall drill)",
              "2 rounds of 10 slow reps a side",
              "Your knee-to-wall test was under "
                  + Math.round(PlannerThresholds.KNEE_TO_WALL_MIN_CM)
                  + " cm on a side; more ankle bend may make the"
                  + " start position easier."
                  + WEAK_EVIDENCE,
              true));
    }
    if (screen.pointsToHipMobility()) {
      result.add(
          new Accessory(
              "Hip hinge mobility (hips and hamstrings)",
              "2 rounds of 8 slow reps",
              "You could not hinge to mid-shin with a flat back; more hip range may let the hips,"
                  + " not the low back, do the bending."
                  + WEAK_EVIDENCE,
              true));
    }
    return result;
  }

  /** The trunk-endurance block followed by any mobility work the screen points to. */
  static List<Accessory> trunkAndMobility(Screen screen) {
    List<Accessory> result = new ArrayList<>(TRUNK_ENDURANCE);
    result.addAll(mobility(screen));
    return result;
  }
}
