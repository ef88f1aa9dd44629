package dev.backload.core.checkins;

import dev.backload.core.log.TrainingSet;
import dev.backload.core.planning.MonitoringRules;
import dev.backload.core.planning.MonitoringSession;
import dev.backload.core.triage.Trend;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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

  /**
   * One earlier check-in of the current episode, as far as the stateful fields need it.
   *
   * @param painNow its pain at the time
   * @param painPeak its (given or derived) worst pain of the episode, or {@code null} when unknown
   */
  public record EarlierCheckIn(int painNow, Integer painPeak) {}

  /**
   * What history says about one check-in: the episode fields ({@link StatefulFields#painPeak},
   * {@link StatefulFields#daysSinceOnset}, {@link StatefulFields#trend}) only while an episode is
   * open, the painful sessions in a row ({@link MonitoringRules#painfulSessionsInARow}) and the
   * hinge context ({@link StatefulFields#hingeWeekChangePct}, {@link
   * StatefulFields#daysSinceLastHinge}) always.
   *
   * @param painNow the check-in's pain
   * @param day the check-in's date
   * @param episodeStart the start of the open episode the check-in belongs to, or {@code null} for
   *     none (the episode fields are then unknown)
   * @param earlier the episode's earlier check-ins, oldest first (ignored without an episode)
   * @param sessions the person's deadlift-family sessions with their answers, in any order
   * @param sets the person's sets in canonical form, any dates
   * @param profile the health profile, or {@code null} when none is stored
   */
  public static HistoryFacts of(
      int painNow,
      LocalDate day,
      LocalDate episodeStart,
      List<EarlierCheckIn> earlier,
      List<MonitoringSession> sessions,
      List<TrainingSet> sets,
      HealthProfile profile) {
    Integer painPeak = null;
    Integer daysSinceOnset = null;
    Trend trend = null;
    if (episodeStart != null) {
      List<Integer> earlierPains = new ArrayList<>();
      List<Integer> earlierNow = new ArrayList<>();
      for (EarlierCheckIn c : earlier) {
        earlierPains.add(c.painNow());
        earlierPains.add(c.painPeak());
        earlierNow.add(c.painNow());
      }
      painPeak = StatefulFields.painPeak(painNow, earlierPains);
      daysSinceOnset = StatefulFields.daysSinceOnset(episodeStart, day);
      trend = StatefulFields.trend(painNow, earlierNow);
    }
    return new HistoryFacts(
        painPeak,
        daysSinceOnset,
        trend,
        MonitoringRules.painfulSessionsInARow(sessions, day),
        StatefulFields.hingeWeekChangePct(sets, day),
        StatefulFields.daysSinceLastHinge(sets, day),
        profile);
  }
}
