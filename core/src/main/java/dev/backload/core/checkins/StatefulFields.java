package dev.backload.core.checkins;

import dev.backload.core.analytics.Analysis;
import dev.backload.core.analytics.TrainingLoadAnalysis;
import dev.backload.core.analytics.WeekLoad;
import dev.backload.core.log.TrainingSet;
import dev.backload.core.triage.CheckIn;
import dev.backload.core.triage.Trend;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.TreeSet;

/**
 * How the stateful check-in fields of triage.md section 1 are worked out from history when the
 * person does not give them. Pure; the numbers are named once here. ({@code painfulSessionsInARow}
 * comes from the pain-monitoring answers: {@link
 * dev.backload.core.planning.MonitoringRules#painfulSessionsInARow}.)
 *
 * <ul>
 *   <li>{@code painPeak}: the highest of this check-in's {@code painNow} and, over the earlier
 *       check-ins of the current episode, their {@code painNow} and their (given or derived) {@code
 *       painPeak}. No episode: unknown.
 *   <li>{@code daysSinceOnset}: days from the episode's start to the check-in's date (in the
 *       account's time zone). No episode: unknown (the spec default 0 stays).
 *   <li>{@code trend}: {@code painNow} against the mean {@code painNow} of the episode's previous
 *       check-ins, at most the last {@value #TREND_WINDOW}: lower by {@value #TREND_MIN_CHANGE}
 *       point or more is IMPROVING, higher by {@value #TREND_MIN_CHANGE} or more WORSENING, else
 *       SAME. No earlier check-in in the episode: unknown.
 *   <li>{@code context.hingeWeekChangePct}: the analytics' {@code hingeChangePct} of the ISO week
 *       holding the check-in date, over the sets up to that date (so this week so far against the
 *       whole of last week). A week with no training at all counts as 0 kg: -100% after a week with
 *       hinge work, unknown otherwise.
 *   <li>{@code context.daysSinceLastHinge}: the days between the last two hinge dates on or before
 *       the check-in date (a hinge date has a working deadlift-family set), that is the break
 *       before the most recent deadlift session, which is what rule M9 (return after a break) asks
 *       about. Fewer than two hinge dates: unknown.
 * </ul>
 */
public final class StatefulFields {

  /** How many of the episode's previous check-ins the trend compares with, at most. */
  public static final int TREND_WINDOW = 3;

  /** Heuristic: the change in points against that mean that counts as better or worse. */
  public static final int TREND_MIN_CHANGE = 1;

  private StatefulFields() {}

  /**
   * The trend of this check-in's pain against the episode's previous ones.
   *
   * @param painNow this check-in's pain
   * @param earlier the {@code painNow} of the episode's earlier check-ins, oldest first
   * @return the trend, or {@code null} when there is no earlier check-in
   */
  public static Trend trend(int painNow, List<Integer> earlier) {
    if (earlier.isEmpty()) {
      return null;
    }
    List<Integer> window =
        earlier.subList(Math.max(0, earlier.size() - TREND_WINDOW), earlier.size());
    long sum = 0;
    for (int pain : window) {
      sum += pain;
    }
    long n = window.size();
    // painNow - sum / n compared with +-TREND_MIN_CHANGE, in whole numbers.
    long difference = painNow * n - sum;
    if (difference <= -TREND_MIN_CHANGE * n) {
      return Trend.IMPROVING;
    }
    if (difference >= TREND_MIN_CHANGE * n) {
      return Trend.WORSENING;
    }
    return Trend.SAME;
  }

  /**
   * The worst pain of the episode so far.
   *
   * @param painNow this check-in's pain
   * @param earlierPains the {@code painNow} and {@code painPeak} values of the episode's earlier
   *     check-ins (nulls ignored)
   */
  public static int painPeak(int painNow, List<Integer> earlierPains) {
    int peak = painNow;
    for (Integer pain : earlierPains) {
      if (pain != null) {
        peak = Math.max(peak, pain);
      }
    }
    return Math.min(peak, CheckIn.PAIN_MAX);
  }

  /** Days from the episode's start to the check-in date, within the field's range. */
  public static int daysSinceOnset(LocalDate episodeStart, LocalDate date) {
    long days = ChronoUnit.DAYS.between(episodeStart, date);
    return (int) Math.max(0, Math.min(CheckIn.DAYS_SINCE_ONSET_MAX, days));
  }

  /**
   * This week's hinge tonnage change against last week's, as of the date.
   *
   * @param sets the person's sets in canonical form (any dates; later ones are ignored)
   * @return the percentage, or {@code null} when the analytics give none
   */
  public static Double hingeWeekChangePct(List<TrainingSet> sets, LocalDate date) {
    List<TrainingSet> upToDate = sets.stream().filter(s -> !s.date().isAfter(date)).toList();
    Analysis analysis = TrainingLoadAnalysis.analyze(upToDate);
    LocalDate monday = date.minusDays(date.getDayOfWeek().getValue() - 1L);
    List<WeekLoad> weeks = analysis.weeks();
    for (WeekLoad week : weeks) {
      if (week.start().equals(monday)) {
        return week.hingeChangePct();
      }
    }
    // No training at all so far this week: the week is not in the series and its load is 0.
    if (weeks.isEmpty()) {
      return null;
    }
    WeekLoad last = weeks.get(weeks.size() - 1);
    boolean previousWeek = last.start().equals(monday.minusWeeks(1));
    boolean partialFirstWeek =
        weeks.size() == 1 && analysis.summary().firstDate().isAfter(last.start());
    if (!previousWeek || last.hingeTonnageKg() == 0 || partialFirstWeek) {
      return null;
    }
    return -100.0;
  }

  /**
   * The days between the last two hinge dates on or before the date.
   *
   * @return the gap in days, or {@code null} when there are fewer than two hinge dates
   */
  public static Integer daysSinceLastHinge(List<TrainingSet> sets, LocalDate date) {
    TreeSet<LocalDate> hingeDates = new TreeSet<>();
    for (TrainingSet set : sets) {
      if (set.isHinge() && set.isWorking() && !set.date().isAfter(date)) {
        hingeDates.add(set.date());
      }
    }
    if (hingeDates.size() < 2) {
      return null;
    }
    LocalDate last = hingeDates.last();
    LocalDate before = hingeDates.lower(last);
    return (int) ChronoUnit.DAYS.between(before, last);
  }
}
