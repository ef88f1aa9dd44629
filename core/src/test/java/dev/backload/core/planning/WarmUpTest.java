package dev.backload.core.planning;

import static dev.backload.core.planning.Lifter.duringLift;
import static dev.backload.core.planning.Lifter.oneLegBelowKnee;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The warm-up and technique checklist every prescription carries (planner.md 2, version 2). */
class WarmUpTest {

  private static Dose deadlift(double kg) {
    return new Dose("Deadlift", Range.FLOOR, kg, 3, 5);
  }

  @Test
  void rampUpSetsClimbFromTheEmptyBarToTheWorkingLoad() {
    assertThat(WarmUp.forDose(deadlift(100), 2.5).rampSets())
        .containsExactly(
            new RampSet(20, 8), new RampSet(40, 5), new RampSet(60, 3), new RampSet(80, 2));
    assertThat(WarmUp.forDose(deadlift(92.5), 2.5).rampSets())
        .containsExactly(
            new RampSet(20, 8), new RampSet(37.5, 5), new RampSet(55, 3), new RampSet(75, 2));
  }

  @Test
  void rampUpLoadsAreRoundedToTheIncrement() {
    assertThat(WarmUp.forDose(deadlift(92.5), 5).rampSets())
        .extracting(RampSet::loadKg)
        .containsExactly(20.0, 35.0, 55.0, 75.0); // 37, 55.5, 74
  }

  @Test
  void inFivePoundStepsTheEmptyBarIsA45PoundBar() {
    double fiveLb = 2.26796185;
    List<RampSet> ramp = WarmUp.forDose(deadlift(45 * fiveLb), fiveLb).rampSets(); // 225 lb
    assertThat(ramp)
        .extracting(r -> Math.round(r.loadKg() / fiveLb * 5 * 1e6) / 1e6)
        .containsExactly(45.0, 90.0, 135.0, 180.0);
    assertThat(WarmUp.forDose(deadlift(9 * fiveLb), fiveLb).rampSets()).isEmpty(); // the bar
  }

  @Test
  void setsThatRoundToTheBarOrTheWorkingLoadAreLeftOut() {
    assertThat(WarmUp.forDose(deadlift(30), 2.5).rampSets())
        .containsExactly(new RampSet(20, 8), new RampSet(25, 2)); // 12 and 18 round to the bar
    assertThat(WarmUp.forDose(deadlift(22.5), 2.5).rampSets())
        .containsExactly(new RampSet(20, 8)); // 18 rounds to the bar, 22.5 * 0.8 = 18
    assertThat(WarmUp.forDose(deadlift(20), 2.5).rampSets()).isEmpty();
    assertThat(WarmUp.forDose(new Dose("Dowel hip hinge", Range.COMFORTABLE, 0, 3, 10), 2.5))
        .isEqualTo(new WarmUp(WarmUp.STEPS, List.of()));
  }

  @Test
  void theWarmUpStepsComeFirst() {
    assertThat(WarmUp.forDose(deadlift(100), 2.5).steps())
        .extracting(WarmUpStep::name)
        .containsExactly("General warm-up", "Trunk activation", "Hip and hamstring mobility");
    assertThat(WarmUp.STEPS.get(0).dose()).startsWith("5 minutes");
    assertThatThrownBy(() -> new RampSet(0, 5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RampSet(20, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyModeWithASessionHasTheWarmUpAndTheChecklist() {
    Lifter base = new Lifter().mondaysAndThursdays(0, 27, "Deadlift", 140, 3, 5);
    List<Plan> plans =
        List.of(
            base.planOn(28),
            new Lifter()
                .mondaysAndThursdays(0, 27, "Deadlift", 140, 3, 5)
                .painBegins(28)
                .checksIn(29, duringLift(3))
                .planOn(29),
            new Lifter()
                .mondaysAndThursdays(0, 27, "Deadlift", 140, 3, 5)
                .painBegins(28)
                .checksIn(29, oneLegBelowKnee(2), 2)
                .planOn(29),
            new Lifter()
                .mondaysAndThursdays(0, 27, "Deadlift", 140, 3, 5)
                .painBegins(28)
                .checksIn(29, oneLegBelowKnee(5), 5)
                .planOn(29));
    assertThat(plans)
        .extracting(Plan::mode)
        .containsExactly(Mode.AS_PLANNED, Mode.ADJUSTED, Mode.STAGED_RETURN, Mode.STAGED_RETURN);
    for (Plan plan : plans) {
      Prescription p = plan.prescription();
      assertThat(p.warmUp().steps()).isEqualTo(WarmUp.STEPS);
      assertThat(p.warmUp()).isEqualTo(WarmUp.forDose(p.dose(), 2.5));
      assertThat(p.checklist())
          .extracting(item -> item.substring(0, item.indexOf(':')))
          .containsExactly(
              "Bar close", "Hinge at the hips", "Neutral spine", "Brace", "Push the floor away");
    }
    assertThat(plans.get(2).prescription().warmUp().rampSets())
        .extracting(RampSet::loadKg)
        .containsExactly(20.0, 30.0, 47.5, 62.5); // to 77.5 kg
  }

  @Test
  void theRampUsesTheLiftersIncrement() {
    PlannerInput input =
        new Lifter()
            .mondaysAndThursdays(0, 27, "Deadlift", 140, 3, 5)
            .painBegins(28)
            .checksIn(29, oneLegBelowKnee(2), 2)
            .input(29);
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
            input.assessments());
    Prescription p = Planner.plan(fives).prescription();
    assertThat(p.loadKg()).isEqualTo(75.0);
    assertThat(p.warmUp().rampSets())
        .extracting(RampSet::loadKg)
        .containsExactly(20.0, 30.0, 45.0, 60.0);
  }

  @Test
  void aPrescriptionStoredBeforeVersion2ReadsBackWithAnEmptyWarmUp() {
    Prescription p =
        new Prescription(
            "Deadlift",
            dev.backload.core.log.HingeVariation.CONVENTIONAL,
            100,
            3,
            5,
            "t",
            Range.FLOOR,
            null,
            List.of(),
            MonitoringInstructions.STANDARD,
            List.of(),
            List.of(),
            null,
            null);
    assertThat(p.warmUp()).isEqualTo(new WarmUp(List.of(), List.of()));
    assertThat(p.checklist()).isEmpty();
  }
}
