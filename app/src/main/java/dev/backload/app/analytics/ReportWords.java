package dev.backload.app.analytics;

import dev.backload.core.analytics.FlagType;
import dev.backload.core.importing.UnitSource;
import dev.backload.core.importing.WeightUnit;
import dev.backload.core.log.HingeVariation;
import java.util.Locale;

/**
 * The plain words both reports use for flags, variations, units and numbers, so that the terminal
 * summary and the HTML report say the same things the same way. Numbers are formatted with {@link
 * Locale#ROOT} ({@code 1,234}, {@code 12.5}).
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

  /** A flag type's name in a few words, e.g. "Jump in deadlift volume". */
  public static String flagTitle(FlagType type) {
    return switch (type) {
      case SPIKE -> "Jump in deadlift volume";
      case RETURN_AFTER_BREAK -> "Back after a break";
      case STACKED_HARD -> "Hard days close together";
      case FATIGUE_DROP -> "Drop-off at the same weight";
    };
  }

  /** A flag type's short tag for a table column, e.g. "jump". */
  public static String flagTag(FlagType type) {
    return switch (type) {
      case SPIKE -> "jump";
      case RETURN_AFTER_BREAK -> "break";
      case STACKED_HARD -> "stacked";
      case FATIGUE_DROP -> "drop-off";
    };
  }

  /** What raises a flag of this type, in one sentence. */
  public static String flagMeaning(FlagType type) {
    return switch (type) {
      case SPIKE ->
          "The week's deadlift-family tonnage (load x reps of working sets) was more than 30%"
              + " above the week before.";
      case RETURN_AFTER_BREAK ->
          "Deadlift-family sets again after more than 14 days without any.";
      case STACKED_HARD ->
          "A hard deadlift day (a set at RPE 8.5 or more, a set to failure, or a weight of at"
              + " least 85% of your recent best estimated max) one or two days after another.";
      case FATIGUE_DROP ->
          "In one workout, the last set at the top weight came out at 95% or less of the best"
              + " earlier set at that weight (fewer reps or a higher RPE).";
    };
  }

  /** A variation's name for people, e.g. "Romanian deadlift". */
  public static String variationName(HingeVariation variation) {
    return switch (variation) {
      case TRAP_BAR -> "Trap-bar deadlift";
      case SUMO -> "Sumo deadlift";
      case ROMANIAN -> "Romanian deadlift";
      case STIFF_LEG -> "Stiff-leg deadlift";
      case DEFICIT -> "Deficit deadlift";
      case BLOCK_PULL -> "Block or rack pull";
      case SNATCH_GRIP -> "Snatch-grip deadlift";
      case CONVENTIONAL -> "Conventional deadlift";
    };
  }

  /** The unit as written after a number: "kg" or "lb". */
  public static String unitSymbol(WeightUnit unit) {
    return unit == WeightUnit.KG ? "kg" : "lb";
  }

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
                  ? " Your --unit " + unitSymbol(requested) + " is used only for files that"
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
