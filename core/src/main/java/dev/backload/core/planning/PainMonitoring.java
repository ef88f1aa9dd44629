package dev.backload.core.planning;

import static dev.backload.core.planning.PlannerThresholds.AMBER_DURING_MAX;
import static dev.backload.core.planning.PlannerThresholds.GREEN_DURING_MAX;
import static dev.backload.core.planning.PlannerThresholds.REDS_IN_A_ROW_TO_DROP;
import static dev.backload.core.planning.PlannerThresholds.WEEKLY_TREND_RISE;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The pain-monitoring model of planner.md section 1 (Thomeé 1997, Silbernagel 2007, adapted to back
 * pain): a zone per session and the decision for the next session of a track.
 *
 * <p>Zones, first match wins: red when pain during is above 5 (known without the next-morning
 * answer, so such a session is red, not pending); pending when the next-morning answer is missing;
 * red when next-morning pain is above the baseline or the weekly trend rises; green when pain
 * during is at most 3; amber otherwise.
 *
 * <p>The weekly trend of a session compares the mean next-morning pain of the sessions in its ISO
 * week (Monday to Sunday) up to its date with the mean of all sessions of the week before, across
 * all variations (it is the back that is monitored). It rises when the difference is at least
 * {@value PlannerThresholds#WEEKLY_TREND_RISE} point; with no answered session last week it cannot
 * rise.
 */
public final class PainMonitoring {

  private PainMonitoring() {}

  /**
   * Zones every session.
   *
   * @param sessions sessions in any order
   * @return the sessions in date order (stable within a date), each with its zone and why
   */
  public static List<ZonedSession> zones(List<MonitoredSession> sessions) {
    List<MonitoredSession> ordered = new ArrayList<>(sessions);
    ordered.sort(Comparator.comparing(MonitoredSession::date));
    List<ZonedSession> zoned = new ArrayList<>(ordered.size());
    for (MonitoredSession session : ordered) {
      zoned.add(zone(session, ordered));
    }
    return List.copyOf(zoned);
  }

  /**
   * The decision for the next session after a track of sessions (planner.md section 1). Pending
   * sessions are skipped when looking for two reds in a row; a pending last session means wait.
   *
   * @param track the track's sessions in date order
   */
  public static Decision decide(List<ZonedSession> track) {
    if (track.isEmpty()) {
      return Decision.START;
    }
    if (track.get(track.size() - 1).zone() == Zone.PENDING) {
      return Decision.WAIT;
    }
    List<ZonedSession> decided = decided(track);
    Zone last = decided.get(decided.size() - 1).zone();
    if (last == Zone.GREEN) {
      return Decision.PROGRESS;
    }
    if (last == Zone.AMBER) {
      return Decision.REPEAT;
    }
    int reds = 0;
    for (int i = decided.size() - 1; i >= 0 && decided.get(i).zone() == Zone.RED; i--) {
      reds++;
    }
    return reds >= REDS_IN_A_ROW_TO_DROP ? Decision.DROP_STAGE : Decision.GO_BACK;
  }

  /** The track's sessions that have a zone other than pending, in order. */
  static List<ZonedSession> decided(List<ZonedSession> track) {
    return track.stream().filter(s -> s.zone() != Zone.PENDING).toList();
  }

  /** The last green or amber session of a track. */
  static Optional<ZonedSession> lastTolerated(List<ZonedSession> track) {
    for (int i = track.size() - 1; i >= 0; i--) {
      if (track.get(i).zone().tolerated()) {
        return Optional.of(track.get(i));
      }
    }
    return Optional.empty();
  }

  private static ZonedSession zone(MonitoredSession s, List<MonitoredSession> all) {
    if (s.during() > AMBER_DURING_MAX) {
      return new ZonedSession(
          s,
          Zone.RED,
          "Pain during the session reached " + s.during() + "/10, above " + AMBER_DURING_MAX + ".");
    }
    if (s.nextMorning() == null) {
      return new ZonedSession(
          s, Zone.PENDING, "Waiting for how your back felt on waking the next morning.");
    }
    if (s.nextMorning() > s.baseline()) {
      return new ZonedSession(
          s,
          Zone.RED,
          "Next-morning pain was "
              + s.nextMorning()
              + "/10, above the "
              + s.baseline()
              + "/10 of the morning before.");
    }
    Optional<String> trend = risingTrend(s, all);
    if (trend.isPresent()) {
      return new ZonedSession(s, Zone.RED, trend.get());
    }
    if (s.during() <= GREEN_DURING_MAX) {
      return new ZonedSession(
          s, Zone.GREEN, "Pain during " + s.during() + "/10 and the next morning no worse.");
    }
    return new ZonedSession(
        s,
        Zone.AMBER,
        "Pain during "
            + s.during()
            + "/10 ("
            + (GREEN_DURING_MAX + 1)
            + " to "
            + AMBER_DURING_MAX
            + ") and the next morning no worse.");
  }

  private static Optional<String> risingTrend(MonitoredSession s, List<MonitoredSession> all) {
    LocalDate monday = monday(s.date());
    LocalDate lastMonday = monday.minusWeeks(1);
    int thisSum = 0;
    int thisCount = 0;
    int lastSum = 0;
    int lastCount = 0;
    for (MonitoredSession other : all) {
      if (other.nextMorning() == null) {
        continue;
      }
      LocalDate week = monday(other.date());
      if (week.equals(monday) && !other.date().isAfter(s.date())) {
        thisSum += other.nextMorning();
        thisCount++;
      } else if (week.equals(lastMonday)) {
        lastSum += other.nextMorning();
        lastCount++;
      }
    }
    // thisMean - lastMean >= RISE, in integers: no rounding at the boundary.
    if (lastCount == 0
        || (long) thisSum * lastCount - (long) lastSum * thisCount
            < (long) WEEKLY_TREND_RISE * thisCount * lastCount) {
      return Optional.empty();
    }
    return Optional.of(
        String.format(
            Locale.ROOT,
            "Next-morning pain this week averages %.1f/10, %.1f above last week's %.1f.",
            (double) thisSum / thisCount,
            (double) thisSum / thisCount - (double) lastSum / lastCount,
            (double) lastSum / lastCount));
  }

  private static LocalDate monday(LocalDate date) {
    return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }
}
