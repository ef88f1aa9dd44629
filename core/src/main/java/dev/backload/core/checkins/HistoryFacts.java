package dev.backload.core.checkins;

import dev.backload.core.triage.Trend;

/**
 * What the person's history and profile say about the stateful check-in fields, each {@code null}
 * when history does not know (the field then keeps the spec default).
 *
 * @param painPeak the worst pain of the current episode so far, this check-in included
 * @param daysSinceOnset days since the current episode began
 * @param trend this check-in's pain against the episode's previous check-ins
 * @param painfulSessionsInARow painful deadlift-family sessions in a row, from the monitoring
 *     answers
 * @param hingeWeekChangePct this week's hinge tonnage change against last week, percent
 * @param daysSinceLastHinge days between the last two deadlift-family sessions
 * @param profile the health profile, or {@code null} when none is stored
 */
public record HistoryFacts(
    Integer painPeak,
    Integer daysSinceOnset,
    Trend trend,
    Integer painfulSessionsInARow,
    Double hingeWeekChangePct,
    Integer daysSinceLastHinge,
    HealthProfile profile) {

  /** Nothing known. */
  public static final HistoryFacts NONE =
      new HistoryFacts(null, null, null, null, null, null, null);
}
