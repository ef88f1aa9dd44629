package dev.backload.core.planning;

import static dev.backload.core.planning.Lifter.duringLift;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Section 3's adjustments: re-entry loads, the order of preference, and what each cuts. */
class AdjustedTrainingTest {

  /** 100 kg 3 x 5 on Mondays and Thursdays, days 0-27; the last session is day 24. */
  private static Lifter lifter() {
    return new Lifter().mondaysAndThursdays(0, 27, "Deadlift", 100, 3, 5);
  }

  @ParameterizedTest(name = "{0} days after the last session -> {1}, {2} kg")
  @CsvSource({
    "7, AS_PLANNED, 100",
    "8, ADJUSTED, 90",
    "14, ADJUSTED, 90",
    "15, ADJUSTED, 82.5",
    "28, ADJUSTED, 82.5",
    "29, ADJUSTED, 70"
  })
  void reentryLoadsByTheLengthOfTheBreak(int gap, Mode mode, double kg) {
    Plan plan = lifter().planOn(24 + gap);
    assertThat(plan.mode()).isEqualTo(mode);
    assertThat(plan.prescription().loadKg()).isEqualTo(kg);
  }

  @Test
  void aShortBreakReducesOnlyTheFirstSessionBack() {
    Lifter lifter = lifter();
    Plan plan = lifter.planOn(34); // 10 days off
    assertThat(plan.prescription().adjustments().get(0).reason())
        .isEqualTo(
            "After 10 days without deadlifts, the first session back is at about 90% of your"
                + " previous working weight.");
    lifter.green(34, plan);
    assertThat(lifter.planOn(35).mode()).isEqualTo(Mode.AS_PLANNED);
  }

  @Test
  void aSpikeDuringTheRebuildAfterALongBreakIsTheRebuildItself() {
    Lifter lifter = lifter();
    lifter.green(66, lifter.planOn(66)).green(70, lifter.planOn(70));
    Plan plan = lifter.planOn(73); // the week of day 70 is a SPIKE on the return week
    assertThat(plan.prescription().adjustments())
        .extracting(Adjustment::kind)
        .containsExactly(AdjustmentKind.REDUCE_LOAD, AdjustmentKind.TRUNK_ENDURANCE);
    assertThat(plan.prescription().sets()).isEqualTo(3);
  }

  @Test
  void symptomsAndABreakTogetherTakeTheLowerLoad() {
    Lifter lifter = lifter().painBegins(40).checksIn(40, duringLift(3));
    Plan plan = lifter.planOn(45); // 21 days off: 82.5% vs 85%
    assertThat(plan.prescription().loadKg()).isEqualTo(82.5);
    assertThat(plan.prescription().adjustments())
        .extracting(Adjustment::kind)
        .containsExactly(
            AdjustmentKind.REDUCE_LOAD, AdjustmentKind.REDUCE_LOAD, AdjustmentKind.TRUNK_ENDURANCE);
  }

  @Test
  void eachRedAddsTheNextAdjustmentInTheOrderOfPreference() {
    Lifter lifter = lifter().painBegins(28).checksIn(29, duringLift(3));
    Plan plan = lifter.planOn(29);
    assertThat(plan.prescription().dose()).isEqualTo(new Dose("Deadlift", Range.FLOOR, 85, 3, 5));
    assertThat(plan.prescription().tempo()).isEqualTo("steady and controlled");
    assertThat(plan.prescription().reasons())
        .containsExactly("Your top set of 2024-01-25, made easier as listed.");

    lifter.red(29, plan); // level 2: a limited range, 10% under the red load
    plan = lifter.planOn(31);
    assertThat(plan.prescription().dose())
        .isEqualTo(new Dose("Block pull", Range.BELOW_KNEE_BLOCKS, 77.5, 3, 5));
    assertThat(plan.prescription().adjustments())
        .extracting(Adjustment::kind)
        .containsExactly(
            AdjustmentKind.REDUCE_LOAD, AdjustmentKind.LIMIT_RANGE, AdjustmentKind.TRUNK_ENDURANCE);
    assertThat(plan.prescription().reasons())
        .contains(
            "1 session(s) since these adjustments"
                + " began went red, so the next adjustment on the list is added.");

    lifter.green(31, plan);
    plan = lifter.planOn(34);
    assertThat(plan.prescription().dose())
        .isEqualTo(new Dose("Block pull", Range.BELOW_KNEE_BLOCKS, 82.5, 3, 5));

    lifter.red(34, plan); // level 3: a slow tempo, back to the last green
    plan = lifter.planOn(36);
    assertThat(plan.prescription().loadKg()).isEqualTo(77.5);
    assertThat(plan.prescription().tempo())
        .isEqualTo("lower over 3 seconds and pause 2 seconds just below the knee");
    assertThat(plan.prescription().adjustments())
        .extracting(Adjustment::kind)
        .contains(AdjustmentKind.SLOW_TEMPO);

    lifter.green(36, plan);
    lifter.red(38, lifter.planOn(38)); // level 4: RDLs from the top at 60% of the load
    plan = lifter.planOn(41);
    assertThat(plan.prescription().dose())
        .isEqualTo(new Dose("Romanian deadlift", Range.FROM_THE_TOP, 47.5, 3, 5));
    assertThat(plan.prescription().adjustments())
        .extracting(Adjustment::kind)
        .containsExactly(
            AdjustmentKind.REDUCE_LOAD,
            AdjustmentKind.LIMIT_RANGE,
            AdjustmentKind.SLOW_TEMPO,
            AdjustmentKind.SWITCH_VARIATION,
            AdjustmentKind.TRUNK_ENDURANCE);
    lifter.green(41, plan);
    assertThat(lifter.planOn(42).prescription().dose()) // 47.5 * 1.075 = 51.1, capped at 60
        .isEqualTo(new Dose("Romanian deadlift", Range.FROM_THE_TOP, 50, 3, 5));
  }

  /** A lifter at the ladder's top after three separate red sessions. */
  private static Plan atTopLevel(Lifter lifter) {
    lifter.painBegins(28).checksIn(29, duringLift(3));
    lifter
        .red(29, lifter.planOn(29))
        .green(31, lifter.planOn(31))
        .red(34, lifter.planOn(34))
        .green(36, lifter.planOn(36))
        .red(38, lifter.planOn(38));
    return lifter.planOn(41);
  }

  @Test
  void theSwitchIsToTheTrapBarWhenTheLifterHasOne() {
    Plan plan = atTopLevel(lifter().lifts(20, "Hex Bar Deadlift", 120, 3, 5, null));
    assertThat(plan.prescription().dose())
        .isEqualTo(new Dose("Trap bar deadlift", Range.HIGH_HANDLES, 77.5, 3, 5));
    assertThat(plan.prescription().adjustments())
        .extracting(Adjustment::reason)
        .contains(
            "The trap bar for a while: it asks less of the low back than a straight bar (Swinton"
                + " 2011).");
  }

  @Test
  void trapBarAndRdlLiftersLimitTheRangeTheirOwnWay() {
    Lifter trapBar =
        new Lifter()
            .mondaysAndThursdays(0, 27, "Trap Bar Deadlift", 100, 3, 5)
            .painBegins(28)
            .checksIn(29, duringLift(3));
    trapBar.red(29, trapBar.planOn(29));
    assertThat(trapBar.planOn(31).prescription().range()).isEqualTo(Range.HIGH_HANDLES);
    assertThat(
            atTopLevel(new Lifter().mondaysAndThursdays(0, 27, "Trap Bar Deadlift", 100, 3, 5))
                .prescription()
                .exercise())
        .isEqualTo("Romanian deadlift");

    Lifter rdl =
        new Lifter()
            .mondaysAndThursdays(0, 27, "RDL", 80, 3, 8)
            .painBegins(28)
            .checksIn(29, duringLift(3));
    rdl.red(29, rdl.planOn(29));
    assertThat(rdl.planOn(31).prescription().dose()) // 80 -15% = 67.5, red: -10% = 60
        .isEqualTo(new Dose("Romanian deadlift", Range.FROM_THE_TOP, 60, 3, 8));
    Prescription rdlTop =
        atTopLevel(new Lifter().mondaysAndThursdays(0, 27, "RDL", 80, 3, 8)).prescription();
    assertThat(rdlTop.loadKg()).as("already an RDL: no 60% cut").isEqualTo(60.0);
    assertThat(rdlTop.adjustments())
        .extracting(Adjustment::kind)
        .doesNotContain(AdjustmentKind.SWITCH_VARIATION)
        .contains(AdjustmentKind.SLOW_TEMPO);

    Lifter sumo =
        new Lifter()
            .mondaysAndThursdays(0, 27, "Sumo Deadlift", 100, 3, 5)
            .painBegins(28)
            .checksIn(29, duringLift(3));
    sumo.red(29, sumo.planOn(29));
    assertThat(sumo.planOn(31).prescription().exercise()).isEqualTo("Sumo block pull");
  }

  @Test
  void amberRepeatsAndPendingWaits() {
    Lifter lifter = lifter().painBegins(28).checksIn(29, duringLift(3));
    lifter.amber(29, lifter.planOn(29));
    assertThat(lifter.planOn(30).prescription().loadKg()).isEqualTo(85.0);
    lifter.trains(31, lifter.planOn(31).prescription(), 1, 2, null);
    Plan plan = lifter.planOn(31);
    assertThat(plan.prescription().loadKg()).isEqualTo(85.0);
    assertThat(plan.recommends(RecommendationKind.ANSWER_NEXT_MORNING)).isTrue();
  }

  @Test
  void aSpikeWithASingleWorkingSetCutsTheLoadInstead() {
    Lifter lifter = new Lifter().mondaysAndThursdays(0, 27, "Deadlift", 150, 1, 3);
    lifter.lifts(28, "Deadlift", 150, 1, 5, null).lifts(30, "Deadlift", 150, 1, 5, null);
    Plan plan = lifter.planOn(31);
    assertThat(plan.mode()).isEqualTo(Mode.ADJUSTED);
    assertThat(plan.prescription().dose())
        .isEqualTo(new Dose("Deadlift", Range.FLOOR, 127.5, 1, 3));
    assertThat(plan.prescription().adjustments().get(0).reason())
        .isEqualTo(
            "About 15% less"
                + " weight: your deadlift volume in the week of 2024-01-29 was 67% above the week"
                + " before, and a single working set leaves no set to cut.");
  }

  @Test
  void twoRedsInARowWithoutSymptomsMoveToTheStagedReturn() {
    Lifter lifter = lifter();
    for (int d : new int[] {28, 30, 32}) {
      lifter.lifts(d, "Deadlift", 100, 5, 5, null);
    }
    lifter.red(35, lifter.planOn(35));
    Plan plan = lifter.planOn(36);
    assertThat(plan.mode()).isEqualTo(Mode.ADJUSTED);
    assertThat(plan.prescription().range()).isEqualTo(Range.BELOW_KNEE_BLOCKS); // level 2
    lifter.red(37, plan);
    plan = lifter.planOn(38);
    assertThat(plan.mode()).isEqualTo(Mode.STAGED_RETURN);
    assertThat(plan.recommends(RecommendationKind.NEW_CHECK_IN)).isFalse();
    assertThat(plan.recommends(RecommendationKind.BOOK_ASSESSMENT)).isTrue();
  }

  @Test
  void withoutAnyLoggedDeadliftTheEmptyBarIsTheStart() {
    Plan plan = new Lifter().painBegins(0).checksIn(0, duringLift(3)).planOn(0);
    assertThat(plan.prescription().dose()).isEqualTo(new Dose("Deadlift", Range.FLOOR, 20, 3, 5));
    assertThat(plan.prescription().reasons())
        .containsExactly("No deadlifts are logged before this, so start with the empty bar.");
  }

  @Test
  void mobilityIsAddedOnlyWhereTheScreenPointsToIt() {
    Plan none = lifter().painBegins(28).checksIn(29, duringLift(3)).planOn(29);
    assertThat(none.prescription().accessories())
        .extracting(Accessory::name)
        .containsExactly("Bird dog", "Side plank", "Curl-up", "Dead bug");
    Plan both =
        lifter()
            .painBegins(28)
            .checksIn(29, duringLift(3))
            .screen(new Screen(8.0, 12.0, false, null, null, null))
            .planOn(29);
    assertThat(both.prescription().accessories())
        .filteredOn(Accessory::weakEvidence)
        .extracting(Accessory::name)
        .containsExactly(
            "Ankle mobility (knee-to-wall drill)", "Hip hinge mobility (hips and hamstrings)");
    assertThat(both.prescription().accessories())
        .filteredOn(Accessory::weakEvidence)
        .allMatch(
            a ->
                a.reason()
                    .endsWith(
                        "The evidence that mobility work helps back pain is"
                            + " weak: treat it as a trial."));
    assertThat(both.prescription().adjustments())
        .extracting(Adjustment::kind)
        .endsWith(AdjustmentKind.TRUNK_ENDURANCE, AdjustmentKind.MOBILITY);
    Plan ankle =
        lifter()
            .painBegins(28)
            .checksIn(29, duringLift(3))
            .screen(new Screen(12.0, 9.0, true, null, null, null))
            .planOn(29);
    assertThat(ankle.prescription().accessories()).filteredOn(Accessory::weakEvidence).hasSize(1);
  }

  @Test
  void loadsUseTheLiftersIncrement() {
    Lifter lifter = lifter().painBegins(28).checksIn(29, duringLift(3));
    PlannerInput input = lifter.input(29);
    PlannerInput fives =
        new PlannerInput(
            input.today(),
            input.log(),
            input.analysis(),
            input.episodes(),
            input.checkIns(),
            input.monitoring(),
            input.screen(),
            5,
            List.of());
    assertThat(Planner.plan(fives).prescription().loadKg()).isEqualTo(85.0);
    PlannerInput ones =
        new PlannerInput(
            input.today(),
            input.log(),
            input.analysis(),
            input.episodes(),
            input.checkIns(),
            List.of(),
            input.screen(),
            1,
            List.of());
    assertThat(Planner.plan(ones).prescription().loadKg()).isEqualTo(85.0);
  }

  @Test
  void sessionsOfOtherLiftsDoNotClimbTheLadderButTheirRedsAndGreensCount() {
    Lifter lifter = lifter().painBegins(28).checksIn(29, duringLift(3));
    Dose snatchGrip = new Dose("Snatch-grip deadlift", Range.FLOOR, 80, 3, 5);
    lifter.trains(29, snatchGrip, null, 1, 7, 1);
    Plan plan = lifter.planOn(30);
    assertThat(plan.mode()).isEqualTo(Mode.ADJUSTED);
    assertThat(plan.prescription().dose())
        .isEqualTo(new Dose("Deadlift", Range.FLOOR, 85, 3, 5)); // still level 1
    lifter.red(31, plan);
    assertThat(lifter.planOn(32).mode())
        .as("a red snatch-grip day and a red deadlift day are two reds in a row")
        .isEqualTo(Mode.STAGED_RETURN);
    Lifter other = lifter().painBegins(28).checksIn(29, duringLift(3));
    other.red(29, other.planOn(29)).trains(31, snatchGrip, null, 1, 2, 1);
    other.red(34, other.planOn(34));
    plan = other.planOn(35);
    assertThat(plan.mode())
        .as("a green snatch-grip day between two reds breaks the run")
        .isEqualTo(Mode.ADJUSTED);
    assertThat(plan.prescription().tempo())
        .isEqualTo("lower over 3 seconds and pause 2 seconds just below the knee"); // level 3
  }
}
