package dev.backload.core.planning;

/** The adjustments of planner.md section 3, in its order of preference. */
public enum AdjustmentKind {
  /** 1. Less load (also the re-entry load after a break). */
  REDUCE_LOAD,
  /** 1. About a third fewer sets. */
  REDUCE_SETS,
  /** 2. Block or rack pulls from at or below the knee. */
  LIMIT_RANGE,
  /** 3. 3 s lowering and a pause below the knee, at a lower load. */
  SLOW_TEMPO,
  /** 4. A variation that asks less of the back for a while: trap bar or RDL from the top. */
  SWITCH_VARIATION,
  /** 5. Bird dog, side plank, curl-up, dead bug. */
  TRUNK_ENDURANCE,
  /** 5. Hip or ankle mobility, only where the screen points to it; weak evidence. */
  MOBILITY
}
