package dev.backload.app.checkins;

import dev.backload.app.account.AccountRepository;
import dev.backload.core.planning.Assessment;
import dev.backload.core.planning.AssessmentOutcome;
import dev.backload.core.planning.EpisodeCheckIn;
import dev.backload.core.planning.RedFlagHold;
import dev.backload.core.triage.CheckIn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's red flags and the assessments after them (planner.md 0a): records assessments and lays
 * check-ins and assessments out on one timeline for the planner ({@link RedFlagHold} holds the
 * rules).
 */
@Service
public class RedFlags {
  private final AssessmentStore assessments;
  private final CheckInStore checkIns;
  private final AccountRepository accounts;

  RedFlags(AssessmentStore assessments, CheckInStore checkIns, AccountRepository accounts) {
    this.assessments = assessments;
    this.checkIns = checkIns;
    this.accounts = accounts;
  }

  /**
   * An assessment as the API and pages show it.
   *
   * @param covers the URGENT rule ids of the check-ins before it, which no longer start a hold
   */
  public record AssessmentView(
      long id,
      LocalDate date,
      String assessedBy,
      AssessmentOutcome outcome,
      String limits,
      List<String> covers) {}

  /**
   * Check-ins and assessments on one timeline.
   *
   * @param stored the check-ins as stored, oldest first (by date, then as recorded)
   * @param checkIns the same check-ins as the planner reads them, in the same order
   * @param assessments the assessments placed among them
   * @param views the assessments as shown, in the order recorded
   */
  public record Timeline(
      List<StoredCheckIn> stored,
      List<EpisodeCheckIn> checkIns,
      List<Assessment> assessments,
      List<AssessmentView> views) {

    /** The stored id of the check-in at a position of {@link #checkIns()}. */
    public long checkInId(int index) {
      return stored.get(index).id();
    }
  }

  /**
   * Records an assessment after the account's check-ins so far.
   *
   * @return the assessment with the rule ids it covers
   */
  @Transactional
  public AssessmentView record(long accountId, AssessmentInput input) {
    accounts.lock(accountId);
    long id = assessments.insert(accountId, input, assessments.latestCheckInId(accountId));
    return timeline(accountId).views().stream().filter(v -> v.id() == id).findFirst().orElseThrow();
  }

  /** The account's assessments, newest first (by date, then as recorded). */
  @Transactional(readOnly = true)
  public List<AssessmentView> list(long accountId) {
    List<AssessmentView> views = new ArrayList<>(timeline(accountId).views());
    views.sort(
        Comparator.comparing(AssessmentView::date)
            .thenComparingLong(AssessmentView::id)
            .reversed());
    return views;
  }

  /** The account's check-ins and assessments on one timeline. */
  @Transactional(readOnly = true)
  public Timeline timeline(long accountId) {
    List<StoredCheckIn> stored = new ArrayList<>(checkIns.list(accountId));
    stored.sort(Comparator.comparing(StoredCheckIn::date).thenComparingLong(StoredCheckIn::id));
    List<EpisodeCheckIn> planned = new ArrayList<>();
    for (StoredCheckIn c : stored) {
      planned.add(
          c.plannerContext().toEpisodeCheckIn(c.date(), CheckIn.fromFields(c.effectiveInput())));
    }
    List<AssessmentStore.Row> rows = assessments.all(accountId);
    List<Assessment> placed = new ArrayList<>();
    for (AssessmentStore.Row row : rows) {
      long after = row.afterCheckInId() == null ? Long.MIN_VALUE : row.afterCheckInId();
      int before =
          (int) stored.stream().filter(c -> c.date().equals(row.date()) && c.id() <= after).count();
      placed.add(new Assessment(row.date(), before, row.assessedBy(), row.outcome(), row.limits()));
    }
    List<AssessmentView> views = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      AssessmentStore.Row row = rows.get(i);
      views.add(
          new AssessmentView(
              row.id(),
              row.date(),
              row.assessedBy(),
              row.outcome(),
              row.limits(),
              List.copyOf(RedFlagHold.covers(planned, placed, placed.get(i)))));
    }
    return new Timeline(List.copyOf(stored), List.copyOf(planned), List.copyOf(placed), views);
  }

  /**
   * A red-flag hold as the pages show it.
   *
   * @param since the date the hold began
   * @param checkIn the latest check-in that holds the plan
   */
  public record Held(LocalDate since, StoredCheckIn checkIn) {}

  /**
   * The red-flag hold on the account's plan today, if one is on: the same rule as the planner's
   * ({@link dev.backload.core.planning.PlannerInput#hold()}).
   */
  @Transactional(readOnly = true)
  public Optional<Held> hold(long accountId, LocalDate today) {
    Timeline t = timeline(accountId);
    return RedFlagHold.asOf(today, t.checkIns(), t.assessments())
        .map(h -> new Held(h.since(), t.stored().get(h.checkInIndex())));
  }

  /**
   * The assessment that had already covered every URGENT finding of a check-in, for its result
   * page: empty when the check-in has no URGENT finding, or one no assessment before it covered.
   */
  @Transactional(readOnly = true)
  public Optional<AssessmentView> alreadyAssessed(long accountId, long checkInId) {
    Timeline t = timeline(accountId);
    List<EpisodeCheckIn> assessed = RedFlagHold.assess(t.checkIns(), t.assessments());
    for (int i = 0; i < t.stored().size(); i++) {
      if (t.stored().get(i).id() != checkInId) {
        continue;
      }
      EpisodeCheckIn c = assessed.get(i);
      if (c.assessedRules().isEmpty() || c.startsHold()) {
        return Optional.empty();
      }
      Assessment before =
          RedFlagHold.assessedBefore(t.checkIns(), t.assessments(), i).orElseThrow();
      return Optional.of(t.views().get(t.assessments().indexOf(before)));
    }
    return Optional.empty();
  }
}
