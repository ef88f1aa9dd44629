package dev.backload.app.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The pain-monitoring rules, pure and named once: the zone of a session (planner.md section 1) and
 * the count of painful sessions in a row that the check-in derives (triage.md field {@code
 * painfulSessionsInARow}).
 *
 * <p><b>Zone.</b> A session needs all three answers; until then it is {@link Zone#PENDING} (the
 * app asks, it never guesses). Then:
 *
 * <ul>
 *   <li>red: {@code during > }{@value #AMBER_DURING_MAX}, or {@code nextMorning > baseline}, or the
 *       weekly trend rises: the mean next-morning pain of the session's ISO week (its sessions up
 *       to and including this one) is at least {@value #WEEKLY_RISE_POINTS} point above the mean of
 *       the previous ISO week (all its answered sessions); no answered session last week, no trend;
 *   <li>green: {@code during <= }{@value #GREEN_DURING_MAX} and {@code nextMorning <= baseline};
 *   <li>amber: otherwise ({@code during} 4..5 and {@code nextMorning <= baseline}).
 * </ul>
 *
 * <p><b>Painful sessions in a row.</b> Deadlift-family sessions on the {@value
 * #PAINFUL_SESSIONS_LOOKBACK_DAYS} days up to and including the check-in date, newest first. A
 * session is painful when its {@code during} or its {@code nextMorning} answer is at least {@value
 * #PAINFUL_SESSION_PAIN}. Sessions with neither answer are skipped (unknown: they neither count nor
 * end the run); the first answered session that is not painful ends the run. No answered session
 * in the window: unknown ({@code null}).
 */
public final class MonitoringRules {

  /** Green needs the worst pain during the session at or below this (planner.md section 1). */
  public static final int GREEN_DURING_MAX = 3;

  /** Pain during the session above this is red (planner.md section 1). */
  public static final int AMBER_DURING_MAX = 5;

  /**
   * Heuristic (planner.md "(h)"): a mean next-morning pain this many points or more above last
   * week's makes the session red.
   */
  public static final int WEEKLY_RISE_POINTS = 1;

  /** A session with pain during it or the next morning at or above this counts as painful (triage.md: 3/10). */
  public static final int PAINFUL_SESSION_PAIN = 3;

  /** Heuristic: how far back "recent" sessions reach for {@code painfulSessionsInARow}, in days. */
  public static final int PAINFUL_SESSIONS_LOOKBACK_DAYS = 28;

  private MonitoringRules() {}

  /** A zone with the plain reasons for it. */
  public record Assessment(Zone zone, List<String> reasons) {
    public Assessment {
      reasons = List.copyOf(reasons);
    }
  }

  /**
   * The zone of one session.
   *
   * @param session the session
   * @param all every session of the same person (for the weekly trend); may include {@code session}
   */
  public static Assessment assess(MonitoringSession session, List<MonitoringSession> all) {
    if (!session.complete()) {
      List<String> missing = new ArrayList<>();
      if (session.baseline() == null) {
        missing.add("Waiting for how your back felt on the morning before the session.");
      }
      if (session.during() == null) {
        missing.add("Waiting for the worst pain during the session.");
      }
      if (session.nextMorning() == null) {
        missing.add("Waiting for how your back felt on waking the next morning.");
      }
      return new Assessment(Zone.PENDING, missing);
    }
    List<String> red = new ArrayList<>();
    if (session.during() > AMBER_DURING_MAX) {
      red.add("Pain during the session went above " + AMBER_DURING_MAX + " out of 10.");
    }
    if (session.nextMorning() > session.baseline()) {
      red.add("Your back was worse the next morning than on the morning before the session.");
    }
    if (weeklyRise(session, all)) {
      red.add(
          "This week your back has felt on average at least "
              + WEEKLY_RISE_POINTS
              + " point worse on the mornings after deadlifts than last week.");
    }
    if (!red.isEmpty()) {
      return new Assessment(Zone.RED, red);
    }
    if (session.during() <= GREEN_DURING_MAX) {
      return new Assessment(
          Zone.GREEN,
          List.of(
              "Pain during the session stayed at " + GREEN_DURING_MAX + " out of 10 or lower, and"
                  + " the next morning was no worse than before."));
    }
    return new Assessment(
        Zone.AMBER,
        List.of(
            "Pain during the session was between "
                + (GREEN_DURING_MAX + 1)
                + " and "
                + AMBER_DURING_MAX
                + " out of 10; the next morning was no worse than before."));
  }

  /**
   * Whether the mean next-morning pain of the session's ISO week, over its answered sessions up to
   * and including this one, is at least {@link #WEEKLY_RISE_POINTS} above the previous ISO week's
   * mean. Compared in whole numbers, so the boundary is exact.
   */
  static boolean weeklyRise(MonitoringSession session, List<MonitoringSession> all) {
    LocalDate monday = monday(session.date());
    LocalDate lastMonday = monday.minusWeeks(1);
    long thisSum = 0;
    long thisCount = 0;
    long lastSum = 0;
    long lastCount = 0;
    boolean selfSeen = false;
    for (MonitoringSession s : all) {
      if (s.nextMorning() == null) {
        continue;
      }
      LocalDate week = monday(s.date());
      if (week.equals(monday) && !after(s, session)) {
        thisSum += s.nextMorning();
        thisCount++;
        selfSeen |= s.workoutId() == session.workoutId();
      } else if (week.equals(lastMonday)) {
        lastSum += s.nextMorning();
        lastCount++;
      }
    }
    if (!selfSeen) {
      thisSum += session.nextMorning();
      thisCount++;
    }
    if (lastCount == 0) {
      return false;
    }
    // thisSum / thisCount - lastSum / lastCount >= WEEKLY_RISE_POINTS, without division.
    return thisSum * lastCount - lastSum * thisCount >= WEEKLY_RISE_POINTS * thisCount * lastCount;
  }

  private static boolean after(MonitoringSession a, MonitoringSession b) {
    int byDate = a.date().compareTo(b.date());
    return byDate > 0 || (byDate == 0 && a.workoutId() > b.workoutId());
  }

  private static LocalDate monday(LocalDate date) {
    return date.minusDays(date.getDayOfWeek().getValue() - 1L);
  }

  /**
   * The number of most recent deadlift-family sessions in a row that were painful, as of a date
   * (rule in the class description).
   *
   * @return the count, or {@code null} when no session in the window has a during or next-morning
   *     answer
   */
  public static Integer painfulSessionsInARow(List<MonitoringSession> sessions, LocalDate asOf) {
    LocalDate from = asOf.minusDays(PAINFUL_SESSIONS_LOOKBACK_DAYS - 1L);
    List<MonitoringSession> recent =
        sessions.stream()
            .filter(s -> !s.date().isBefore(from) && !s.date().isAfter(asOf))
            .sorted(
                Comparator.comparing(MonitoringSession::date)
                    .thenComparingLong(MonitoringSession::workoutId)
                    .reversed())
            .toList();
    int count = 0;
    boolean answered = false;
    for (MonitoringSession s : recent) {
      if (s.during() == null && s.nextMorning() == null) {
        continue;
      }
      answered = true;
      if (!painful(s)) {
        break;
      }
      count++;
    }
    return answered ? count : null;
  }

  private static boolean painful(MonitoringSession s) {
    return (s.during() != null && s.during() >= PAINFUL_SESSION_PAIN)
        || (s.nextMorning() != null && s.nextMorning() >= PAINFUL_SESSION_PAIN);
  }
}
