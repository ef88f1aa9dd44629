package dev.backload.core.planning;

/**
 * A factor that may have contributed to a pain episode (planner.md section 4), in the table's
 * order, which breaks ties in the ranking.
 */
public enum LimiterFactor {
  /** A jump in deadlift volume or a high acute:chronic ratio before onset. */
  LOAD_SPIKE,
  /** A return after more than 14 days without deadlifts shortly before onset. */
  RETURN_AFTER_BREAK,
  /** Hard deadlift sessions 1 or 2 days apart shortly before onset. */
  STACKED_SESSIONS,
  /** Pain that began late in a session, or a fatigue drop on the onset date. */
  SESSION_FATIGUE,
  /** Short sleep or high stress in the days before onset. */
  RECOVERY,
  /** The screen: limited ankle bend or hip hinge (weak evidence). */
  MOBILITY,
  /** The screen: short trunk endurance holds, or pain that starts late within sets. */
  BRACING_ENDURANCE,
  /** The bar drifting away or the back rounding when the pain began. */
  TECHNIQUE
}
