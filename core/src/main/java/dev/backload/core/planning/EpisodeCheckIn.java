package dev.backload.core.planning;

import dev.backload.core.triage.CheckIn;
import dev.backload.core.triage.Disposition;
import dev.backload.core.triage.Finding;
import dev.backload.core.triage.TriageEngine;
import dev.backload.core.triage.TriageResult;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One dated check-in with the optional context the planner reads (planner.md sections 2 and 4). Its
 * triage result is the rulebook's answer to the check-in, computed on demand, so the two can never
 * disagree.
 *
 * @param date the date of the check-in
 * @param checkIn the triage check-in; its {@code painNow} is the pain at rest
 * @param hingeTestPain pain of an unloaded hip hinge with a dowel along the back, 0..10, or {@code
 *     null} when not asked
 * @param sleepHours hours slept the night before, or {@code null}
 * @param stress stress 0..10, or {@code null}
 * @param painStart where in the session the pain began, or {@code null}
 * @param technique what the person noticed about technique when the pain began; immutable
 * @param assessedRules the ids of this check-in's URGENT findings that an assessment before it had
 *     already covered (planner.md 0a, {@link RedFlagHold#assess}); immutable, empty when none
 */
public record EpisodeCheckIn(
    LocalDate date,
    CheckIn checkIn,
    Integer hingeTestPain,
    Double sleepHours,
    Integer stress,
    PainStart painStart,
    Set<TechniqueNote> technique,
    Set<String> assessedRules) {

  public EpisodeCheckIn {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(checkIn, "checkIn");
    if (hingeTestPain != null && (hingeTestPain < 0 || hingeTestPain > 10)) {
      throw new IllegalArgumentException("hingeTestPain must be within 0..10: " + hingeTestPain);
    }
    if (stress != null && (stress < 0 || stress > 10)) {
      throw new IllegalArgumentException("stress must be within 0..10: " + stress);
    }
    if (sleepHours != null && !(sleepHours >= 0 && sleepHours <= 24)) {
      throw new IllegalArgumentException("sleepHours must be within 0..24: " + sleepHours);
    }
    technique =
        technique == null || technique.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(technique));
    assessedRules = assessedRules == null ? Set.of() : Set.copyOf(assessedRules);
  }

  /** A check-in without the optional context. */
  public static EpisodeCheckIn of(LocalDate date, CheckIn checkIn) {
    return new EpisodeCheckIn(date, checkIn, null, null, null, null, Set.of(), Set.of());
  }

  /** This check-in with the hinge-test pain. */
  public EpisodeCheckIn withHingeTest(Integer pain) {
    return new EpisodeCheckIn(
        date, checkIn, pain, sleepHours, stress, painStart, technique, assessedRules);
  }

  /** This check-in with sleep hours and stress. */
  public EpisodeCheckIn withRecovery(Double hours, Integer stressLevel) {
    return new EpisodeCheckIn(
        date, checkIn, hingeTestPain, hours, stressLevel, painStart, technique, assessedRules);
  }

  /** This check-in with where the pain began and what the person noticed. */
  public EpisodeCheckIn withOnsetDetails(PainStart start, Set<TechniqueNote> notes) {
    return new EpisodeCheckIn(
        date, checkIn, hingeTestPain, sleepHours, stress, start, notes, assessedRules);
  }

  /** This check-in with the URGENT rule ids an earlier assessment covered. */
  public EpisodeCheckIn withAssessedRules(Set<String> rules) {
    return new EpisodeCheckIn(
        date, checkIn, hingeTestPain, sleepHours, stress, painStart, technique, rules);
  }

  /** Pain at rest: the check-in's {@code painNow}. */
  public int painNow() {
    return checkIn.painNow();
  }

  /** The rulebook's result for the check-in. */
  public TriageResult triage() {
    return TriageEngine.assess(checkIn);
  }

  /** The result's disposition. */
  public Disposition disposition() {
    return triage().disposition();
  }

  /**
   * Whether this check-in starts a red-flag hold (planner.md 0a): an EMERGENCY result, or an URGENT
   * finding that no earlier assessment covered.
   */
  public boolean startsHold() {
    TriageResult result = triage();
    return result.disposition() == Disposition.EMERGENCY
        || result.findings().stream()
            .anyMatch(f -> f.level() == Disposition.URGENT && !assessedRules.contains(f.rule()));
  }

  /**
   * The disposition the planner follows: the result's, except that URGENT findings an earlier
   * assessment covered no longer count (the next highest finding decides, TRAIN when none is left).
   * The rulebook's own result is never changed: {@link #triage()} still says URGENT.
   */
  public Disposition planningDisposition() {
    if (assessedRules.isEmpty()) {
      return disposition();
    }
    Disposition highest = Disposition.TRAIN;
    for (Finding f : triage().findings()) {
      boolean covered = f.level() == Disposition.URGENT && assessedRules.contains(f.rule());
      if (!covered && f.level().isAtLeast(highest)) {
        highest = f.level();
      }
    }
    return highest;
  }
}
