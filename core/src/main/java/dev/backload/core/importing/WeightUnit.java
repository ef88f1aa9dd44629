package dev.backload.core.importing;

import dev.backload.core.log.TrainingSet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;

/**
 * A unit of weight: the unit a file's weights are written in, and the unit a person sees and enters
 * loads in. Loads are kept in kilograms at full precision; a load in pounds is converted with 1 lb
 * = 0.45359237 kg, and shown back rounded to two decimals, so 225 lb shows as {@code 225} and 142.5
 * kg as {@code 142.5}.
 */
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

  /** A load in kilograms in this unit. */
  public double fromKg(double kg) {
    return this == KG ? kg : kg / TrainingSet.KG_PER_LB;
  }

  /** A load in kilograms for display and for form fields: in this unit, at most two decimals. */
  public String format(double kg) {
    double value = fromKg(kg);
    if (!Double.isFinite(value)) {
      return "";
    }
    BigDecimal rounded =
        BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    return rounded.signum() == 0 ? "0" : rounded.toPlainString();
  }

  /**
   * The unit as Backload writes it, in pages, the API and the database: {@code kg} or {@code lb}.
   */
  public String symbol() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Reads a unit as Backload writes it.
   *
   * @param symbol exactly {@code kg} or {@code lb}
   * @return the unit, or empty for any other text
   */
  public static Optional<WeightUnit> ofSymbol(String symbol) {
    for (WeightUnit unit : values()) {
      if (unit.symbol().equals(symbol)) {
        return Optional.of(unit);
      }
    }
    return Optional.empty();
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
