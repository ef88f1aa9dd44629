package dev.backload.core.planning;

import dev.backload.core.log.SetType;
import dev.backload.core.log.TrainingSet;
import dev.backload.core.triage.CheckIn;
import dev.backload.core.triage.LegSymptoms;
import dev.backload.core.triage.Onset;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A lifter's timeline for the scenario tests: what they lift, when the pain began, their check-ins
 * and how each session felt. Day 0 is Monday 2024-01-01; every method returns this lifter.
 */
final class Lifter {
  static final LocalDate DAY_0 = LocalDate.of(2024, 1, 1);

  private final List<TrainingSet> log = new ArrayList<>();
  private final List<Episode> episodes = new ArrayList<>();
  private final List<EpisodeCheckIn> checkIns = new ArrayList<>();
  private final List<MonitoredSession> sessions = new ArrayList<>();
  private final List<Assessment> assessments = new ArrayList<>();
  private Screen screen = Screen.NONE;

  static LocalDate day(int n) {
    return DAY_0.plusDays(n);
  }

  /** Trains a lift every Monday and Thursday from day {@code from} to day {@code to} inclusive. */
  Lifter mondaysAndThursdays(int from, int to, String exercise, double kg, int sets, int reps) {
    for (int d = from; d <= to; d++) {
      DayOfWeek weekday = day(d).getDayOfWeek();
      if (weekday == DayOfWeek.MONDAY || weekday == DayOfWeek.THURSDAY) {
        lifts(d, exercise, kg, sets, reps, null);
      }
    }
    return this;
  }

  /** Logs working sets. */
  Lifter lifts(int d, String exercise, double kg, int sets, int reps, Double rpe) {
    for (int i = 0; i < sets; i++) {
      log.add(TrainingSet.of(day(d), "w" + d, exercise, SetType.WORKING, kg, reps, rpe, null));
    }
    return this;
  }

  Lifter painBegins(int d) {
    episodes.add(Episode.open(day(d)));
    return this;
  }

  Lifter episodeClosesOn(int d) {
    Episode open = episodes.remove(episodes.size() - 1);
    episodes.add(new Episode(open.onset(), day(d)));
    return this;
  }

  Lifter checksIn(int d, CheckIn checkIn) {
    return checksIn(EpisodeCheckIn.of(day(d), checkIn));
  }

  Lifter checksIn(int d, CheckIn checkIn, int hingeTestPain) {
    return checksIn(EpisodeCheckIn.of(day(d), checkIn).withHingeTest(hingeTestPain));
  }

  Lifter checksIn(EpisodeCheckIn checkIn) {
    checkIns.add(checkIn);
    return this;
  }

  /** Records an assessment on day {@code d}, after the check-ins of that day so far. */
  Lifter assessed(int d, AssessmentOutcome outcome) {
    return assessed(d, outcome, outcome == AssessmentOutcome.CLEARED_WITH_LIMITS ? "limits" : null);
  }

  /** Records an assessment with its limits on day {@code d}, after that day's check-ins so far. */
  Lifter assessed(int d, AssessmentOutcome outcome, String limits) {
    int before = (int) checkIns.stream().filter(c -> c.date().equals(day(d))).count();
    assessments.add(new Assessment(day(d), before, "physiotherapist", outcome, limits));
    return this;
  }

  Lifter screen(Screen value) {
    this.screen = value;
    return this;
  }

  /** Follows a prescription as written, without RPE, and records the pain answers. */
  Lifter trains(int d, Prescription p, int baseline, int during, Integer nextMorning) {
    return trains(d, p, null, baseline, during, nextMorning);
  }

  /** Follows a prescription as written and records its RPE and the pain answers. */
  Lifter trains(int d, Prescription p, Double rpe, int baseline, int during, Integer nextMorning) {
    if (p.variation() != null) {
      lifts(d, p.exercise(), p.loadKg(), p.sets(), p.reps(), rpe);
    }
    sessions.add(MonitoredSession.followed(day(d), p, rpe, baseline, during, nextMorning));
    return this;
  }

  /** Lifts a dose of the lifter's own choosing and records the pain answers. */
  Lifter trains(int d, Dose dose, Double rpe, int baseline, int during, Integer nextMorning) {
    if (dose.variation() != null) {
      lifts(d, dose.exercise(), dose.loadKg(), dose.sets(), dose.reps(), rpe);
    }
    sessions.add(new MonitoredSession(day(d), dose, rpe, baseline, during, nextMorning));
    return this;
  }

  /**
   * Logs working sets by hand (not from the plan) and records the pain answers of the session as
   * the log shows it ({@link MonitoredSession#fromLog}).
   */
  Lifter logsAndAnswers(
      int d, String exercise, double kg, int sets, int reps, Double rpe, int base, int during) {
    lifts(d, exercise, kg, sets, reps, rpe);
    sessions.add(
        MonitoredSession.fromLog(
                day(d),
                dev.backload.core.log.HingeVariation.of(exercise).orElseThrow(),
                log,
                base,
                during,
                base)
            .orElseThrow());
    return this;
  }

  /** Records a session with its answers as given (a missing baseline included). */
  Lifter answers(MonitoredSession session) {
    sessions.add(session);
    return this;
  }

  /** A session that stays green: pain 1 before, 2 during, 1 the next morning. */
  Lifter green(int d, Plan plan) {
    return trains(d, plan.prescription(), 1, 2, 1);
  }

  /** A red session: pain 6 during. */
  Lifter red(int d, Plan plan) {
    return trains(d, plan.prescription(), 1, 6, 1);
  }

  /** An amber session: pain 4 during. */
  Lifter amber(int d, Plan plan) {
    return trains(d, plan.prescription(), 1, 4, 1);
  }

  /** Plans on each day and trains the prescription green. */
  Lifter greenOn(int... days) {
    for (int d : days) {
      green(d, planOn(d));
    }
    return this;
  }

  /** Answers the next-morning question of the session on day {@code d}. */
  Lifter wakes(int d, int pain) {
    for (int i = 0; i < sessions.size(); i++) {
      if (sessions.get(i).date().equals(day(d))) {
        sessions.set(i, sessions.get(i).withNextMorning(pain));
      }
    }
    return this;
  }

  PlannerInput input(int d) {
    return PlannerInput.builder(day(d))
        .log(log)
        .episodes(episodes)
        .checkIns(checkIns)
        .monitoring(sessions)
        .screen(screen)
        .assessments(assessments)
        .build();
  }

  Plan planOn(int d) {
    return Planner.plan(input(d));
  }

  // ---- check-ins by the disposition the rulebook gives them ----

  /** Normal training soreness: TRAIN. */
  static CheckIn soreness(int painNow) {
    return CheckIn.builder(painNow).onset(Onset.NEXT_DAY).build();
  }

  /** Pain that began during a lift: MODIFY (M4). */
  static CheckIn duringLift(int painNow) {
    return CheckIn.builder(painNow).onset(Onset.DURING_LIFT).build();
  }

  /** Pain travelling below the knee in one leg: SEE_PHYSIO (P2). */
  static CheckIn oneLegBelowKnee(int painNow) {
    return CheckIn.builder(painNow).leg(LegSymptoms.ONE_LEG_BELOW_KNEE).build();
  }

  /** Pain, tingling or numbness in both legs: EMERGENCY (E5). */
  static CheckIn bothLegs(int painNow) {
    return CheckIn.builder(painNow).leg(LegSymptoms.BOTH_LEGS).build();
  }

  /** Night pain not eased by rest: URGENT (U4). */
  static CheckIn nightPain(int painNow) {
    return CheckIn.builder(painNow).nightPain(true).build();
  }
}
