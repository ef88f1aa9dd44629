package dev.backload.core.analytics;

import static dev.backload.core.analytics.AnalyticsConstants.BREAK_DAYS;
import static dev.backload.core.analytics.AnalyticsConstants.DAYS_PER_WEEK;
import static dev.backload.core.analytics.AnalyticsConstants.FATIGUE_E1RM_FRACTION;
import static dev.backload.core.analytics.AnalyticsConstants.FATIGUE_MIN_SETS;
import static dev.backload.core.analytics.AnalyticsConstants.HARD_LOAD_FRACTION;
import static dev.backload.core.analytics.AnalyticsConstants.HARD_RPE;
import static dev.backload.core.analytics.AnalyticsConstants.HARD_WINDOW_DAYS;
import static dev.backload.core.analytics.AnalyticsConstants.SPIKE_CHANGE_PCT;
import static dev.backload.core.analytics.AnalyticsConstants.STACKED_MAX_GAP_DAYS;

import dev.backload.core.log.HingeVariation;
import java.math.BigDecimal;

/**
 * The one vocabulary for what a lifter reads about the analytics: the names of the flags and of the
 * deadlift variations and what each flag means. The dashboard, the terminal summary of {@code
 * backload analyze} and its HTML report all take their words from here, so that they say the same
 * thing the same way.
 *
 * <p>The words live in core beside the things they name ({@link FlagType}, {@link HingeVariation})
 * and the thresholds they quote ({@link AnalyticsConstants}): the meanings are built from those
 * constants, so a threshold is still named once. Plain ASCII, so the terminal prints them as they
 * are.
 */
public final class AnalyticsWords {
  private AnalyticsWords() {}

  /** A flag type's name in a few words, e.g. "Jump in deadlift volume". */
  public static String flagTitle(FlagType type) {
    return switch (type) {
      case SPIKE -> "Jump in deadlift volume";
      case RETURN_AFTER_BREAK -> "Back after a break";
      case STACKED_HARD -> "Hard days close together";
      case FATIGUE_DROP -> "Drop-off at the same weight";
    };
  }

  /** A flag type's one-word tag for a table column, e.g. "jump". */
  public static String flagTag(FlagType type) {
    return switch (type) {
      case SPIKE -> "jump";
      case RETURN_AFTER_BREAK -> "break";
      case STACKED_HARD -> "stacked";
      case FATIGUE_DROP -> "drop-off";
    };
  }

  /** What raises a flag of this type, with its thresholds. */
  public static String flagMeaning(FlagType type) {
    return switch (type) {
      case SPIKE ->
          "The week's deadlift-family tonnage (load x reps of working sets) was more than "
              + number(SPIKE_CHANGE_PCT)
              + "% above the week before.";
      case RETURN_AFTER_BREAK ->
          "Deadlift-family sets again after more than " + BREAK_DAYS + " days without any.";
      case STACKED_HARD ->
          "A hard deadlift day at most "
              + STACKED_MAX_GAP_DAYS
              + " days after another. A day is hard with a set at RPE "
              + number(HARD_RPE)
              + " or more, a set to failure, or a weight of at least "
              + percent(HARD_LOAD_FRACTION)
              + " of that variation's best estimated max of the "
              + HARD_WINDOW_DAYS / DAYS_PER_WEEK
              + " weeks before.";
      case FATIGUE_DROP ->
          "Among at least "
              + FATIGUE_MIN_SETS
              + " sets at a workout's top weight, the last came out at "
              + percent(FATIGUE_E1RM_FRACTION)
              + " or less of the best earlier one in estimated max: fewer reps or a higher RPE"
              + " at the same weight.";
    };
  }

  /** A variation's name, e.g. "Romanian deadlift". */
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

  /** The weekly rise that marks a spike week, as a page says it: "30%". */
  public static String spikeThreshold() {
    return number(AnalyticsConstants.SPIKE_CHANGE_PCT) + "%";
  }

  /** The uncoupled ratio's windows in words: "last 7 days against the 21 days before". */
  public static String uncoupledWindows() {
    return "last "
        + AnalyticsConstants.ACUTE_WINDOW_DAYS
        + " days against the "
        + (AnalyticsConstants.CHRONIC_WINDOW_DAYS - AnalyticsConstants.ACUTE_WINDOW_DAYS)
        + " days before";
  }

  /** 30.0 as "30", 8.5 as "8.5". */
  private static String number(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /** 0.85 as "85%". */
  private static String percent(double fraction) {
    return number(BigDecimal.valueOf(fraction).movePointRight(2).doubleValue()) + "%";
  }
}
