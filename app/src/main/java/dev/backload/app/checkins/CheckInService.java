package dev.backload.app.checkins;

import dev.backload.app.account.AccountCalendar;
import dev.backload.app.account.AccountRepository;
import dev.backload.app.checkins.CheckInStore.Episode;
import dev.backload.app.checkins.CheckInStore.EpisodeCheckIn;
import dev.backload.app.log.TrainingLog;
import dev.backload.app.monitoring.MonitoringStore;
import dev.backload.app.monitoring.MorningChecks;
import dev.backload.core.checkins.EpisodeRule;
import dev.backload.core.checkins.HistoryFacts;
import dev.backload.core.checkins.StatefulFields;
import dev.backload.core.log.TrainingSet;
import dev.backload.core.triage.InvalidCheckInException;
import dev.backload.core.triage.TriageEngine;
import dev.backload.core.triage.TriageResult;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a signed-in person's check-ins: works out the stateful fields from history when they are
 * not given ({@link HistoryFacts#of}, with the health profile), keeps the pain episodes ({@link
 * EpisodeRule}), triages the effective input and stores the given input, the effective input and
 * the result together.
 *
 * <p>Check-ins are kept in date order: a check-in may be dated in the past (an API client catching
 * up), but not before the person's latest check-in and never in the future.
 */
@Service
public class CheckInService {
  private final CheckInStore store;
  private final HealthProfiles profiles;
  private final TrainingLog log;
  private final MonitoringStore monitoring;
  private final MorningChecks morningChecks;
  private final AccountCalendar calendar;
  private final RedFlags redFlags;
  private final AccountRepository accounts;
  private final AssessmentStore assessments;
  private final Clock clock;

  CheckInService(
      CheckInStore store,
      HealthProfiles profiles,
      TrainingLog log,
      MonitoringStore monitoring,
      MorningChecks morningChecks,
      AccountCalendar calendar,
      RedFlags redFlags,
      AssessmentStore assessments,
      AccountRepository accounts,
      Clock clock) {
    this.store = store;
    this.profiles = profiles;
    this.log = log;
    this.monitoring = monitoring;
    this.morningChecks = morningChecks;
    this.calendar = calendar;
    this.redFlags = redFlags;
    this.assessments = assessments;
    this.accounts = accounts;
    this.clock = clock;
  }

  /**
   * Triages and stores one check-in.
   *
   * @param accountId the owner
   * @param date the day the check-in is about, or {@code null} for today in the account's time zone
   * @param fields the check-in as given (triage.md section 1; not-given fields absent or null)
   * @return the stored check-in
   * @throws InvalidCheckInException naming the field for an invalid check-in, or {@code date} for a
   *     date in the future or before the latest check-in
   */
  @Transactional
  public StoredCheckIn record(long accountId, LocalDate date, Map<String, ?> fields) {
    return record(accountId, date, fields, PlannerContext.NONE);
  }

  /**
   * Triages and stores one check-in with its optional planner context, which is stored beside the
   * check-in and plays no part in triage.
   *
   * @param context what the check-in adds for the planner, {@link PlannerContext#NONE} for nothing
   * @see #record(long, LocalDate, Map)
   */
  @Transactional
  public StoredCheckIn record(
      long accountId, LocalDate date, Map<String, ?> fields, PlannerContext context) {
    GivenInput given = GivenInput.parse(fields);
    // Two check-ins of one person are stored one after the other: episodes are worked out from
    // the previous check-ins.
    accounts.lock(accountId);
    LocalDate today = calendar.today(accountId);
    LocalDate day = date == null ? today : date;
    if (day.isAfter(today)) {
      throw new InvalidCheckInException(
          "date", "must not be in the future (today is " + today + ")");
    }
    Optional<LocalDate> latest = store.latestDate(accountId);
    if (latest.isPresent() && day.isBefore(latest.get())) {
      throw new InvalidCheckInException(
          "date", "must not be before your latest check-in (" + latest.get() + ")");
    }
    Optional<LocalDate> assessed = assessments.latestDate(accountId);
    if (assessed.isPresent() && day.isBefore(assessed.get())) {
      // An assessment covers only what came before it: a check-in may not slip in behind one.
      throw new InvalidCheckInException(
          "date", "must not be before your latest assessment (" + assessed.get() + ")");
    }

    int painNow = given.checkIn().painNow();
    Optional<Episode> open = store.openEpisode(accountId);
    Long episodeId = null;
    LocalDate episodeStart = null;
    List<EpisodeCheckIn> earlier = List.of();
    if (open.isPresent()) {
      episodeId = open.get().id();
      episodeStart = open.get().start();
      earlier = store.episodeCheckIns(accountId, episodeId);
    } else if (EpisodeRule.opens(painNow)) {
      int daysAgo = given.gave("daysSinceOnset") ? given.checkIn().daysSinceOnset() : 0;
      episodeStart = day.minusDays(daysAgo);
      episodeId = store.createEpisode(accountId, episodeStart);
    }

    List<TrainingSet> sets = log.canonicalSets(accountId);
    HistoryFacts facts = facts(accountId, painNow, day, episodeStart, earlier, sets);
    GivenInput.Effective effective = given.effective(facts, day);
    TriageResult result = TriageEngine.assess(effective.checkIn());
    long id =
        store.insert(
            accountId,
            new CheckInStore.NewCheckIn(
                day,
                episodeId,
                painNow,
                effective.checkIn().painPeak(),
                given.fields(),
                effective.checkIn().toFields(),
                effective.derived(),
                result,
                context == null ? PlannerContext.NONE : context));

    if (episodeId != null) {
      List<EpisodeRule.DatedPain> pains = new ArrayList<>();
      for (EpisodeCheckIn c : earlier) {
        pains.add(new EpisodeRule.DatedPain(c.date(), c.painNow()));
      }
      pains.add(new EpisodeRule.DatedPain(day, painNow));
      if (EpisodeRule.closes(pains)) {
        store.closeEpisode(accountId, episodeId, day);
      }
    }
    return store.find(accountId, id).orElseThrow();
  }

  private HistoryFacts facts(
      long accountId,
      int painNow,
      LocalDate day,
      LocalDate episodeStart,
      List<EpisodeCheckIn> earlier,
      List<TrainingSet> sets) {
    return HistoryFacts.of(
        painNow,
        day,
        episodeStart,
        earlier.stream()
            .map(c -> new HistoryFacts.EarlierCheckIn(c.painNow(), c.painPeak()))
            .toList(),
        MorningChecks.sessions(sets, monitoring.all(accountId)),
        sets,
        profiles.find(accountId).orElse(null));
  }

  /** One of the account's check-ins; empty for another person's or an unknown id. */
  public Optional<StoredCheckIn> find(long accountId, long id) {
    return store.find(accountId, id);
  }

  /** The account's check-ins, newest first. */
  public List<StoredCheckIn> list(long accountId) {
    return store.list(accountId);
  }

  /**
   * What the dashboard shows about check-ins: the latest result, the open episode, the next-morning
   * questions still open and the pain series.
   */
  @Transactional(readOnly = true)
  public CheckInOverview overview(long accountId) {
    LocalDate today = calendar.today(accountId);
    ZonedDateTime now = ZonedDateTime.now(clock.withZone(calendar.zone(accountId)));
    CheckInOverview.Latest latest =
        store.latest(accountId).map(c -> CheckInOverview.Latest.of(c, now)).orElse(null);
    Optional<RedFlags.Held> hold = redFlags.hold(accountId, today);
    CheckInOverview.CurrentEpisode episode =
        store
            .openEpisode(accountId)
            .map(
                e -> {
                  List<EpisodeCheckIn> checkIns = store.episodeCheckIns(accountId, e.id());
                  int peak = 0;
                  for (EpisodeCheckIn c : checkIns) {
                    peak = Math.max(peak, c.painNow());
                    peak = c.painPeak() == null ? peak : Math.max(peak, c.painPeak());
                  }
                  return new CheckInOverview.CurrentEpisode(
                      e.id(),
                      e.start(),
                      StatefulFields.daysSinceOnset(e.start(), today),
                      peak,
                      checkIns.size());
                })
            .orElse(null);
    return new CheckInOverview(
        latest,
        hold.map(h -> CheckInOverview.Latest.of(h.checkIn(), now)).orElse(null),
        hold.map(RedFlags.Held::since).orElse(null),
        episode,
        morningChecks.pending(accountId, today),
        painSeries(accountId));
  }

  /** One point per check-in date, the day's last check-in, oldest first. */
  List<CheckInOverview.PainPoint> painSeries(long accountId) {
    List<CheckInStore.Summary> newestFirst = store.summaries(accountId);
    List<CheckInOverview.PainPoint> series = new ArrayList<>();
    LocalDate previous = null;
    for (CheckInStore.Summary s : newestFirst) {
      if (!s.date().equals(previous)) {
        series.add(new CheckInOverview.PainPoint(s.date(), s.painNow()));
        previous = s.date();
      }
    }
    Collections.reverse(series);
    return series;
  }

  /** Today in the account's time zone. */
  public LocalDate today(long accountId) {
    return calendar.today(accountId);
  }

  /** The pending next-morning questions of the account as of today. */
  public List<MorningChecks.PendingCheck> pendingMorningChecks(long accountId) {
    return morningChecks.pending(accountId, calendar.today(accountId));
  }
}
