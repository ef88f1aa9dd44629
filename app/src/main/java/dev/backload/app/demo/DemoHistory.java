package dev.backload.app.demo;

import dev.backload.app.log.TrainingLog.NewSet;
import dev.backload.core.log.HingeVariation;
import dev.backload.core.log.SetType;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo lifter's training history: about four months of a three-day programme with deadlifts
 * climbing steadily (trap-bar pulls on Fridays in the first month, Romanian deadlifts after), a
 * week of much more deadlift volume with sessions close together, a flare-up during the last heavy
 * set ten days ago, a week without deadlifts and a careful restart with the trap bar three days ago
 * and yesterday. The check-ins carry the hinge test and where the pain began, so the plan shows the
 * staged return at stage 2.
 *
 * <p>The same every time for the same "today", and the same story on every day of the week: the
 * weekly programme runs on weekdays, but everything from the flare on is placed relative to today,
 * so yesterday's restart session always leaves its next-morning question open.
 */
final class DemoHistory {
  static final int WEEKS = 17;

  /** Days before today on which the back flared up during a heavy set. */
  static final int FLARE_DAYS_AGO = 10;

  /**
   * Days after the flare of the trap-bar restart sessions: three days ago and yesterday (whose next
   * morning, today, is still to be answered, inside the {@link
   * dev.backload.app.monitoring.MorningChecks#PENDING_WINDOW_DAYS pending window}).
   */
  static final List<Integer> RESTART_DAYS = List.of(FLARE_DAYS_AGO - 3, FLARE_DAYS_AGO - 1);

  /**
   * A workout of the demo history.
   *
   * @param date the day
   * @param name the workout's name
   * @param sets its sets in order
   */
  record DemoWorkout(LocalDate date, String name, List<NewSet> sets) {}

  /** Pain answers for the deadlift session on a date (planner.md section 1). */
  record DemoAnswers(LocalDate date, Integer baseline, Integer during, Integer nextMorning) {}

  /**
   * A check-in as the lifter gave it: triage.md input fields, and the optional planner context in
   * its JSON form ({@code plannerContext} of {@code POST /api/v1/checkins}), empty when none.
   */
  record DemoCheckIn(
      LocalDate date, Map<String, Object> fields, Map<String, Object> plannerContext) {}

  /** Weeks at the start of the history in which Friday's hinge is the trap bar. */
  static final int TRAP_BAR_WEEKS = 4;

  private DemoHistory() {}

  /**
   * The answers after deadlift sessions: easy before the flare, red on the day it flared, then
   * green and amber sessions on the restart; the latest session's next morning is left for the
   * person to answer, so the demo shows a pending question.
   */
  static List<DemoAnswers> monitoring(LocalDate today) {
    LocalDate flare = today.minusDays(FLARE_DAYS_AGO);
    List<DemoAnswers> answers = new ArrayList<>();
    List<DemoWorkout> hingeDays =
        workouts(today).stream()
            .filter(w -> w.sets().stream().anyMatch(s -> HingeVariation.isHinge(s.exercise())))
            .toList();
    for (DemoWorkout w : hingeDays) {
      long fromFlare = w.date().toEpochDay() - flare.toEpochDay();
      if (fromFlare < -14) {
        continue;
      }
      if (fromFlare < 0) {
        answers.add(new DemoAnswers(w.date(), 1, 1, 1));
      } else if (fromFlare == 0) {
        answers.add(new DemoAnswers(w.date(), 0, 7, 6));
      } else if (w.date().plusDays(1).isBefore(today)) {
        int step = answers.size() % 2;
        answers.add(new DemoAnswers(w.date(), 2, 2 + step, 2));
      } else {
        answers.add(new DemoAnswers(w.date(), 2, 3, null)); // next morning still to answer
      }
    }
    return answers;
  }

  /**
   * The flare-up's check-ins: from a sharp one-sided pain that stopped the last set to nearly
   * settled, with the broomstick hinge test getting easier (two good days in a row on days 6 and 7
   * end stage 1 of the staged return).
   */
  static List<DemoCheckIn> checkIns(LocalDate today) {
    LocalDate flare = today.minusDays(FLARE_DAYS_AGO);
    List<DemoCheckIn> checkIns = new ArrayList<>();
    Map<String, Object> first = new LinkedHashMap<>();
    first.put("painNow", 6);
    first.put("painDuringSession", 7);
    first.put("onset", "DURING_LIFT");
    first.put("quality", List.of("SHARP", "TIGHTNESS"));
    first.put("location", "ONE_SIDE");
    first.put("stoppedSet", true);
    first.put("movementEffect", "WORSENS");
    Map<String, Object> start = new LinkedHashMap<>();
    start.put("setNumber", 3);
    start.put("setsInSession", 3);
    start.put("repNumber", 3);
    start.put("repsInSet", 5);
    Map<String, Object> firstContext = new LinkedHashMap<>();
    firstContext.put("sleepHours", 6.5);
    firstContext.put("stress", 4);
    firstContext.put("painStart", start);
    checkIns.add(new DemoCheckIn(flare, first, firstContext));
    // Day after the flare, pain at rest, broomstick hinge test pain.
    int[][] later = {{1, 5, 6}, {3, 4, 4}, {5, 3, 3}, {6, 2, 2}, {7, 2, 1}, {9, 2, 1}};
    for (int[] dayAndPain : later) {
      Map<String, Object> fields = new LinkedHashMap<>();
      fields.put("painNow", dayAndPain[1]);
      fields.put("quality", List.of("TIGHTNESS"));
      fields.put("location", "ONE_SIDE");
      fields.put("movementEffect", dayAndPain[0] <= 1 ? "NO_CHANGE" : "EASES");
      if (dayAndPain[0] <= 3) {
        fields.put("dailyLife", List.of("BENDING"));
      }
      Map<String, Object> context = new LinkedHashMap<>();
      context.put("hingeTestPain", dayAndPain[2]);
      checkIns.add(new DemoCheckIn(flare.plusDays(dayAndPain[0]), fields, context));
    }
    return checkIns;
  }

  static List<DemoWorkout> workouts(LocalDate today) {
    LocalDate flare = today.minusDays(FLARE_DAYS_AGO);
    LocalDate start = today.minusWeeks(WEEKS).with(DayOfWeek.MONDAY);
    List<DemoWorkout> workouts = new ArrayList<>();
    int week = 0;
    for (LocalDate monday = start; !monday.isAfter(today); monday = monday.plusWeeks(1), week++) {
      double deadlift = 140 + 2.5 * week; // steady progress
      // The week before the flare's week: much more deadlift volume, sessions closer together.
      boolean spikeWeek = !monday.plusWeeks(1).isAfter(flare) && monday.plusWeeks(2).isAfter(flare);
      for (LocalDate day = monday; day.isBefore(monday.plusWeeks(1)); day = day.plusDays(1)) {
        if (day.isAfter(today)) {
          break;
        }
        DayOfWeek dow = day.getDayOfWeek();
        boolean afterFlare = day.isAfter(flare);
        long daysSinceFlare = day.toEpochDay() - flare.toEpochDay();
        if (day.equals(flare)) {
          workouts.add(new DemoWorkout(day, "Heavy pulls", flareSession(deadlift)));
        } else if (afterFlare && RESTART_DAYS.contains((int) daysSinceFlare)) {
          workouts.add(
              new DemoWorkout(day, "Easy trap bar", trapBarRestart(deadlift, daysSinceFlare)));
        } else if (dow == DayOfWeek.MONDAY) {
          workouts.add(new DemoWorkout(day, "Squat and bench", squatBench(week)));
        } else if (dow == DayOfWeek.WEDNESDAY && !afterFlare) {
          workouts.add(new DemoWorkout(day, "Deadlift day", deadliftDay(deadlift, spikeWeek)));
        } else if (dow == DayOfWeek.FRIDAY && !afterFlare) {
          workouts.add(new DemoWorkout(day, "Full body", fullBody(week, spikeWeek, deadlift)));
        }
      }
    }
    return workouts;
  }

  private static List<NewSet> squatBench(int week) {
    List<NewSet> sets = new ArrayList<>();
    double squat = 110 + 2.5 * week;
    double bench = 80 + 1.25 * week;
    sets.add(set("Squat (Barbell)", SetType.WARMUP, 60, 5, null));
    for (int i = 0; i < 5; i++) {
      sets.add(set("Squat (Barbell)", SetType.WORKING, squat, 5, i < 4 ? 7.0 : 8.0));
    }
    for (int i = 0; i < 5; i++) {
      sets.add(set("Bench Press (Barbell)", SetType.WORKING, bench, 5, 7.5));
    }
    for (int i = 0; i < 3; i++) {
      sets.add(set("Bent Over Row (Barbell)", SetType.WORKING, 70, 8, null));
    }
    return sets;
  }

  private static List<NewSet> deadliftDay(double load, boolean spike) {
    List<NewSet> sets = new ArrayList<>();
    sets.add(set("Deadlift (Barbell)", SetType.WARMUP, 60, 5, null));
    sets.add(set("Deadlift (Barbell)", SetType.WARMUP, 100, 3, null));
    int working = spike ? 5 : 3;
    for (int i = 0; i < working; i++) {
      sets.add(
          set(
              "Deadlift (Barbell)",
              SetType.WORKING,
              load,
              5,
              spike ? 8.5 : 7.5 + 0.5 * Math.min(i, 1)));
    }
    for (int i = 0; i < 3; i++) {
      sets.add(set("Overhead Press (Barbell)", SetType.WORKING, 50, 6, null));
    }
    return sets;
  }

  private static List<NewSet> fullBody(int week, boolean spike, double deadlift) {
    List<NewSet> sets = new ArrayList<>();
    if (week < TRAP_BAR_WEEKS) {
      for (int i = 0; i < 3; i++) {
        sets.add(set("Trap Bar Deadlift", SetType.WORKING, deadlift - 10, 5, 7.0));
      }
    } else {
      double rdl = 90 + 2.5 * week;
      int rdlSets = spike ? 5 : 3;
      for (int i = 0; i < rdlSets; i++) {
        sets.add(set("Romanian Deadlift (Barbell)", SetType.WORKING, rdl, 8, spike ? 8.5 : 7.0));
      }
    }
    for (int i = 0; i < 3; i++) {
      sets.add(set("Front Squat (Barbell)", SetType.WORKING, 80, 5, null));
      sets.add(set("Pull Up", SetType.WORKING, 0, 8, null));
    }
    return sets;
  }

  /** The session in which the back flared: the last heavy set fell short. */
  private static List<NewSet> flareSession(double load) {
    List<NewSet> sets = new ArrayList<>();
    sets.add(set("Deadlift (Barbell)", SetType.WARMUP, 60, 5, null));
    sets.add(set("Deadlift (Barbell)", SetType.WARMUP, 100, 3, null));
    sets.add(set("Deadlift (Barbell)", SetType.WORKING, load, 5, 8.5));
    sets.add(set("Deadlift (Barbell)", SetType.WORKING, load, 5, 9.0));
    NewSet last = set("Deadlift (Barbell)", SetType.WORKING, load, 2, 9.5);
    sets.add(
        new NewSet(
            last.exercise(),
            last.setType(),
            last.weightKg(),
            last.reps(),
            last.rpe(),
            "Sharp twinge low on the left at rep 3, stopped the set"));
    return sets;
  }

  /**
   * The restart: trap bar from high handles at about half the pre-flare load, a little more each
   * time.
   */
  private static List<NewSet> trapBarRestart(double preFlare, long daysSinceFlare) {
    double load = Math.round(preFlare * (0.5 + 0.02 * (daysSinceFlare - 7)) / 2.5) * 2.5;
    List<NewSet> sets = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      sets.add(set("Trap Bar Deadlift", SetType.WORKING, load, 5, 6.0));
    }
    for (int i = 0; i < 3; i++) {
      sets.add(set("Side Plank", SetType.WORKING, 0, 1, null));
    }
    return sets;
  }

  private static NewSet set(String exercise, SetType type, double kg, int reps, Double rpe) {
    return new NewSet(exercise, type, kg, reps, rpe, null);
  }
}
