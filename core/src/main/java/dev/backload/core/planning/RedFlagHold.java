package dev.backload.core.planning;

import dev.backload.core.triage.Disposition;
import dev.backload.core.triage.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The red-flag hold of planner.md section 0a: after an URGENT or EMERGENCY result the plan stops,
 * whatever came after, until an assessment clears it.
 *
 * <p>The rules, on the timeline of check-ins and assessments ({@link Assessment} says how the two
 * are ordered):
 *
 * <ul>
 *   <li>a check-in starts a hold when its result is EMERGENCY, or when it has an URGENT finding
 *       that no earlier assessment covers;
 *   <li>an assessment covers the URGENT findings (rule ids) of every check-in before it; nothing
 *       covers an EMERGENCY finding. A covered rule stays covered only while each later check-in
 *       has it: the first check-in without it ends its cover, so a sign that goes away and comes
 *       back (fever, night pain, leg weakness) is new and starts a new hold, while a lasting fact
 *       asked at every check-in (U2, a history of cancer) stays covered (our reading of the spec's
 *       "a lasting fact such as U2");
 *   <li>a recorded red flag is never ignored: the hold reads every check-in, even one dated after
 *       the day the plan is made for (after a change of time zone, say);
 *   <li>later check-ins never end a hold, whatever their pain; only an assessment whose outcome
 *       {@linkplain AssessmentOutcome#clears() clears} does, and only for the check-ins before it.
 * </ul>
 *
 * <p>When several check-ins hold the plan, {@code since} is the date of the first of them and
 * {@code checkIn} the latest, whose result the lifter sees.
 *
 * @param since the date the hold began
 * @param checkInIndex the position of the holding check-in in the date-ordered check-ins ({@link
 *     PlannerInput#checkIns()})
 * @param checkIn the latest check-in that holds the plan
 */
public record RedFlagHold(LocalDate since, int checkInIndex, EpisodeCheckIn checkIn) {

  public RedFlagHold {
    Objects.requireNonNull(since, "since");
    Objects.requireNonNull(checkIn, "checkIn");
  }

  /**
   * Finds the hold on the timeline, if one is on.
   *
   * @param checkIns check-ins in date order, recorded order within a date, each with its {@link
   *     EpisodeCheckIn#assessedRules()} as {@link #assess} sets them
   * @param assessments the assessments, in any order
   * @return the hold, or empty when the plan is free to follow the normal rules
   */
  public static Optional<RedFlagHold> find(
      List<EpisodeCheckIn> checkIns, List<Assessment> assessments) {
    LocalDate since = null;
    int holding = -1;
    for (Step step : timeline(checkIns, assessments)) {
      if (step.assessment() != null) {
        if (step.assessment().outcome().clears()) {
          since = null;
          holding = -1;
        }
        continue;
      }
      EpisodeCheckIn c = checkIns.get(step.checkIn());
      if (c.startsHold()) {
        since = since == null ? c.date() : since;
        holding = step.checkIn();
      }
    }
    return holding < 0
        ? Optional.empty()
        : Optional.of(new RedFlagHold(since, holding, checkIns.get(holding)));
  }

  /**
   * The hold on the plan for a day: every check-in counts, even one dated after {@code today} (a
   * recorded red flag is never left out), and only assessments up to {@code today} can end it.
   *
   * @param checkIns check-ins in date order, recorded order within a date
   * @param assessments the assessments, in any order
   */
  public static Optional<RedFlagHold> asOf(
      LocalDate today, List<EpisodeCheckIn> checkIns, List<Assessment> assessments) {
    List<Assessment> known = assessments.stream().filter(a -> !a.date().isAfter(today)).toList();
    return find(assess(checkIns, known), known);
  }

  /**
   * The check-ins with the URGENT rule ids that assessments before them had covered ({@link
   * EpisodeCheckIn#assessedRules()}), in the same order.
   *
   * @param checkIns check-ins in date order, recorded order within a date
   * @param assessments the assessments, in any order
   */
  public static List<EpisodeCheckIn> assess(
      List<EpisodeCheckIn> checkIns, List<Assessment> assessments) {
    List<EpisodeCheckIn> out = new ArrayList<>(checkIns);
    Set<String> seen = new LinkedHashSet<>();
    Set<String> covered = new LinkedHashSet<>();
    for (Step step : timeline(checkIns, assessments)) {
      if (step.assessment() != null) {
        covered.addAll(seen);
        continue;
      }
      EpisodeCheckIn c = checkIns.get(step.checkIn());
      Set<String> urgent = urgentRules(c);
      seen.addAll(urgent);
      Set<String> assessed = new LinkedHashSet<>(urgent);
      assessed.retainAll(covered);
      out.set(step.checkIn(), c.withAssessedRules(assessed));
      // A sign that goes away and comes back is a new sign: a covered rule stays covered only
      // while every check-in has it (a lasting fact such as U2, a history of cancer).
      covered.retainAll(urgent);
    }
    return List.copyOf(out);
  }

  /**
   * The latest assessment before a check-in on the timeline, the one a result page names as
   * "already assessed on".
   *
   * @param checkIns check-ins in date order, recorded order within a date
   * @param assessments the assessments, in any order
   * @param index the check-in's position in {@code checkIns}
   */
  public static Optional<Assessment> assessedBefore(
      List<EpisodeCheckIn> checkIns, List<Assessment> assessments, int index) {
    Assessment last = null;
    for (Step step : timeline(checkIns, assessments)) {
      if (step.assessment() != null) {
        last = step.assessment();
      } else if (step.checkIn() == index) {
        return Optional.ofNullable(last);
      }
    }
    return Optional.empty();
  }

  /**
   * The URGENT rule ids an assessment covers: those of every check-in before it on the timeline, in
   * the order first seen.
   *
   * @param checkIns check-ins in date order, recorded order within a date
   * @param assessments the assessments, in any order, {@code assessment} among them
   * @param assessment the assessment
   */
  public static Set<String> covers(
      List<EpisodeCheckIn> checkIns, List<Assessment> assessments, Assessment assessment) {
    Set<String> seen = new LinkedHashSet<>();
    for (Step step : timeline(checkIns, assessments)) {
      if (step.assessment() != null) {
        if (step.assessment().equals(assessment)) {
          return Set.copyOf(seen);
        }
      } else {
        seen.addAll(urgentRules(checkIns.get(step.checkIn())));
      }
    }
    throw new IllegalArgumentException("the assessment is not among the assessments");
  }

  /**
   * Whether the timeline ends with an assessment: no check-in has been recorded since the latest
   * assessment (or there are assessments and no check-in at all).
   *
   * @param checkIns check-ins in date order, recorded order within a date
   * @param assessments the assessments, in any order
   */
  public static boolean endsWithAssessment(
      List<EpisodeCheckIn> checkIns, List<Assessment> assessments) {
    List<Step> steps = timeline(checkIns, assessments);
    return !steps.isEmpty() && steps.get(steps.size() - 1).assessment() != null;
  }

  /** The ids of a check-in's URGENT findings. */
  static Set<String> urgentRules(EpisodeCheckIn checkIn) {
    Set<String> ids = new LinkedHashSet<>();
    for (Finding f : checkIn.triage().findings()) {
      if (f.level() == Disposition.URGENT) {
        ids.add(f.rule());
      }
    }
    return ids;
  }

  /** One step of the timeline: a check-in (its index) or an assessment. */
  private record Step(int checkIn, Assessment assessment) {}

  /**
   * Merges check-ins (already in order) and assessments: by date; within a date an assessment comes
   * after the first {@link Assessment#checkInsBeforeOnDate()} check-ins of that date, and
   * assessments of the same date and position keep their given order.
   */
  private static List<Step> timeline(List<EpisodeCheckIn> checkIns, List<Assessment> assessments) {
    List<Assessment> ordered = new ArrayList<>(assessments);
    ordered.sort(Assessment.TIMELINE_ORDER);
    List<Step> steps = new ArrayList<>(checkIns.size() + ordered.size());
    int a = 0;
    int ofDate = 0;
    for (int i = 0; i < checkIns.size(); i++) {
      LocalDate date = checkIns.get(i).date();
      ofDate = i > 0 && checkIns.get(i - 1).date().equals(date) ? ofDate + 1 : 0;
      while (a < ordered.size() && comesBefore(ordered.get(a), date, ofDate)) {
        steps.add(new Step(-1, ordered.get(a++)));
      }
      steps.add(new Step(i, null));
    }
    while (a < ordered.size()) {
      steps.add(new Step(-1, ordered.get(a++)));
    }
    return steps;
  }

  /**
   * Whether an assessment comes before the {@code ofDate}-th (0-based) check-in of {@code date}.
   */
  private static boolean comesBefore(Assessment a, LocalDate date, int ofDate) {
    return a.date().isBefore(date) || (a.date().equals(date) && a.checkInsBeforeOnDate() <= ofDate);
  }
}
