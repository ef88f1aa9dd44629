package dev.backload.core.analytics;

/**
 * The thresholds and factors of the load analytics (analytics.md sections 3 to 5), each named once.
 * The e1RM constants and the RPE table live on {@link E1rm}.
 */
public final class AnalyticsConstants {
  /** EWMA weight of the day's load in the acute average: 2 / (7 + 1). */
  public static final double ACUTE_LAMBDA = 0.25;

  /** EWMA weight of the day's load in the chronic average: 2 / (28 + 1). */
  public static final double CHRONIC_LAMBDA = 2.0 / 29;

  /** Days at the start of the series without a ratio: index 27, the 28th day, is the first. */
  public static final int WARM_UP_DAYS = 27;

  /** Days in the acute window of the uncoupled ratio: d-6..d. */
  public static final int ACUTE_WINDOW_DAYS = 7;

  /** Days in both windows of the uncoupled ratio: its chronic window is d-27..d-7. */
  public static final int CHRONIC_WINDOW_DAYS = 28;

  /** Days in an ISO week, Monday to Sunday. */
  public static final int DAYS_PER_WEEK = 7;

  /** A week whose hinge tonnage rose by more than this percentage on the week before is a spike. */
  public static final double SPIKE_CHANGE_PCT = 30;

  /** A gap between hinge dates longer than this many days is a break. */
  public static final int BREAK_DAYS = 14;

  /** Two hard hinge dates at most this many days apart are stacked. */
  public static final int STACKED_MAX_GAP_DAYS = 2;

  /** A working hinge set at this RPE or above makes its date hard. */
  public static final double HARD_RPE = 8.5;

  /** A working hinge set whose load is at least this fraction of the recent best e1RM is hard. */
  public static final double HARD_LOAD_FRACTION = 0.85;

  /** The recent best e1RM of the hard test is taken over this many days before the date. */
  public static final int HARD_WINDOW_DAYS = 56;

  /** Sets within this many kilograms (inclusive) of the heaviest load count as the same load. */
  public static final double FATIGUE_LOAD_TOLERANCE_KG = 0.5;

  /** At least this many sets at the same load are needed for a fatigue drop. */
  public static final int FATIGUE_MIN_SETS = 3;

  /** The last set's e1RM at most this fraction of the earlier best is a fatigue drop. */
  public static final double FATIGUE_E1RM_FRACTION = 0.95;

  private AnalyticsConstants() {}
}
