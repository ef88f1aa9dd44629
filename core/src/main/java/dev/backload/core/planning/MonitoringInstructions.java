package dev.backload.core.planning;

import static dev.backload.core.planning.PlannerThresholds.AMBER_DURING_MAX;
import static dev.backload.core.planning.PlannerThresholds.GREEN_DURING_MAX;
import static dev.backload.core.planning.PlannerThresholds.WEEKLY_TREND_RISE;

import java.util.Objects;

/**
 * What to record around a session and how it is read (planner.md section 1).
 *
 * @param before what to record before training
 * @param during what to record during the session, and the limit
 * @param nextMorning what to record on waking the next day
 * @param zones how the answers make the green, amber and red zones
 */
public record MonitoringInstructions(
    String before, String during, String nextMorning, String zones) {

  /** The instructions every prescription carries. */
  public static final MonitoringInstructions STANDARD =
      new MonitoringInstructions(
          "Before you train, note your back pain right now, 0 to 10.",
          "Note the worst back pain during the session. Keep it at "
              + AMBER_DURING_MAX
              + "/10 or below; stop the lift if it goes higher.",
          "When you wake up tomorrow, note your back pain and compare it with this morning's.",
          "Green: pain during "
              + GREEN_DURING_MAX
              + " or less and no worse the next morning. Amber: during "
              + (GREEN_DURING_MAX + 1)
              + " to "
              + AMBER_DURING_MAX
              + " and no worse the next morning. Red: during above "
              + AMBER_DURING_MAX
              + ", worse the next morning, or this week's mornings averaging "
              + WEEKLY_TREND_RISE
              + " point or more above last week's. These zones come from tendon and knee"
              + " research (Thomeé 1997, Silbernagel 2007), adapted here for backs.");

  public MonitoringInstructions {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(during, "during");
    Objects.requireNonNull(nextMorning, "nextMorning");
    Objects.requireNonNull(zones, "zones");
  }
}
