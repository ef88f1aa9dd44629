package dev.backload.core.importing;

import dev.backload.core.log.TrainingSet;

/** The unit a file's weights are written in. */
public enum WeightUnit {
  KG,
  /** Pounds, converted with {@link TrainingSet#KG_PER_LB} (1 lb = 0.45359237 kg exactly). */
  LB;

  /**
   * Converts a weight written in this unit to kilograms.
   *
   * @param weight the weight as read
   * @return the weight in kilograms
   */
  public double toKg(double weight) {
    return this == KG ? weight : weight * TrainingSet.KG_PER_LB;
  }

  /**
   * Reads a unit as exports write it in a unit column: {@code kg}, {@code kgs}, {@code lb} or
   * {@code lbs}, ignoring case and surrounding spaces.
   *
   * @param text the column value
   * @return the unit, or {@code null} when the text names no known weight unit
   */
  static WeightUnit fromText(String text) {
    String t = text.strip();
    if (t.equalsIgnoreCase("kg") || t.equalsIgnoreCase("kgs")) {
      return KG;
    }
    if (t.equalsIgnoreCase("lbs") || t.equalsIgnoreCase("lb")) {
      return LB;
    }
    return null;
  }
}
