package dev.backload.core.planning;

import java.util.List;

/**
 * Every number the planner compares against or multiplies by, named once (planner.md: "numbers
 * marked (h) are heuristics: keep them named, in one place").
 *
 * <p>Constants marked <strong>heuristic</strong> are design choices, not values any trial
 * prescribes for deadlift back pain (clinical-sources.md section 10: "all percentage step sizes and
 * re-entry loads are heuristics"). Where the spec gives a range, the constant is the point value
 * chosen inside it and its javadoc names the range. The others are fixed by planner.md as written.
 * The pain-monitoring zones come from tendon and knee research (Thomeé 1997, Silbernagel 2007) and
 * are adapted to back pain.
 */
public final class PlannerThresholds {

  private PlannerThresholds() {}

  // ---- Section 1: pain monitoring ----

  /**
   * Green zone: worst pain during the session at most this. Default of the pain-monitoring model
   * (clinical-sources.md 4: "safe" boundary, a setting with default 3; Silbernagel 2007, adapted).
   */
  public static final int GREEN_DURING_MAX = 3;

  /** Amber zone: worst pain during the session at most this (PM-1, Thomeé 1997, adapted). */
  public static final int AMBER_DURING_MAX = 5;

  /**
   * Weekly trend: a session is red when this week's mean next-morning pain is at least this many
   * points above last week's. Heuristic (planner.md 1, clinical-sources.md 4, PM-3).
   */
  public static final int WEEKLY_TREND_RISE = 1;

  /** Red sessions in a row that drop one stage and recommend an assessment (planner.md 1). */
  public static final int REDS_IN_A_ROW_TO_DROP = 2;

  /** Days without stage progress after which an assessment is recommended (planner.md 1). */
  public static final int NO_PROGRESS_DAYS = 14;

  /**
   * After a red session with no earlier green or amber session to go back to, the load drops by
   * this fraction. Heuristic: the small end of section 3's 10-20% load cut.
   */
  public static final double BACK_OFF_FRACTION = 0.10;

  // ---- Section 2: stages ----

  /**
   * A staged return starts at stage 1 when pain at rest or the dowel hip-hinge test is above this
   * (planner.md 2).
   */
  public static final int SETTLE_ENTRY_PAIN_ABOVE = 3;

  /**
   * Stages 2 to 4: a check-in whose dowel hip-hinge pain is above this goes back to stage 1
   * (planner.md 2, version 2).
   */
  public static final int SETTLE_AGAIN_HINGE_ABOVE = 3;

  /**
   * Stages 2 to 4: a check-in with pain at rest of this or more goes back to stage 1 (planner.md 2,
   * version 2).
   */
  public static final int SETTLE_AGAIN_REST_PAIN = 5;

  /** Stage 1 exit: pain at rest and dowel hip-hinge pain both at most this (planner.md 2). */
  public static final int SETTLE_EXIT_PAIN_MAX = 2;

  /** Stage 1 exit: on this many calendar days in a row (planner.md 2). */
  public static final int SETTLE_EXIT_DAYS = 2;

  /** The pre-flare working load is the heaviest working set in this many days before onset. */
  public static final int PRE_FLARE_WINDOW_DAYS = 28;

  /**
   * Stage 2 starts at this fraction of the pre-flare working load. Heuristic, point value of
   * planner.md's 50-60% (Berglund 2015 rationale).
   */
  public static final double REPATTERN_START_FRACTION = 0.55;

  /**
   * Stage 2 starts at this fraction when pain at rest was {@link #HIGH_REST_PAIN} or more.
   * Heuristic, point value of planner.md's 40-50%.
   */
  public static final double REPATTERN_START_FRACTION_HIGH_PAIN = 0.45;

  /** Pain at rest from which stage 2 starts lower (planner.md 2: "pain at rest was >= 5"). */
  public static final int HIGH_REST_PAIN = 5;

  /**
   * Stage 2: each green session adds this fraction of load. Heuristic, point value of planner.md's
   * 5-10%.
   */
  public static final double REPATTERN_STEP = 0.075;

  /** The smallest load step, in kilograms (planner.md 2: "at least 2.5 kg"). */
  public static final double MIN_STEP_KG = 2.5;

  /**
   * Stage 2 exit: at least this fraction of the pre-flare working load. Heuristic, point value of
   * planner.md's 60-70%.
   */
  public static final double REPATTERN_EXIT_FRACTION = 0.65;

  /** Stage 2 exit: this many sessions in a row green or amber at the exit load (planner.md 2). */
  public static final int REPATTERN_EXIT_SESSIONS = 2;

  /** Stage 2 sets. Heuristic (not in the spec): light volume for re-patterning. */
  public static final int REPATTERN_SETS = 3;

  /** Stage 2 reps per set. Heuristic (not in the spec). */
  public static final int REPATTERN_REPS = 6;

  /** Stage 2 RPE cap. Heuristic (not in the spec): one below stage 3's cap, "light". */
  public static final double REPATTERN_RPE_CAP = 6;

  /**
   * Stage 3 floor pulls start at this fraction of the pre-flare working load. Heuristic, point
   * value of planner.md's 60-70%.
   */
  public static final double REBUILD_START_FRACTION = 0.65;

  /** Stage 3: each green session from the floor adds this fraction of load (planner.md 2: +5%). */
  public static final double REBUILD_STEP = 0.05;

  /** Stage 3 RPE cap below the pre-flare working load (planner.md 2: RPE <= 7). */
  public static final double REBUILD_RPE_CAP = 7;

  /** Stage 3 exit: sessions at the pre-flare working load at this RPE or less (planner.md 2). */
  public static final double REBUILD_EXIT_RPE_MAX = 8;

  /**
   * Stages 3 and 4: a green session does not add load when this week's hinge (deadlift-family)
   * tonnage would rise by more than this percentage on last week's. Heuristic (planner.md 2: "<=
   * 30%" in both stages; clinical-sources.md 6 gives 20-30%).
   */
  public static final double WEEKLY_TONNAGE_RISE_MAX_PCT = 30;

  /** Stage 3 sets. Heuristic (not in the spec). */
  public static final int REBUILD_SETS = 3;

  /** Stage 3 reps per set. Heuristic (not in the spec). */
  public static final int REBUILD_REPS = 5;

  /**
   * Days a state must hold: stage 3 exit ("for 2 weeks"), stage 4 heavy singles ("2 symptom-stable
   * weeks") and stage 4's ceiling ("never above the pre-flare load of that variation before 2
   * stable weeks at it", version 2), planner.md 2. Heuristic (the stage table is synthesised). For
   * the ceiling, the weeks are counted from the first to the last session of a run at the pre-flare
   * load or more, all green or amber, with no red deadlift-family session since the run began.
   */
  public static final int STABLE_DAYS = 14;

  /** Stage 4: heavy singles are those at this fraction of e1RM or more (planner.md 2). */
  public static final double HEAVY_SINGLE_FRACTION = 0.90;

  /** Stage 4: keep monitoring this many days (planner.md 2: 4 weeks). */
  public static final int RETURN_MONITORING_DAYS = 28;

  /**
   * Stage 4: each green session adds this fraction of load, within {@link #RETURN_WEEKLY_RISE} and
   * {@link #WEEKLY_TONNAGE_RISE_MAX_PCT}. Heuristic ("normal progression" is not quantified; stage
   * 3's step is reused).
   */
  public static final double RETURN_STEP = 0.05;

  /**
   * Stage 4, after two stable weeks at the pre-flare load: the load may rise by at most this
   * fraction a week. Heuristic (planner.md 2, version 2: "at most +2.5% a week").
   */
  public static final double RETURN_WEEKLY_RISE = 0.025;

  /** Stage 4: RPE cap until heavy singles are allowed. Heuristic: stage 3's exit RPE. */
  public static final double RETURN_RPE_CAP = 8;

  /** Stage 1 drill: sets of the dowel hip hinge. Heuristic (not in the spec). */
  public static final int DRILL_SETS = 3;

  /** Stage 1 drill: reps per set. Heuristic (not in the spec). */
  public static final int DRILL_REPS = 10;

  // ---- Warm-up (planner.md 2, version 2; seed 000) ----

  /** Minutes of general warm-up ("a few minutes"). Heuristic. */
  public static final int GENERAL_WARM_UP_MINUTES = 5;

  /** Reps of the first ramp-up set, the empty bar, to practise the hinge. Heuristic. */
  public static final int EMPTY_BAR_RAMP_REPS = 8;

  /**
   * Ramp-up sets after the empty bar, as fractions of the working load, lightest first. Heuristic
   * (a common ramp; no trial sets it).
   */
  public static final List<Double> RAMP_UP_FRACTIONS = List.of(0.4, 0.6, 0.8);

  /** Reps of each ramp-up set of {@link #RAMP_UP_FRACTIONS}, in the same order. Heuristic. */
  public static final List<Integer> RAMP_UP_REPS = List.of(5, 3, 2);

  // ---- Loads ----

  /** An empty barbell; barbell loads are never below it unless they are 0 (planner issue). */
  public static final double EMPTY_BAR_KG = 20;

  /** The default loadable increment in kilograms (planner.md 2). */
  public static final double DEFAULT_INCREMENT_KG = 2.5;

  /** The smallest loadable increment accepted, in kilograms (a pair of 0.05 kg microplates). */
  public static final double MIN_INCREMENT_KG = 0.1;

  /** The largest loadable increment accepted, in kilograms. */
  public static final double MAX_INCREMENT_KG = 25;

  /** Sets and reps when no logged session gives any. Heuristic (not in the spec). */
  public static final int FALLBACK_SETS = 3;

  /** Reps when no logged session gives any. Heuristic (not in the spec). */
  public static final int FALLBACK_REPS = 5;

  // ---- Section 3: adjustments ----

  /** Reduce load by this fraction. Heuristic, point value of planner.md 3's 10-20%. */
  public static final double REDUCE_LOAD_FRACTION = 0.15;

  /** Reduce total sets by this fraction (planner.md 3: "about a third fewer"). */
  public static final double REDUCE_SETS_FRACTION = 1.0 / 3;

  /**
   * Adjusted training: each green session adds this fraction of load, up to the previous working
   * load. Heuristic: stage 2's step.
   */
  public static final double ADJUSTED_STEP = REPATTERN_STEP;

  /** Adjusted training RPE cap. Heuristic (not in the spec): stage 3's cap. */
  public static final double ADJUSTED_RPE_CAP = 7;

  /**
   * A first RDL session after another variation starts at this fraction of that variation's load.
   * Heuristic: RDLs are usually done with lighter loads (clinical-sources.md 8).
   */
  public static final double RDL_FROM_OTHER_FRACTION = 0.6;

  /** Re-entry: a gap of at most this many days changes nothing (clinical-sources.md 5.8). */
  public static final int NO_CHANGE_GAP_MAX_DAYS = 7;

  /** Re-entry: gaps up to this many days start at {@link #SHORT_BREAK_FRACTION}. */
  public static final int SHORT_BREAK_MAX_DAYS = 14;

  /** Re-entry: gaps up to this many days start at {@link #MEDIUM_BREAK_FRACTION}. */
  public static final int MEDIUM_BREAK_MAX_DAYS = 28;

  /** Re-entry after 8-14 days: about 90% (heuristic, planner.md 3 after Bosquet 2013). */
  public static final double SHORT_BREAK_FRACTION = 0.90;

  /** Re-entry after 15-28 days. Heuristic, point value of planner.md 3's 80-85%. */
  public static final double MEDIUM_BREAK_FRACTION = 0.825;

  /** Re-entry after more than 28 days: about 70% (heuristic, planner.md 3). */
  public static final double LONG_BREAK_FRACTION = 0.70;

  /**
   * After more than 28 days off, the load rebuilds to the previous working load over this many
   * days. Heuristic, point value of planner.md 3's 2-4 weeks.
   */
  public static final int LONG_BREAK_REBUILD_DAYS = 21;

  // ---- Section 4: attribution ----

  /** {@code acwrEwma} above this in the days before onset supports LOAD_SPIKE (planner.md 4). */
  public static final double HIGH_ACWR = 1.5;

  /** Days before onset searched for a high {@code acwrEwma} (planner.md 4). */
  public static final int ACWR_WINDOW_DAYS = 7;

  /** Days before onset searched for a RETURN_AFTER_BREAK flag (planner.md 4). */
  public static final int BREAK_WINDOW_DAYS = 14;

  /** Days before onset searched for a STACKED_HARD flag (planner.md 4). */
  public static final int STACKED_WINDOW_DAYS = 7;

  /**
   * A set (or a rep) is late when it is in the last third: its number is above this fraction of the
   * count (planner.md 4: "the last third of its working hinge sets").
   */
  public static final double LATE_FRACTION = 2.0 / 3;

  /** Sleep below this many hours is poor. Heuristic (planner.md 4). */
  public static final double POOR_SLEEP_HOURS_BELOW = 6;

  /** Stress at this level or more (0-10) is high. Heuristic (planner.md 4). */
  public static final int HIGH_STRESS = 7;

  /** Days before onset searched for poor recovery. Heuristic (planner.md 4). */
  public static final int RECOVERY_WINDOW_DAYS = 3;

  /** Poor-recovery days needed within the window. Heuristic (planner.md 4). */
  public static final int RECOVERY_MIN_DAYS = 2;

  /** Knee-to-wall distance under this many cm on a side points to ankle mobility (h, weak). */
  public static final double KNEE_TO_WALL_MIN_CM = 10;

  /** Side plank under this many seconds on a side points to trunk endurance (h). */
  public static final double SIDE_PLANK_MIN_S = 60;

  /** Back-extensor hold under this many seconds points to trunk endurance (h). */
  public static final double BACK_EXTENSOR_MIN_S = 120;
}
