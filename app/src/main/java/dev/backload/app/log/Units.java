package dev.backload.app.log;

import dev.backload.core.log.TrainingSet;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Loads in the person's unit. Loads are stored in kilograms at full precision; a load entered in
 * pounds is converted with 1 lb = 0.45359237 kg, and shown back rounded to two decimals, so 225 lb
 * shows as {@code 225} and 142.5 kg as {@code 142.5}.
 */
public final class Units {
  public static final String KG = "kg";
  public static final String LB = "lb";

  private Units() {}

  /** A load in {@code unit} ({@code kg} or {@code lb}) in kilograms. */
  public static double toKg(double value, String unit) {
    return LB.equals(unit) ? value * TrainingSet.KG_PER_LB : value;
  }

  /** A load in kilograms in {@code unit}. */
  public static double fromKg(double kg, String unit) {
    return LB.equals(unit) ? kg / TrainingSet.KG_PER_LB : kg;
  }

  /** A load for display and for form fields: in {@code unit}, at most two decimals. */
  public static String format(double kg, String unit) {
    double value = fromKg(kg, unit);
    if (!Double.isFinite(value)) {
      return "";
    }
    BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    return rounded.signum() == 0 ? "0" : rounded.toPlainString();
  }

  /** An RPE for display: {@code 8} or {@code 8.5}, empty for none. */
  public static String rpe(Double rpe) {
    if (rpe == null) {
      return "";
    }
    return rpe == Math.rint(rpe) ? Long.toString(rpe.longValue()) : rpe.toString();
  }
}
