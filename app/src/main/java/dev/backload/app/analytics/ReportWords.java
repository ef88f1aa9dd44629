package dev.backload.app.analytics;

import dev.backload.core.importing.UnitSource;
import dev.backload.core.importing.WeightUnit;
import java.util.Locale;

/**
 * The plain words both reports of {@code backload analyze} use for units, numbers and what ratios
 * and flags are, so that the terminal summary and the HTML report say the same things the same way.
 * Numbers are formatted with {@link Locale#ROOT} ({@code 1,234}, {@code 12.5}). The names of flags
 * and variations and what each flag means are core's {@link
 * dev.backload.core.analytics.AnalyticsWords}, shared with the dashboard.
 */
public final class ReportWords {

  /** Said wherever a load ratio is shown: the ratios describe, they do not predict. */
  public static final String RATIOS_ARE_DESCRIPTIVE =
      "Load ratios compare your recent deadlift-family training with the weeks before it. They"
          + " describe what you did; they are not an injury risk and do not predict one.";

  /** Said above every list of flags. */
  public static final String FLAGS_ARE_PROMPTS =
      "Flags point at moments worth a look back, for example before a flare-up of back pain."
          + " They are prompts, not verdicts.";

  private ReportWords() {}

  /**
   * Where the unit came from, as a sentence; for a guessed unit it says so plainly and how to set
   * it instead.
   */
  public static String unitSentence(WeightUnit unit, UnitSource source, WeightUnit requested) {
    String name = unit == WeightUnit.KG ? "kilograms (kg)" : "pounds (lb)";
    String other = unit == WeightUnit.KG ? "lb" : "kg";
    return switch (source) {
      case FILE ->
          "Weights are in "
              + name
              + ", as the file states."
              + (requested != null && requested != unit
                  ? " Your --unit "
                      + requested.symbol()
                      + " is used only for files that"
                      + " state no unit."
                  : "");
      case USER -> "Weights are in " + name + ", as you chose with --unit.";
      case GUESSED ->
          "The file does not state a unit. Backload GUESSED "
              + name
              + " from the weights. If that is wrong, run it again with --unit "
              + other
              + ".";
    };
  }

  /** A load in kilograms rounded to a whole number with thousands separators: "12,345 kg". */
  public static String tonnage(double kg) {
    return String.format(Locale.ROOT, "%,.0f kg", kg);
  }

  /** A weight to one decimal: "182.5 kg". */
  public static String weight(double kg) {
    return String.format(Locale.ROOT, "%.1f kg", kg);
  }

  /** A weight in kilograms, with pounds added for a file in pounds: "181.4 kg (400 lb)". */
  public static String weight(double kg, WeightUnit fileUnit) {
    return fileUnit == WeightUnit.LB
        ? weight(kg) + String.format(Locale.ROOT, " (%.0f lb)", kg / WeightUnit.LB.toKg(1))
        : weight(kg);
  }

  /** A percentage change with its sign, "+12%" or "-8%"; "n/a" for none. */
  public static String change(Double pct) {
    return pct == null ? "n/a" : String.format(Locale.ROOT, "%+.0f%%", pct);
  }

  /** A whole number with thousands separators: "4,988". */
  public static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** A ratio to two decimals, "n/a" for none. */
  public static String ratio(Double ratio) {
    return ratio == null ? "n/a" : String.format(Locale.ROOT, "%.2f", ratio);
  }
}
