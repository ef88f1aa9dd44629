package dev.backload.core.importing;

import dev.backload.core.log.TrainingSet;

/**
 * Guesses the unit of a file that states none from its weights, as typical plate loads show it.
 *
 * <p>Evidence for pounds, per weight above 0:
 *
 * <ul>
 *   <li>a barbell load on a 45 lb bar: at least 95 and an odd multiple of 5 ({@code 95, 135, 185,
 *       225, 275, 315}: 45 plus pairs of 45, 25, 10 and 5 lb plates always ends in 5). Kilogram
 *       loads on a 20 kg bar end in 0 unless small change plates are on;
 *   <li>kilogram residue: a value that is no multiple of 0.25 but is within 0.02 kg of a round
 *       kilogram value (multiple of 0.5 kg) once converted, e.g. {@code 35.27} lb = 16 kg.
 * </ul>
 *
 * <p>Evidence for kilograms: pound residue, a value that is no multiple of 0.25 but is within 0.1
 * lb of a multiple of 2.5 lb once converted, e.g. {@code 22.68} kg = 50 lb (Hevy stores kilograms
 * when the user typed pounds). A value that is residue both ways counts for neither.
 *
 * <p>The guess is {@link WeightUnit#LB} when the pound evidence covers at least 4% of the weights
 * and outweighs the kilogram evidence, {@link WeightUnit#KG} otherwise (also with no weights). On
 * the real exports, pound files show 8.5% (a machine user) to 42% (a barbell lifter) pound evidence
 * and kilogram files at most 1.4%, or more kilogram residue than pound evidence.
 */
final class UnitGuesser {

  /** Share of weights with pound evidence from which pounds are guessed. */
  static final double LB_SHARE = 0.04;

  private static final double EPS = 1e-6;

  private int weights;
  private int lbEvidence;
  private int kgEvidence;

  /** Adds one weight as read (any value; 0 and below do not count). */
  void add(double weight) {
    if (!(weight > 0)) {
      return;
    }
    weights++;
    if (weight >= 95 && isMultiple(weight, 5) && !isMultiple(weight, 10)) {
      lbEvidence++;
      return;
    }
    if (isMultiple(weight, 0.25)) {
      return;
    }
    boolean roundInKg = distanceToMultiple(weight * TrainingSet.KG_PER_LB, 0.5) <= 0.02;
    boolean roundInLb = distanceToMultiple(weight / TrainingSet.KG_PER_LB, 2.5) <= 0.1;
    if (roundInKg && !roundInLb) {
      lbEvidence++;
    } else if (roundInLb && !roundInKg) {
      kgEvidence++;
    }
  }

  /** The guessed unit of the weights added so far. */
  WeightUnit guess() {
    return weights > 0 && lbEvidence >= LB_SHARE * weights && lbEvidence > kgEvidence
        ? WeightUnit.LB
        : WeightUnit.KG;
  }

  private static boolean isMultiple(double value, double step) {
    return distanceToMultiple(value, step) <= EPS;
  }

  private static double distanceToMultiple(double value, double step) {
    return Math.abs(value - Math.rint(value / step) * step);
  }
}
