package dev.backload.app.checkins;

import dev.backload.app.monitoring.MorningChecks.PendingCheck;
import dev.backload.app.triage.DispositionView;
import dev.backload.core.triage.Disposition;
import dev.backload.core.triage.TriageResult;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * What the dashboard shows about check-ins: the latest result, the current pain episode, the
 * next-morning questions still open, and the pain over time.
 *
 * @param latest the latest check-in's result, or {@code null} when there is none
 * @param hold the check-in that holds the plan after a red flag (planner.md 0a), or {@code null}
 *     when no hold is on; it may be an earlier check-in than {@code latest}
 * @param holdSince the date the hold began, or {@code null}
 * @param episode the open pain episode, or {@code null} when none is open
 * @param pendingChecks the next-morning questions still open, newest first
 * @param painSeries one point per check-in date (the day's last check-in), oldest first, to chart
 *     against the daily hinge tonnage
 */
public record CheckInOverview(
    Latest latest,
    Latest hold,
    LocalDate holdSince,
    CurrentEpisode episode,
    List<PendingCheck> pendingChecks,
    List<PainPoint> painSeries) {

  public CheckInOverview {
    if ((hold == null) != (holdSince == null)) {
      throw new IllegalArgumentException("a hold has a start date, and only a hold has one");
    }
    pendingChecks = List.copyOf(pendingChecks);
    painSeries = List.copyOf(painSeries);
  }

  /**
   * The latest check-in's result.
   *
   * @param id the check-in, for a link to {@code /check-ins/{id}}
   * @param date its date
   * @param painNow the pain it reported
   * @param disposition the disposition
   * @param headline the disposition in a few words
   * @param summary one plain sentence about it
   * @param cssClass the style hook of the disposition ({@code disposition-modify} ...)
   * @param actions what to do
   * @param safetyNet when to get emergency help
   * @param reasons the reason of each finding, highest level first
   * @param stale whether the result is older than {@link #STALE_AFTER}, so no longer a guide to
   *     today: shown greyed, with "Check in now"
   */
  public record Latest(
      long id,
      LocalDate date,
      int painNow,
      Disposition disposition,
      String headline,
      String summary,
      String cssClass,
      List<String> actions,
      String safetyNet,
      List<String> reasons,
      boolean stale) {
    /**
     * How old a result may be and still be shown as current: 48 hours (issue 14). A check-in
     * records its day, not its hour (and may be about an earlier day), so the age is counted from
     * the start of that day in the account's time zone: a result of Monday is greyed from
     * Wednesday, 00:00.
     */
    public static final Duration STALE_AFTER = Duration.ofHours(48);

    public Latest {
      actions = List.copyOf(actions);
      reasons = List.copyOf(reasons);
    }

    /** The result of a stored check-in, its age measured at {@code now}. */
    static Latest of(StoredCheckIn c, ZonedDateTime now) {
      TriageResult r = c.result();
      DispositionView view = DispositionView.of(r.disposition());
      return new Latest(
          c.id(),
          c.date(),
          c.painNow(),
          r.disposition(),
          view.headline(),
          view.summary(),
          view.cssClass(),
          r.actions(),
          r.safetyNet(),
          r.findings().stream().map(f -> f.reason()).toList(),
          isStale(c.date(), now));
    }

    /** Whether a result of {@code date} is older than {@link #STALE_AFTER} at {@code now}. */
    static boolean isStale(LocalDate date, ZonedDateTime now) {
      return Duration.between(date.atStartOfDay(now.getZone()), now).compareTo(STALE_AFTER) > 0;
    }

    /** The result's heading on the colour scale. */
    public DispositionView view() {
      return DispositionView.of(disposition);
    }
  }

  /**
   * The open pain episode.
   *
   * @param id the episode
   * @param start the day the pain began
   * @param days days from the start to today
   * @param peak the worst pain reported in it
   * @param checkIns how many check-ins it holds
   */
  public record CurrentEpisode(long id, LocalDate start, int days, int peak, int checkIns) {}

  /** The pain of one day. */
  public record PainPoint(LocalDate date, int painNow) {}
}
