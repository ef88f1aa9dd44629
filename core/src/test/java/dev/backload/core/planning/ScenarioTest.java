package dev.backload.core.planning;

import static dev.backload.core.planning.Lifter.bothLegs;
import static dev.backload.core.planning.Lifter.day;
import static dev.backload.core.planning.Lifter.duringLift;
import static dev.backload.core.planning.Lifter.oneLegBelowKnee;
import static dev.backload.core.planning.Lifter.soreness;
import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.core.triage.CheckIn;
import dev.backload.core.triage.Disposition;
import dev.backload.core.triage.Finding;
import dev.backload.core.triage.Onset;
import dev.backload.core.triage.PainLocation;
import dev.backload.core.triage.PainQuality;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Whole timelines: workouts, check-ins and next-morning answers over several weeks, with the mode,
 * stage, zone and prescription the planner gives at each step. Every lifter deadlifts 3 x 5 on
 * Mondays and Thursdays for four weeks first (days 0 to 27, day 0 Monday 2024-01-01).
 */
class ScenarioTest {

  private static Lifter steadyLifter(double kg) {
    return new Lifter().mondaysAndThursdays(0, 27, "Deadlift (Barbell)", kg, 3, 5);
  }

  /** Asserts the mode, stage, exercise, range and load of a plan, and returns it. */
  private static Plan expect(
      Plan plan, Mode mode, Stage stage, String exercise, Range range, double kg) {
    assertThat(plan.mode()).as("mode").isEqualTo(mode);
    assertThat(plan.stage()).as("stage").isEqualTo(stage);
    assertThat(plan.prescription().exercise()).as("exercise").isEqualTo(exercise);
    assertThat(plan.prescription().range()).as("range").isEqualTo(range);
    assertThat(plan.prescription().loadKg()).as("load").isEqualTo(kg);
    return plan;
  }

  private static Zone lastZone(Plan plan) {
    return plan.zoneHistory().get(plan.zoneHistory().size() - 1).zone();
  }

  @Test
  void aFlareThatSettlesInAWeek() {
    Lifter lifter =
        steadyLifter(140)
            .lifts(28, "Deadlift (Barbell)", 150, 3, 5, null)
            .painBegins(28)
            .checksIn(
                EpisodeCheckIn.of(day(29), duringLift(4))
                    .withOnsetDetails(PainStart.inSet(3, 3), Set.of()));

    // Day 29: MODIFY -> adjusted training, 15% off the 150 kg top set of the day the pain began.
    Plan plan = expect(lifter.planOn(29), Mode.ADJUSTED, null, "Deadlift", Range.FLOOR, 127.5);
    assertThat(plan.prescription().sets()).isEqualTo(3);
    assertThat(plan.prescription().rpeCap()).isEqualTo(7.0);
    assertThat(plan.prescription().adjustments())
        .extracting(Adjustment::kind)
        .containsExactly(AdjustmentKind.REDUCE_LOAD, AdjustmentKind.TRUNK_ENDURANCE);
    assertThat(plan.triage().disposition()).isEqualTo(Disposition.MODIFY);
    assertThat(plan.attribution())
        .extracting(Attribution::factor)
        .containsExactly(LimiterFactor.SESSION_FATIGUE);
    assertThat(plan.attribution().get(0).evidence())
        .isEqualTo(
            "The pain began in set 3 of 3, in the last third of the session; fatigue late"
                + " in a session may have contributed.");

    // Day 31: trains it, green the next morning -> about 7.5% more.
    lifter.trains(31, plan.prescription(), 3, 3, null);
    plan = lifter.planOn(31);
    assertThat(lastZone(plan)).isEqualTo(Zone.PENDING);
    assertThat(plan.recommends(RecommendationKind.ANSWER_NEXT_MORNING)).isTrue();
    expect(plan, Mode.ADJUSTED, null, "Deadlift", Range.FLOOR, 127.5);
    lifter.wakes(31, 2);
    plan = expect(lifter.planOn(32), Mode.ADJUSTED, null, "Deadlift", Range.FLOOR, 137.5);
    assertThat(lastZone(plan)).isEqualTo(Zone.GREEN);

    // Day 33: ordinary soreness now (TRAIN) -> back to the programme; the last top set shown.
    lifter.checksIn(33, soreness(1));
    plan = expect(lifter.planOn(33), Mode.AS_PLANNED, null, "Deadlift", Range.FLOOR, 127.5);
    assertThat(plan.prescription().rpeCap()).isNull();
    assertThat(plan.prescription().adjustments()).isEmpty();

    // Day 35: the episode is closed -> as planned, no attribution.
    lifter.episodeClosesOn(35);
    plan = lifter.planOn(35);
    assertThat(plan.mode()).isEqualTo(Mode.AS_PLANNED);
    assertThat(plan.attribution()).isEmpty();
    assertThat(plan.attributionSummary()).isNull();
    assertThat(plan.triage()).isNull();
  }

  @Test
  void aStagedReturnThatTurnsRedTwiceAndDropsAStage() {
    Lifter lifter =
        steadyLifter(140)
            .painBegins(28)
            .checksIn(
                29,
                CheckIn.builder(3)
                    .onset(Onset.DURING_LIFT)
                    .quality(PainQuality.SHARP)
                    .stoppedSet(true)
                    .build(),
                3);

    // SEE_PHYSIO (P3), rest pain 3, hinge test 3 -> stage 2 at 55% of 140 kg.
    Plan plan = lifter.planOn(29);
    assertThat(plan.triage().disposition()).isEqualTo(Disposition.SEE_PHYSIO);
    expect(plan, Mode.STAGED_RETURN, Stage.REPATTERN, "Block pull", Range.KNEE_BLOCKS, 77.5);
    assertThat(plan.prescription().tempo()).isEqualTo("lower over 3 seconds, no bounce");
    assertThat(plan.stageProgress().targetKg()).isEqualTo(90.0);
    assertThat(plan.recommends(RecommendationKind.BOOK_ASSESSMENT)).isTrue();

    // Stage 2: green, green, green, green at 95 (1 of 2 at the 90 kg exit load), amber at 102.5.
    double[] loads = {77.5, 82.5, 87.5, 95, 102.5};
    int[] days = {31, 35, 38, 42, 45};
    for (int i = 0; i < loads.length; i++) {
      plan =
          expect(
              lifter.planOn(days[i]),
              Mode.STAGED_RETURN,
              Stage.REPATTERN,
              "Block pull",
              Range.KNEE_BLOCKS,
              loads[i]);
      lifter.trains(days[i], plan.prescription(), 2, i == 4 ? 4 : 2, 2);
    }
    assertThat(lifter.planOn(44).stageProgress().status()).isEqualTo("1 of 2 so far.");

    // Stage 3 from day 45: blocks just below the knee at 65% (90 kg).
    plan =
        expect(
            lifter.planOn(49),
            Mode.STAGED_RETURN,
            Stage.REBUILD_RANGE,
            "Block pull",
            Range.BELOW_KNEE_BLOCKS,
            90);
    assertThat(plan.prescription().rpeCap()).isEqualTo(7.0);

    // Red: pain during 6. Next time: nothing earlier in stage 3 to go back to -> 10% less.
    lifter.trains(49, plan.prescription(), 2, 6, 3);
    plan =
        expect(
            lifter.planOn(52),
            Mode.STAGED_RETURN,
            Stage.REBUILD_RANGE,
            "Block pull",
            Range.BELOW_KNEE_BLOCKS,
            80);
    assertThat(lastZone(plan)).isEqualTo(Zone.RED);

    // Red again, this time by the weekly trend only: mornings average 3 against last week's 2.
    lifter.trains(52, plan.prescription(), 3, 3, 3);
    plan = lifter.planOn(53);
    assertThat(plan.zoneHistory().get(plan.zoneHistory().size() - 1).why())
        .isEqualTo("Next-morning pain this week averages 3.0/10, 1.0 above last week's 2.0.");
    expect(plan, Mode.STAGED_RETURN, Stage.REPATTERN, "Block pull", Range.KNEE_BLOCKS, 77.5);
    assertThat(plan.recommendations())
        .filteredOn(r -> r.kind() == RecommendationKind.BOOK_ASSESSMENT)
        .hasSize(2);
    assertThat(plan.stageProgress().since()).isEqualTo(day(52));

    // 14 days after the last step forward (day 45) with no progress -> an assessment again.
    assertThat(lifter.planOn(58).recommendations())
        .filteredOn(r -> r.kind() == RecommendationKind.BOOK_ASSESSMENT)
        .hasSize(2);
    assertThat(lifter.planOn(59).recommendations())
        .filteredOn(r -> r.kind() == RecommendationKind.BOOK_ASSESSMENT)
        .hasSize(3);
  }

  @Test
  void aReturnAfterSixWeeksOff() {
    Lifter lifter = steadyLifter(140); // last deadlift on day 24, a Thursday

    // Day 66: 42 days off -> 70% of 140 kg, rebuilding over 3 weeks.
    Plan plan = expect(lifter.planOn(66), Mode.ADJUSTED, null, "Deadlift", Range.FLOOR, 97.5);
    assertThat(plan.prescription().adjustments().get(0))
        .isEqualTo(
            new Adjustment(
                AdjustmentKind.REDUCE_LOAD,
                "After 42 days without deadlifts, start at about 70% of your previous working"
                    + " weight and build back to it over 3 weeks."));
    assertThat(plan.attribution()).isEmpty();
    assertThat(plan.attributionSummary()).isNull();

    // Green sessions climb by 7.5% but never above the day's share of 140 kg (rounded down).
    int[] days = {66, 70, 73, 77, 80, 84};
    double[] loads = {97.5, 105, 110, 117.5, 125, 132.5};
    for (int i = 0; i < days.length; i++) {
      plan = expect(lifter.planOn(days[i]), Mode.ADJUSTED, null, "Deadlift", Range.FLOOR, loads[i]);
      lifter.green(days[i], plan);
    }
    // Day 87: the three weeks are over -> as planned, the last top set for reference.
    plan = expect(lifter.planOn(87), Mode.AS_PLANNED, null, "Deadlift", Range.FLOOR, 132.5);
    assertThat(plan.zoneHistory()).hasSize(6).allMatch(s -> s.zone() == Zone.GREEN);
  }

  @Test
  void aVolumeSpikeFollowedBySoreness() {
    Lifter lifter = steadyLifter(140);
    for (int d : new int[] {28, 30, 32}) {
      lifter.lifts(d, "Deadlift (Barbell)", 140, 5, 5, null); // 10500 kg against 4200: +150%
    }
    // No symptoms yet: the spike alone means adjusted training, a third fewer sets.
    Plan plan = expect(lifter.planOn(35), Mode.ADJUSTED, null, "Deadlift", Range.FLOOR, 140);
    assertThat(plan.prescription().sets()).isEqualTo(2);
    assertThat(plan.prescription().adjustments().get(0))
        .isEqualTo(
            new Adjustment(
                AdjustmentKind.REDUCE_SETS,
                "About a third fewer sets: your deadlift volume in the week of 2024-01-29 was 150%"
                    + " above the week before."));

    // Sore since the day after the last big session; the check-in knows the +150% (M8): MODIFY.
    lifter
        .painBegins(33)
        .checksIn(
            35,
            CheckIn.builder(3)
                .onset(Onset.NEXT_DAY)
                .quality(PainQuality.DULL_ACHE)
                .location(PainLocation.BOTH_SIDES)
                .context(new CheckIn.TrainingContext(150.0, null))
                .build());
    plan = expect(lifter.planOn(35), Mode.ADJUSTED, null, "Deadlift", Range.FLOOR, 120);
    assertThat(plan.triage().findings()).extracting(Finding::rule).containsExactly("M8");
    assertThat(plan.prescription().sets()).isEqualTo(2);
    assertThat(plan.prescription().adjustments())
        .extracting(Adjustment::kind)
        .containsExactly(
            AdjustmentKind.REDUCE_LOAD, AdjustmentKind.REDUCE_SETS, AdjustmentKind.TRUNK_ENDURANCE);
    assertThat(plan.attribution().get(0).factor()).isEqualTo(LimiterFactor.LOAD_SPIKE);
    assertThat(plan.attribution().get(0).evidence())
        .startsWith(
            "Your deadlift volume in the week of 2024-01-29 was 150% above the week" + " before")
        .endsWith("; this came before the pain began on 2024-02-03 and may have contributed.");

    // Day 36 green -> 7.5% more, still two sets.
    lifter.trains(36, plan.prescription(), 3, 2, 2);
    plan = expect(lifter.planOn(38), Mode.ADJUSTED, null, "Deadlift", Range.FLOOR, 130);
    assertThat(plan.prescription().sets()).isEqualTo(2);

    // Day 38 soreness is gone (TRAIN): the spike week is last week, so still adjusted.
    lifter.checksIn(38, soreness(1));
    plan = expect(lifter.planOn(38), Mode.ADJUSTED, null, "Deadlift", Range.FLOOR, 130);
    assertThat(plan.prescription().adjustments())
        .extracting(Adjustment::kind)
        .containsExactly(AdjustmentKind.REDUCE_SETS, AdjustmentKind.TRUNK_ENDURANCE);

    // Day 42, a new week: nothing calls for a change.
    lifter.trains(39, plan.prescription(), 1, 1, 1);
    expect(lifter.planOn(42), Mode.AS_PLANNED, null, "Deadlift", Range.FLOOR, 130);
  }

  @Test
  void legSymptomsStopThePlanAtTheScreenAndLaterStartAStagedReturn() {
    Lifter lifter = steadyLifter(140).painBegins(28).checksIn(29, bothLegs(5));

    Plan plan = lifter.planOn(29);
    assertThat(plan.mode()).isEqualTo(Mode.STOP);
    assertThat(plan.stage()).isEqualTo(Stage.SCREEN);
    assertThat(plan.prescription()).isNull();
    assertThat(plan.triage().disposition()).isEqualTo(Disposition.EMERGENCY);
    assertThat(plan.triage().findings()).extracting(Finding::rule).containsExactly("E5");
    assertThat(plan.triage().safetyNet()).isNotBlank();
    assertThat(plan.triage().actions()).isNotEmpty();
    assertThat(plan.recommends(RecommendationKind.SEEK_CARE)).isTrue();
    assertThat(plan.stageProgress().since()).isEqualTo(day(29));

    // Seen and cleared; now pain below the knee in one leg only (SEE_PHYSIO), rest pain 4 ->
    // stage 1.
    lifter.assessed(32, AssessmentOutcome.CLEARED_TO_TRAIN).checksIn(33, oneLegBelowKnee(4));
    plan =
        expect(
            lifter.planOn(33),
            Mode.STAGED_RETURN,
            Stage.SETTLE,
            "Dowel hip hinge",
            Range.COMFORTABLE,
            0);
    assertThat(plan.prescription().variation()).isNull();
    assertThat(plan.prescription().accessories())
        .extracting(Accessory::name)
        .contains("Walking", "Bird dog", "Side plank", "Curl-up", "Dead bug");
    assertThat(plan.recommends(RecommendationKind.BOOK_ASSESSMENT)).isTrue();
    assertThat(plan.recommends(RecommendationKind.RECORD_HINGE_TEST)).isTrue();

    // Two settled days in a row (rest 2, hinge test 2 and 1) -> stage 2, at 45% because rest
    // pain reached 5 in this episode.
    lifter.checksIn(34, soreness(2), 2);
    assertThat(lifter.planOn(34).stageProgress().status()).isEqualTo("1 of 2 days so far.");
    lifter.checksIn(35, soreness(2), 1);
    plan =
        expect(
            lifter.planOn(35),
            Mode.STAGED_RETURN,
            Stage.REPATTERN,
            "Block pull",
            Range.KNEE_BLOCKS,
            62.5);
    assertThat(plan.prescription().reasons())
        .contains(
            "A start at 45% of your pre-flare working weight, lower because pain at rest"
                + " reached 5/10.");

    // Both legs again later in the episode: stopped again.
    lifter.checksIn(36, bothLegs(3));
    assertThat(lifter.planOn(36).mode()).isEqualTo(Mode.STOP);
  }

  @Test
  void aLifterWithoutRpeDataGoesAllTheWayBack() {
    Lifter lifter =
        new Lifter()
            .mondaysAndThursdays(0, 27, "Deadlift", 100, 3, 5)
            .painBegins(28)
            .checksIn(29, oneLegBelowKnee(2), 1);

    record Step(int day, Stage stage, String exercise, Range range, double kg) {}
    Step[] steps = {
      new Step(31, Stage.REPATTERN, "Block pull", Range.KNEE_BLOCKS, 55),
      new Step(35, Stage.REPATTERN, "Block pull", Range.KNEE_BLOCKS, 60),
      new Step(38, Stage.REPATTERN, "Block pull", Range.KNEE_BLOCKS, 65),
      new Step(42, Stage.REPATTERN, "Block pull", Range.KNEE_BLOCKS, 70),
      new Step(45, Stage.REBUILD_RANGE, "Block pull", Range.BELOW_KNEE_BLOCKS, 65),
      new Step(49, Stage.REBUILD_RANGE, "Block pull", Range.MID_SHIN_BLOCKS, 65),
      new Step(52, Stage.REBUILD_RANGE, "Deadlift", Range.FLOOR, 65),
      new Step(56, Stage.REBUILD_RANGE, "Deadlift", Range.FLOOR, 67.5),
      new Step(59, Stage.REBUILD_RANGE, "Deadlift", Range.FLOOR, 70),
      new Step(63, Stage.REBUILD_RANGE, "Deadlift", Range.FLOOR, 72.5),
      new Step(66, Stage.REBUILD_RANGE, "Deadlift", Range.FLOOR, 75),
      new Step(70, Stage.REBUILD_RANGE, "Deadlift", Range.FLOOR, 77.5),
      new Step(73, Stage.REBUILD_RANGE, "Deadlift", Range.FLOOR, 82.5),
      new Step(77, Stage.REBUILD_RANGE, "Deadlift", Range.FLOOR, 87.5),
      new Step(80, Stage.REBUILD_RANGE, "Deadlift", Range.FLOOR, 92.5),
      new Step(84, Stage.REBUILD_RANGE, "Deadlift", Range.FLOOR, 97.5),
      new Step(87, Stage.REBUILD_RANGE, "Deadlift", Range.FLOOR, 100),
      new Step(91, Stage.REBUILD_RANGE, "Deadlift", Range.FLOOR, 100),
      new Step(94, Stage.REBUILD_RANGE, "Deadlift", Range.FLOOR, 100),
      new Step(98, Stage.REBUILD_RANGE, "Deadlift", Range.FLOOR, 100),
      new Step(101, Stage.REBUILD_RANGE, "Deadlift", Range.FLOOR, 100),
    };
    for (Step step : steps) {
      Plan plan =
          expect(
              lifter.planOn(step.day()),
              Mode.STAGED_RETURN,
              step.stage(),
              step.exercise(),
              step.range(),
              step.kg());
      if (step.stage() == Stage.REBUILD_RANGE) {
        assertThat(plan.prescription().rpeCap()).isEqualTo(step.kg() < 100 ? 7.0 : 8.0);
        assertThat(plan.recommends(RecommendationKind.RECORD_RPE)).isEqualTo(step.day() > 45);
      }
      lifter.green(step.day(), plan);
    }
    // Two weeks at 100 kg from the floor (days 87 to 101), all green, RPE never recorded: the
    // load and pain parts of the test are met -> stage 4 at the pre-flare top set.
    Plan plan =
        expect(lifter.planOn(102), Mode.STAGED_RETURN, Stage.RETURN, "Deadlift", Range.FLOOR, 100);
    assertThat(plan.prescription().sets()).isEqualTo(3);
    assertThat(plan.prescription().reps()).isEqualTo(5);
    assertThat(plan.prescription().rpeCap()).isEqualTo(8.0);
    assertThat(plan.stageProgress().status())
        .isEqualTo(
            "Heavy singles (90% of your estimated max or more) from 2024-04-25 if every"
                + " session stays green or amber.");
    assertThat(day(115)).isEqualTo(LocalDate.of(2024, 4, 25));
    assertThat(lifter.planOn(115).prescription().rpeCap()).isNull();
    assertThat(lifter.planOn(129).recommends(RecommendationKind.CLOSE_EPISODE)).isTrue();
    assertThat(lifter.planOn(128).recommends(RecommendationKind.CLOSE_EPISODE)).isFalse();
  }
}
