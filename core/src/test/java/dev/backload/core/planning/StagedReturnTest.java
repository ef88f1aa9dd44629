package dev.backload.core.planning;

import static dev.backload.core.planning.Lifter.day;
import static dev.backload.core.planning.Lifter.oneLegBelowKnee;
import static dev.backload.core.planning.Lifter.soreness;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The staged return's entry, progress and exit rules (planner.md section 2). Pre-flare: 140 kg
 * conventional 3 x 5 on Mondays and Thursdays, days 0-27; the pain begins on day 28.
 */
class StagedReturnTest {
  private static final Dose BLOCKS_AT_90 = new Dose("Block pull", Range.KNEE_BLOCKS, 90, 3, 6);
  private static final Dose FLOOR_AT_140 = new Dose("Deadlift", Range.FLOOR, 140, 3, 5);

  private static Lifter lifter() {
    return new Lifter().mondaysAndThursdays(0, 27, "Deadlift", 140, 3, 5).painBegins(28);
  }

  /** A lifter in stage 3 since day 35, after two green block pulls at the 90 kg exit load. */
  private static Lifter inStage3() {
    return lifter()
        .checksIn(29, oneLegBelowKnee(2), 2)
        .trains(31, BLOCKS_AT_90, null, 1, 2, 1)
        .trains(35, BLOCKS_AT_90, null, 1, 2, 1);
  }

  @ParameterizedTest(name = "rest pain {0}, hinge test {1} -> {2}")
  @CsvSource({
    "3, 3, REPATTERN",
    "4, 3, SETTLE",
    "3, 4, SETTLE",
    "0, 0, REPATTERN",
    "10, 10, SETTLE"
  })
  void theStagedReturnStartsAtStage1AboveThreeOtherwiseAtStage2(int rest, int hinge, Stage stage) {
    assertThat(lifter().checksIn(29, oneLegBelowKnee(rest), hinge).planOn(29).stage())
        .isEqualTo(stage);
  }

  @Test
  void aMissingHingeTestIsAskedForUntilTheFirstStepForward() {
    Lifter lifter = lifter().checksIn(29, oneLegBelowKnee(3));
    Plan plan = lifter.planOn(29);
    assertThat(plan.stage()).isEqualTo(Stage.REPATTERN);
    assertThat(plan.recommends(RecommendationKind.RECORD_HINGE_TEST)).isTrue();
    lifter.trains(31, BLOCKS_AT_90, null, 1, 2, 1).trains(35, BLOCKS_AT_90, null, 1, 2, 1);
    plan = lifter.planOn(36);
    assertThat(plan.stage()).isEqualTo(Stage.REBUILD_RANGE);
    assertThat(plan.recommends(RecommendationKind.RECORD_HINGE_TEST)).isFalse();
  }

  @Test
  void stage1MovesOnAfterTwoSettledDaysInARow() {
    Lifter lifter = lifter().checksIn(29, oneLegBelowKnee(4), 4);
    assertThat(lifter.planOn(29).stageProgress().movesOnWhen())
        .isEqualTo(
            "Pain at rest 2/10 or less and the dowel hip-hinge test 2/10 or less, on 2 days in a"
                + " row.");
    lifter.checksIn(30, soreness(2), 2).checksIn(30, soreness(1), 1);
    assertThat(lifter.planOn(30).stageProgress().status()).isEqualTo("1 of 2 days so far.");
    assertThat(lifter.planOn(32).stageProgress().status()).isEqualTo("0 of 2 days so far.");
    lifter.checksIn(31, soreness(2), 2);
    Plan plan = lifter.planOn(31);
    assertThat(plan.stage()).isEqualTo(Stage.REPATTERN);
    assertThat(plan.stageProgress().since()).isEqualTo(day(31));
  }

  @Test
  void stage1NeedsConsecutiveDaysBothTestsAndTheHingeTestAnswered() {
    assertThat(
            lifter()
                .checksIn(29, oneLegBelowKnee(4), 4)
                .checksIn(30, soreness(2), 2)
                .checksIn(32, soreness(2), 2)
                .planOn(32)
                .stage())
        .as("a gap of a day")
        .isEqualTo(Stage.SETTLE);
    assertThat(
            lifter()
                .checksIn(29, oneLegBelowKnee(4), 4)
                .checksIn(30, soreness(2), 2)
                .checksIn(31, soreness(3), 2)
                .planOn(31)
                .stage())
        .as("rest pain 3")
        .isEqualTo(Stage.SETTLE);
    assertThat(
            lifter()
                .checksIn(29, oneLegBelowKnee(4), 4)
                .checksIn(30, soreness(2), 2)
                .checksIn(31, soreness(2), 3)
                .planOn(31)
                .stage())
        .as("hinge test 3")
        .isEqualTo(Stage.SETTLE);
    assertThat(
            lifter()
                .checksIn(29, oneLegBelowKnee(4), 4)
                .checksIn(30, soreness(2), 2)
                .checksIn(31, soreness(2))
                .planOn(31)
                .stage())
        .as("hinge test not answered")
        .isEqualTo(Stage.SETTLE);
    assertThat(
            lifter()
                .checksIn(29, oneLegBelowKnee(4), 4)
                .checksIn(30, soreness(2), 2)
                .checksIn(31, soreness(3), 2)
                .checksIn(32, soreness(2), 2)
                .planOn(32)
                .stageProgress()
                .status())
        .isEqualTo("1 of 2 days so far.");
  }

  @Test
  void deadliftsLoggedInStage1DoNotMoveTheStage() {
    Lifter lifter =
        lifter()
            .checksIn(29, oneLegBelowKnee(5), 5)
            .trains(30, FLOOR_AT_140, null, 1, 7, 3)
            .trains(31, FLOOR_AT_140, null, 1, 7, 3);
    Plan plan = lifter.planOn(32);
    assertThat(plan.stage()).isEqualTo(Stage.SETTLE);
    assertThat(plan.zoneHistory())
        .extracting(ZonedSession::zone)
        .containsExactly(Zone.RED, Zone.RED);
  }

  @Test
  void stage2StartsAt55PercentOr45AfterRestPainOfFive() {
    assertThat(lifter().checksIn(29, oneLegBelowKnee(3), 3).planOn(29).prescription().loadKg())
        .isEqualTo(77.5); // 0.55 * 140 = 77
    Lifter highPain =
        lifter().checksIn(29, Lifter.duringLift(5)).checksIn(30, oneLegBelowKnee(3), 3);
    assertThat(highPain.planOn(30).prescription().loadKg()).isEqualTo(62.5); // 0.45 * 140 = 63
    Lifter four = lifter().checksIn(29, Lifter.duringLift(4)).checksIn(30, oneLegBelowKnee(3), 3);
    assertThat(four.planOn(30).prescription().loadKg()).isEqualTo(77.5);
  }

  @Test
  void stage2KeepsTheHighHandlesAfterASessionLoggedFromTheFloor() {
    // A session read from the log cannot say the handles were high; stage 2 still prescribes them.
    Lifter lifter =
        new Lifter()
            .mondaysAndThursdays(0, 27, "Deadlift", 140, 3, 5)
            .lifts(26, "Trap Bar Deadlift", 160, 3, 5, null)
            .painBegins(28)
            .checksIn(29, oneLegBelowKnee(3), 3)
            .trains(31, new Dose("Trap Bar Deadlift", Range.FLOOR, 87.5, 3, 6), null, 1, 2, 1);
    Prescription p = lifter.planOn(32).prescription();
    assertThat(p.variation()).isEqualTo(dev.backload.core.log.HingeVariation.TRAP_BAR);
    assertThat(p.range()).isEqualTo(Range.HIGH_HANDLES);
    assertThat(p.loadKg()).isGreaterThan(87.5); // green: progressed
  }

  @Test
  void stage2UsesTheTrapBarWhenTheLifterHasOne() {
    Lifter lifter =
        new Lifter()
            .mondaysAndThursdays(0, 27, "Deadlift", 140, 3, 5)
            .lifts(26, "Trap Bar Deadlift", 160, 3, 5, null)
            .painBegins(28)
            .checksIn(29, oneLegBelowKnee(3), 3);
    Prescription p = lifter.planOn(29).prescription();
    assertThat(p.exercise()).isEqualTo("Trap bar deadlift");
    assertThat(p.range()).isEqualTo(Range.HIGH_HANDLES);
    assertThat(p.loadKg()).isEqualTo(87.5); // 0.55 * 160 = 88
    assertThat(p.sets()).isEqualTo(3);
    assertThat(p.reps()).isEqualTo(6);
    assertThat(p.rpeCap()).isEqualTo(6.0);
  }

  @Test
  void sumoPullersPullSumoFromTheBlocks() {
    Lifter lifter =
        new Lifter()
            .mondaysAndThursdays(0, 27, "Sumo Deadlift", 160, 3, 5)
            .painBegins(28)
            .checksIn(29, oneLegBelowKnee(3), 3);
    Prescription p = lifter.planOn(29).prescription();
    assertThat(p.exercise()).isEqualTo("Sumo block pull");
    assertThat(p.loadKg()).isEqualTo(87.5);
    lifter
        .trains(31, new Dose("Sumo block pull", Range.KNEE_BLOCKS, 105, 3, 6), null, 1, 2, 1)
        .trains(35, new Dose("Sumo block pull", Range.KNEE_BLOCKS, 105, 3, 6), null, 1, 2, 1);
    assertThat(lifter.planOn(36).prescription().exercise()).isEqualTo("Sumo block pull");
  }

  @Test
  void withoutAPreFlareLoadTheStagesStartFromTheEmptyBar() {
    Lifter lifter = new Lifter().painBegins(28).checksIn(29, oneLegBelowKnee(3), 3);
    Plan plan = lifter.planOn(29);
    assertThat(plan.prescription().loadKg()).isEqualTo(20.0);
    assertThat(plan.prescription().reasons())
        .contains(
            "No deadlifts are logged in the 4 weeks before the pain began, so start with the empty"
                + " bar and let your pain answers guide the weight.");
    assertThat(plan.stageProgress().targetKg()).isNull();
    assertThat(plan.stageProgress().movesOnWhen())
        .isEqualTo(
            "2 sessions in a row green or amber"
                + " (no pre-flare weight is logged, so the weight part is left out).");
    lifter.greenOn(31, 35);
    plan = lifter.planOn(36);
    assertThat(plan.stage()).isEqualTo(Stage.REBUILD_RANGE);
    assertThat(plan.prescription().loadKg()).isEqualTo(22.5); // the last load carries over
    assertThat(plan.prescription().rpeCap()).isEqualTo(7.0);
    assertThat(plan.stageProgress().targetKg()).isNull();
    lifter
        .trains(38, new Dose("Deadlift", Range.FLOOR, 30, 3, 5), 7.0, 1, 2, 1)
        .trains(45, new Dose("Deadlift", Range.FLOOR, 30, 3, 5), 7.0, 1, 2, 1);
    assertThat(lifter.planOn(45).prescription().loadKg()).isEqualTo(32.5); // +5%, no cap
    lifter.trains(52, new Dose("Deadlift", Range.FLOOR, 30, 3, 5), 7.0, 1, 2, 1);
    plan = lifter.planOn(53);
    assertThat(plan.stage()).isEqualTo(Stage.RETURN);
    assertThat(plan.prescription().loadKg()).isEqualTo(30.0); // the last dose, no pre-flare set
  }

  @Test
  void stage2NeedsTwoTolerableSessionsInARowAtTheExitLoad() {
    Dose blocksAt875 = new Dose("Block pull", Range.KNEE_BLOCKS, 87.5, 3, 6);
    Lifter lifter =
        lifter()
            .checksIn(29, oneLegBelowKnee(2), 2)
            .trains(31, blocksAt875, null, 1, 2, 1)
            .trains(35, BLOCKS_AT_90, null, 1, 4, 1);
    Plan plan = lifter.planOn(36);
    assertThat(plan.stage()).isEqualTo(Stage.REPATTERN);
    assertThat(plan.stageProgress().status()).isEqualTo("1 of 2 so far.");
    assertThat(plan.prescription().reasons())
        .contains("Your session on 2024-02-05 was amber: repeat it before adding anything.");
    assertThat(plan.prescription().loadKg()).isEqualTo(90.0);
    lifter.trains(38, BLOCKS_AT_90, null, 1, 4, 1);
    assertThat(lifter.planOn(38).stage()).isEqualTo(Stage.REBUILD_RANGE);
  }

  @Test
  void aPendingSessionIsRepeatedNotProgressed() {
    Lifter lifter = lifter().checksIn(29, oneLegBelowKnee(2), 2);
    lifter.trains(31, lifter.planOn(31).prescription(), 1, 2, null);
    Plan plan = lifter.planOn(32);
    assertThat(plan.prescription().loadKg()).isEqualTo(77.5);
    assertThat(plan.prescription().reasons())
        .contains(
            "Your session on 2024-02-01 still needs"
                + " its next-morning answer, so repeat it rather than add anything.");
    assertThat(plan.recommendations())
        .extracting(Recommendation::text)
        .contains(
            "Record how your back felt on waking after your session on 2024-02-01: the next step"
                + " depends on it.");
  }

  @Test
  void oneRedGoesBackToTheLastGreenOrAmberSession() {
    Lifter lifter = lifter().checksIn(29, oneLegBelowKnee(2), 2).greenOn(31, 35);
    lifter.red(38, lifter.planOn(38)); // 87.5 kg, red
    Plan plan = lifter.planOn(39);
    assertThat(plan.prescription().loadKg()).isEqualTo(82.5);
    assertThat(plan.prescription().reasons())
        .contains(
            "Your session on 2024-02-08 was red: go"
                + " back to the session of 2024-02-05, the last one that was green or amber.");
  }

  @Test
  void twoRedsInStage2DropToStage1() {
    Lifter lifter = lifter().checksIn(29, oneLegBelowKnee(2), 2);
    lifter.red(31, lifter.planOn(31));
    lifter.red(35, lifter.planOn(35));
    Plan plan = lifter.planOn(36);
    assertThat(plan.stage()).isEqualTo(Stage.SETTLE);
    assertThat(plan.recommendations())
        .extracting(Recommendation::text)
        .contains(
            "Two red sessions in a row, the last on 2024-02-05, took you back one stage: book an"
                + " assessment if you have not had one since.");
  }

  @Test
  void stage3LowersTheBlocksThenAddsFivePercentUpToThePreFlareLoad() {
    Lifter lifter = inStage3();
    Plan plan = lifter.planOn(36);
    assertThat(plan.prescription().dose())
        .isEqualTo(new Dose("Block pull", Range.BELOW_KNEE_BLOCKS, 90, 3, 5));
    assertThat(plan.stageProgress().targetKg()).isEqualTo(140.0);
    assertThat(plan.stageProgress().status()).isEqualTo("Not there yet.");
    assertThat(plan.prescription().tempo()).isEqualTo("steady and controlled, no bounce");
    lifter.trains(38, new Dose("Deadlift", Range.FLOOR, 135, 3, 5), 7.0, 1, 2, 1);
    assertThat(lifter.planOn(42).prescription().loadKg()).isEqualTo(140.0); // capped at 140
    lifter.trains(42, FLOOR_AT_140, 8.0, 1, 2, 1);
    plan = lifter.planOn(45);
    assertThat(plan.prescription().loadKg()).isEqualTo(140.0);
    assertThat(plan.prescription().rpeCap()).isEqualTo(8.0);
    assertThat(plan.prescription().reasons())
        .contains(
            "Your session on 2024-02-12 was green:"
                + " you are at your pre-flare working weight; hold it for 2 weeks.");
    assertThat(plan.stageProgress().status()).isEqualTo("At it since 2024-02-12: 0 of 14 days.");
  }

  @Test
  void stage3HoldsTheLoadWhenTheWeekWouldRiseMoreThan30Percent() {
    Lifter lifter =
        inStage3()
            .trains(
                38,
                new Dose("Deadlift", Range.FLOOR, 100, 3, 5),
                null,
                1,
                2,
                1); // week of day 35: 90*18 + 100*15 = 3120 kg
    // Day 42, a new week: 105*15 = 1575 against 3120 * 1.3 = 4056: the step is taken.
    assertThat(lifter.planOn(42).prescription().loadKg()).isEqualTo(105.0);
    lifter
        .trains(42, new Dose("Deadlift", Range.FLOOR, 100, 3, 5), null, 1, 2, 1)
        .trains(44, new Dose("Deadlift", Range.FLOOR, 100, 3, 5), null, 1, 2, 1);
    // Day 45: 3000 so far + 1575 = 4575 against 4056: hold.
    Plan plan = lifter.planOn(45);
    assertThat(plan.prescription().loadKg()).isEqualTo(100.0);
    assertThat(plan.prescription().reasons())
        .contains(
            "Your session on 2024-02-14 was green: but more weight would lift this week's deadlift"
                + " volume more than 30% above last week's, so hold it.");
    // Day 49, the next week: 1575 against 3000 * 1.3 = 3900: the step is taken.
    assertThat(lifter.planOn(49).prescription().loadKg()).isEqualTo(105.0);
  }

  @Test
  void theWeeklyGuardNeedsSomeVolumeLastWeek() {
    Dose dose = new Dose("Deadlift", Range.FLOOR, 200, 5, 5);
    HingeLog log = new HingeLog(List.of(Sessions.set(8, "Deadlift", 100, 5)));
    assertThat(WeeklyTonnage.wouldRiseTooMuch(log, day(9), dose)).isFalse();
    assertThat(WeeklyTonnage.wouldRiseTooMuch(log, day(14), dose)).isTrue();
    assertThat(WeeklyTonnage.wouldRiseTooMuch(log, day(14), dose.withLoadKg(130).withSets(1)))
        .isFalse(); // 650 kg against 500: exactly +30%, allowed
    assertThat(WeeklyTonnage.wouldRiseTooMuch(log, day(14), dose.withLoadKg(131).withSets(1)))
        .isTrue();
    assertThat(log.tonnageKg(day(9), day(8))).isZero();
  }

  @Test
  void stage3ExitsAfterTwoWeeksAtThePreFlareLoadAtRpe8OrLess() {
    Lifter lifter =
        inStage3().trains(38, FLOOR_AT_140, 8.0, 1, 2, 1).trains(45, FLOOR_AT_140, 8.0, 1, 4, 1);
    lifter.trains(51, FLOOR_AT_140, 8.0, 1, 2, 1);
    assertThat(lifter.planOn(51).stage()).as("13 days").isEqualTo(Stage.REBUILD_RANGE);
    assertThat(lifter.planOn(51).stageProgress().status())
        .isEqualTo("At it since 2024-02-08: 13 of 14 days.");
    lifter.trains(52, FLOOR_AT_140, 8.0, 1, 2, 1);
    Plan plan = lifter.planOn(52);
    assertThat(plan.stage()).as("14 days").isEqualTo(Stage.RETURN);
    assertThat(plan.prescription().dose()).isEqualTo(FLOOR_AT_140);
    assertThat(plan.prescription().tempo()).isEqualTo("your usual tempo");
    assertThat(plan.recommends(RecommendationKind.RECORD_RPE)).isFalse();
  }

  @Test
  void theStage3RunIsBrokenByHighRpeBlocksALighterLoadOrARed() {
    assertThat(
            inStage3()
                .trains(38, FLOOR_AT_140, 8.5, 1, 2, 1)
                .trains(45, FLOOR_AT_140, 8.0, 1, 2, 1)
                .trains(52, FLOOR_AT_140, 8.0, 1, 2, 1)
                .planOn(53)
                .stage())
        .isEqualTo(Stage.REBUILD_RANGE);
    assertThat(
            inStage3()
                .trains(38, new Dose("Block pull", Range.MID_SHIN_BLOCKS, 140, 3, 5), 8.0, 1, 2, 1)
                .trains(45, FLOOR_AT_140, 8.0, 1, 2, 1)
                .trains(52, FLOOR_AT_140, 8.0, 1, 2, 1)
                .planOn(53)
                .stage())
        .isEqualTo(Stage.REBUILD_RANGE);
    assertThat(
            inStage3()
                .trains(38, FLOOR_AT_140.withLoadKg(137.5), 8.0, 1, 2, 1)
                .trains(45, FLOOR_AT_140, 8.0, 1, 2, 1)
                .trains(52, FLOOR_AT_140, 8.0, 1, 2, 1)
                .planOn(53)
                .stage())
        .isEqualTo(Stage.REBUILD_RANGE);
    assertThat(
            inStage3()
                .trains(38, FLOOR_AT_140, 8.0, 1, 2, 1)
                .trains(45, FLOOR_AT_140, 8.0, 1, 6, 1)
                .trains(52, FLOOR_AT_140, 8.0, 1, 2, 1)
                .planOn(53)
                .stage())
        .isEqualTo(Stage.REBUILD_RANGE);
  }

  @Test
  void stage4ProgressesAndPostponesHeavySinglesAfterARed() {
    Lifter lifter =
        inStage3().trains(38, FLOOR_AT_140, 8.0, 1, 2, 1).trains(52, FLOOR_AT_140, 8.0, 1, 2, 1);
    Plan plan = lifter.planOn(52);
    assertThat(plan.stage()).isEqualTo(Stage.RETURN);
    assertThat(plan.stageProgress().movesOnWhen())
        .isEqualTo("Last stage: keep logging how your back responds until 2024-03-21.");
    assertThat(plan.stageProgress().status()).contains("from 2024-03-07");
    assertThat(plan.recommends(RecommendationKind.BOOK_ASSESSMENT)).isTrue();
    lifter.green(56, plan);
    Plan held = lifter.planOn(57);
    assertThat(held.prescription().loadKg()).isEqualTo(140.0); // not +5%: the ceiling holds
    assertThat(held.prescription().reasons())
        .contains(
            "Your session on 2024-02-26 was green: not above your pre-flare working weight until 2"
                + " weeks of sessions at it stay green or amber.");
    lifter.trains(59, FLOOR_AT_140, 8.0, 1, 6, 1);
    plan = lifter.planOn(60);
    assertThat(plan.stageProgress().status()).contains("from 2024-03-15");
    assertThat(plan.prescription().loadKg()).isEqualTo(140.0); // back to the last green
    assertThat(lifter.planOn(73).prescription().rpeCap()).isEqualTo(8.0);
    assertThat(lifter.planOn(74).prescription().rpeCap()).isNull();
  }

  @Test
  void twoRedsInStage4DropToStage3FromTheBlocks() {
    Lifter lifter =
        inStage3()
            .trains(38, FLOOR_AT_140, 8.0, 1, 2, 1)
            .trains(52, FLOOR_AT_140, 8.0, 1, 2, 1)
            .trains(56, FLOOR_AT_140, 8.0, 1, 6, 1)
            .trains(59, FLOOR_AT_140, 8.0, 1, 6, 1);
    Plan plan = lifter.planOn(60);
    assertThat(plan.stage()).isEqualTo(Stage.REBUILD_RANGE);
    assertThat(plan.prescription().dose())
        .isEqualTo(new Dose("Block pull", Range.BELOW_KNEE_BLOCKS, 90, 3, 5));
    assertThat(plan.prescription().reasons())
        .contains(
            "Back toward the floor: from blocks just"
                + " below the knee at about 65% of your pre-flare working weight.");
  }

  @Test
  void noStageProgressIn14DaysRecommendsAnAssessment() {
    Lifter lifter = lifter().checksIn(29, oneLegBelowKnee(2), 2);
    assertThat(lifter.planOn(42).recommendations())
        .extracting(Recommendation::kind)
        .containsExactly(RecommendationKind.BOOK_ASSESSMENT, RecommendationKind.LEG_SYMPTOMS);
    assertThat(lifter.planOn(43).recommendations())
        .extracting(Recommendation::text)
        .contains(
            "No step forward for 14 days: an assessment can find what is holding things" + " up.");
    assertThat(inStage3().planOn(49).recommendations())
        .filteredOn(r -> r.kind() == RecommendationKind.BOOK_ASSESSMENT)
        .hasSize(2);
    assertThat(inStage3().planOn(48).recommendations())
        .filteredOn(r -> r.kind() == RecommendationKind.BOOK_ASSESSMENT)
        .hasSize(1);
  }

  @Test
  void theReturnStageIsAlsoRecordedWhenThePreFlareVariationIsTheTrapBar() {
    Lifter lifter =
        new Lifter()
            .mondaysAndThursdays(0, 27, "Trap Bar Deadlift", 160, 3, 5)
            .painBegins(28)
            .checksIn(29, oneLegBelowKnee(2), 2)
            .trains(31, new Dose("Trap bar deadlift", Range.HIGH_HANDLES, 105, 3, 6), null, 1, 2, 1)
            .trains(
                35, new Dose("Trap bar deadlift", Range.HIGH_HANDLES, 105, 3, 6), null, 1, 2, 1);
    Plan plan = lifter.planOn(36);
    assertThat(plan.stage()).isEqualTo(Stage.REBUILD_RANGE);
    assertThat(plan.prescription().dose()) // conventional from the blocks, 65% of the trap bar
        .isEqualTo(new Dose("Block pull", Range.BELOW_KNEE_BLOCKS, 105, 3, 5));
    lifter
        .trains(38, new Dose("Deadlift", Range.FLOOR, 160, 3, 5), 8.0, 1, 2, 1)
        .trains(52, new Dose("Deadlift", Range.FLOOR, 160, 3, 5), 8.0, 1, 2, 1);
    assertThat(lifter.planOn(53).prescription().dose())
        .isEqualTo(new Dose("Trap bar deadlift", Range.FLOOR, 160, 3, 5));
  }

  @Test
  void anAccessorySessionOfAnotherLiftStaysOutOfTheStagesTrackButItsRedsCount() {
    Lifter lifter = inStage3();
    Dose rdl = new Dose("Romanian deadlift", Range.FROM_THE_TOP, 60, 3, 8);
    lifter.trains(36, rdl, null, 1, 2, 1);
    Plan plan = lifter.planOn(37);
    assertThat(plan.prescription().dose())
        .isEqualTo(new Dose("Block pull", Range.BELOW_KNEE_BLOCKS, 90, 3, 5));
    assertThat(plan.zoneHistory()).extracting(ZonedSession::dose).contains(rdl);
    lifter.trains(38, rdl, null, 1, 7, 1);
    assertThat(lifter.planOn(39).prescription().dose())
        .as("one red RDL: the stage's own track is untouched")
        .isEqualTo(new Dose("Block pull", Range.BELOW_KNEE_BLOCKS, 90, 3, 5));
    lifter.trains(39, rdl, null, 1, 7, 1);
    plan = lifter.planOn(40);
    assertThat(plan.stage())
        .as("two red RDL days: the back is monitored")
        .isEqualTo(Stage.REPATTERN);
    assertThat(plan.recommendations())
        .extracting(Recommendation::text)
        .contains(
            "Two red sessions in a row, the last on 2024-02-09, took you back one stage: book an"
                + " assessment if you have not had one since.");
  }

  @Test
  void aRedOfAnyLiftAndARedPrescribedSessionInARowDropAStage() {
    Lifter lifter = inStage3();
    lifter.trains(36, new Dose("Romanian deadlift", Range.FROM_THE_TOP, 60, 3, 8), null, 1, 7, 1);
    lifter.red(38, lifter.planOn(38));
    assertThat(lifter.planOn(39).stage()).isEqualTo(Stage.REPATTERN);
  }

  @Test
  void aGreenSessionOfAnotherLiftBreaksTheRunOfReds() {
    Lifter lifter = lifter().checksIn(29, oneLegBelowKnee(2), 2);
    lifter.red(31, lifter.planOn(31));
    lifter.trains(33, new Dose("Romanian deadlift", Range.FROM_THE_TOP, 50, 3, 8), null, 1, 2, 1);
    lifter.red(35, lifter.planOn(35));
    assertThat(lifter.planOn(36).stage()).isEqualTo(Stage.REPATTERN);
  }

  @Test
  void aRedDuringWithoutABaselineCountsTowardTwoRedsInARow() {
    Lifter lifter = lifter().checksIn(29, oneLegBelowKnee(2), 2);
    lifter.red(31, lifter.planOn(31));
    lifter.answers(
        MonitoredSession.followed(day(35), lifter.planOn(35).prescription(), null, null, 7, null));
    Plan plan = lifter.planOn(36);
    assertThat(plan.zoneHistory())
        .extracting(ZonedSession::zone)
        .containsExactly(Zone.RED, Zone.RED);
    assertThat(plan.stage()).isEqualTo(Stage.SETTLE);
  }

  // ---- back to stage 1 from a check-in (version 2) ----

  @ParameterizedTest(name = "rest pain {0}, hinge test {1} in stage 2 -> {2}")
  @CsvSource(
      nullValues = "null",
      value = {
        "2, 4, SETTLE",
        "5, null, SETTLE",
        "5, 2, SETTLE",
        "4, 3, REPATTERN",
        "4, null, REPATTERN",
        "0, 10, SETTLE"
      })
  void aCheckInInStage2WithAPainfulHingeTestOrRestPainGoesBackToStage1(
      int rest, Integer hinge, Stage stage) {
    Lifter lifter = lifter().checksIn(29, oneLegBelowKnee(2), 2);
    lifter.green(31, lifter.planOn(31));
    lifter.checksIn(EpisodeCheckIn.of(day(32), Lifter.duringLift(rest)).withHingeTest(hinge));
    Plan plan = lifter.planOn(32);
    assertThat(plan.stage()).isEqualTo(stage);
    if (stage == Stage.SETTLE) {
      assertThat(plan.stageProgress().since()).isEqualTo(day(32));
      assertThat(plan.prescription().exercise()).isEqualTo("Dowel hip hinge");
    }
  }

  @Test
  void goingBackToStage1SaysWhy() {
    Lifter lifter =
        inStage3().checksIn(EpisodeCheckIn.of(day(37), Lifter.duringLift(6)).withHingeTest(5));
    Plan plan = lifter.planOn(37);
    assertThat(plan.stage()).isEqualTo(Stage.SETTLE);
    assertThat(plan.prescription().reasons())
        .contains(
            "Back to stage 1 after your check-in on 2024-02-07: the broomstick hip-hinge test hurt"
                + " 5/10, more than 3 and pain at rest was 6/10, 5 or more. Loaded deadlifts wait"
                + " until the back settles again.");
    assertThat(plan.recommends(RecommendationKind.RECORD_HINGE_TEST)).isTrue();
    lifter.checksIn(38, soreness(2), 2).checksIn(39, soreness(1), 1);
    plan = lifter.planOn(39);
    assertThat(plan.stage()).as("two settled days: stage 2 again").isEqualTo(Stage.REPATTERN);
    assertThat(plan.prescription().loadKg()).as("45% after rest pain of 6").isEqualTo(62.5);
    assertThat(plan.prescription().reasons()).noneMatch(r -> r.startsWith("Back to stage 1"));
  }

  @Test
  void aPainfulHingeTestInStage4GoesBackToStage1() {
    Lifter lifter =
        inStage3().trains(38, FLOOR_AT_140, 8.0, 1, 2, 1).trains(52, FLOOR_AT_140, 8.0, 1, 2, 1);
    assertThat(lifter.planOn(53).stage()).isEqualTo(Stage.RETURN);
    lifter.checksIn(54, soreness(1), 4);
    assertThat(lifter.planOn(54).stage()).isEqualTo(Stage.SETTLE);
  }

  // ---- stage 4's ceiling (version 2) ----

  /**
   * In stage 4 since day 52 (Monday), then green at 140 kg on days 56 to 70: stable from day 70.
   */
  private static Lifter stableInStage4() {
    Lifter lifter =
        inStage3().trains(38, FLOOR_AT_140, 8.0, 1, 2, 1).trains(52, FLOOR_AT_140, 8.0, 1, 2, 1);
    for (int d : new int[] {56, 59, 63, 66, 70}) {
      lifter.trains(d, FLOOR_AT_140, 8.0, 1, 2, 1);
    }
    return lifter;
  }

  @Test
  void stage4NeverPrescribesAboveThePreFlareLoadBeforeTwoStableWeeks() {
    Lifter lifter =
        inStage3().trains(38, FLOOR_AT_140, 8.0, 1, 2, 1).trains(52, FLOOR_AT_140, 8.0, 1, 2, 1);
    lifter.trains(56, FLOOR_AT_140.withLoadKg(150), 8.0, 1, 4, 1); // heavier by hand, amber
    Plan plan = lifter.planOn(57);
    assertThat(plan.prescription().loadKg()).isEqualTo(140.0);
    assertThat(plan.prescription().reasons())
        .contains(
            "Not above your pre-flare working weight until 2 weeks of sessions at it stay green or"
                + " amber.");
    lifter.trains(59, FLOOR_AT_140, 8.0, 1, 2, 1).trains(66, FLOOR_AT_140, 8.0, 1, 2, 1);
    assertThat(lifter.planOn(70).prescription().loadKg()).as("13 days at it").isEqualTo(140.0);
  }

  @Test
  void afterTwoStableWeeksStage4RisesAtMost2Point5PercentAWeek() {
    Lifter lifter = stableInStage4();
    Plan plan = lifter.planOn(71);
    assertThat(plan.prescription().loadKg()).as("no full week since day 70").isEqualTo(140.0);
    assertThat(plan.prescription().reasons())
        .contains(
            "Your session on 2024-03-11 was green: the weight rises by at most 2.5% a week, so no"
                + " more than this for now.");
    plan = lifter.planOn(77);
    assertThat(plan.prescription().loadKg())
        .as("140 * 1.025 = 143.5, down to 142.5")
        .isEqualTo(142.5);
    assertThat(plan.prescription().reasons())
        .contains(
            "Your session on 2024-03-11 was green: a little more weight, as much as the limit of"
                + " 2.5% a week allows.");
    lifter.green(77, plan);
    assertThat(lifter.planOn(80).prescription().loadKg()).isEqualTo(142.5);
    lifter.green(80, lifter.planOn(80));
    assertThat(lifter.planOn(84).prescription().loadKg()).isEqualTo(145.0); // 142.5 * 1.025
  }

  @Test
  void aRedInStage4StartsTheTwoStableWeeksAgain() {
    Lifter lifter = stableInStage4().trains(73, FLOOR_AT_140, 8.0, 1, 7, 1);
    lifter.trains(77, FLOOR_AT_140, 8.0, 1, 2, 1).trains(80, FLOOR_AT_140, 8.0, 1, 2, 1);
    assertThat(lifter.planOn(84).prescription().loadKg()).isEqualTo(140.0);
  }

  @Test
  void stage4HoldsTheLoadWhenTheWeekWouldRiseMoreThan30Percent() {
    Lifter lifter = stableInStage4().trains(77, FLOOR_AT_140, 8.0, 1, 2, 1); // week 11: 2100 kg
    lifter.trains(84, FLOOR_AT_140, 8.0, 1, 2, 1).trains(86, FLOOR_AT_140, 8.0, 1, 2, 1);
    // Day 87: 4200 kg so far + 145 * 15 against 2100 * 1.3: hold.
    Plan plan = lifter.planOn(87);
    assertThat(plan.prescription().loadKg()).isEqualTo(140.0);
    assertThat(plan.prescription().reasons())
        .contains(
            "Your session on 2024-03-27 was green: but more weight would lift this week's deadlift"
                + " volume more than 30% above last week's, so hold it.");
  }

  // ---- block variants logged by hand ----

  @Test
  void sumoBlockPullsLoggedByHandKeepTheirReducedRange() {
    Lifter lifter =
        new Lifter()
            .mondaysAndThursdays(0, 27, "Sumo Deadlift", 160, 3, 5)
            .painBegins(28)
            .checksIn(29, oneLegBelowKnee(2), 2)
            .trains(31, new Dose("Sumo block pull", Range.KNEE_BLOCKS, 105, 3, 6), null, 1, 2, 1)
            .trains(35, new Dose("Sumo block pull", Range.KNEE_BLOCKS, 105, 3, 6), null, 1, 2, 1);
    assertThat(lifter.planOn(36).stage()).isEqualTo(Stage.REBUILD_RANGE);
    for (int d : new int[] {38, 45, 52}) {
      lifter.logsAndAnswers(d, "Sumo Block Pull", 160, 3, 5, 8.0, 1, 2);
    }
    Plan plan = lifter.planOn(53);
    assertThat(plan.zoneHistory().get(2).dose())
        .isEqualTo(new Dose("Sumo block pull", Range.KNEE_BLOCKS, 160, 3, 5));
    assertThat(plan.stage())
        .as("pulls from blocks are not the floor")
        .isEqualTo(Stage.REBUILD_RANGE);
    assertThat(plan.prescription().exercise()).isEqualTo("Sumo block pull");
    assertThat(plan.prescription().range()).isEqualTo(Range.BELOW_KNEE_BLOCKS);
  }

  @Test
  void aTrapBarFirstLoggedDuringTheEpisodeDoesNotChangeStage2() {
    Lifter lifter = lifter().checksIn(29, oneLegBelowKnee(2), 2);
    lifter.green(31, lifter.planOn(31));
    lifter.lifts(33, "Trap Bar Deadlift", 60, 3, 6, null);
    assertThat(lifter.planOn(35).prescription().dose())
        .isEqualTo(new Dose("Block pull", Range.KNEE_BLOCKS, 82.5, 3, 6));
  }
}
