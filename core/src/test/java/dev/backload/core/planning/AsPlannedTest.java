package dev.backload.core.planning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The as-planned mode still listens to the monitoring of the variation trained. */
class AsPlannedTest {

  private static Lifter lifter() {
    return new Lifter().mondaysAndThursdays(0, 20, "Deadlift", 100, 3, 5);
  }

  @Test
  void greenProgressesAsTheProgrammeSays() {
    Lifter lifter = lifter();
    lifter.green(21, lifter.planOn(21));
    Plan plan = lifter.planOn(22);
    assertThat(plan.prescription().loadKg()).isEqualTo(100.0);
    assertThat(plan.prescription().reasons())
        .contains("Your session on 2024-01-22 was green: progress as your programme says.");
  }

  @Test
  void amberRepeatsRedGoesBackAndTwoRedsAskForACheckIn() {
    Lifter lifter = lifter(); // single sets from day 21: the week stays under last week's volume
    lifter.trains(21, new Dose("Deadlift", Range.FLOOR, 110, 1, 5), null, 1, 2, 1);
    lifter.trains(24, new Dose("Deadlift", Range.FLOOR, 120, 1, 5), null, 1, 4, 1);
    assertThat(lifter.planOn(25).prescription().loadKg()).isEqualTo(120.0);
    lifter.trains(25, new Dose("Deadlift", Range.FLOOR, 130, 1, 5), null, 1, 7, 2);
    Plan plan = lifter.planOn(26);
    assertThat(plan.mode()).isEqualTo(Mode.AS_PLANNED);
    assertThat(plan.prescription().loadKg()).isEqualTo(120.0);
    assertThat(plan.recommends(RecommendationKind.NEW_CHECK_IN)).isFalse();
    lifter.trains(27, new Dose("Deadlift", Range.FLOOR, 120, 1, 5), null, 1, 7, 2);
    plan = lifter.planOn(28);
    assertThat(plan.mode()).isEqualTo(Mode.AS_PLANNED);
    assertThat(plan.recommends(RecommendationKind.NEW_CHECK_IN)).isTrue();
    assertThat(plan.prescription().loadKg()).isEqualTo(120.0);
  }

  @Test
  void twoRedsInARowOfDifferentLiftsAskForACheckIn() {
    Lifter lifter = lifter();
    lifter.trains(21, new Dose("Romanian deadlift", Range.FROM_THE_TOP, 60, 1, 8), null, 1, 7, 2);
    lifter.trains(24, new Dose("Deadlift", Range.FLOOR, 100, 1, 5), null, 1, 7, 2);
    Plan plan = lifter.planOn(25);
    assertThat(plan.mode()).isEqualTo(Mode.AS_PLANNED);
    assertThat(plan.recommends(RecommendationKind.NEW_CHECK_IN)).isTrue();
  }

  @Test
  void onlyTheVariationTrainedLastIsTracked() {
    Lifter lifter = lifter();
    lifter.trains(21, new Dose("Romanian deadlift", Range.FROM_THE_TOP, 80, 3, 8), null, 1, 7, 2);
    lifter.lifts(22, "Deadlift", 105, 3, 5, null);
    Plan plan = lifter.planOn(23);
    assertThat(plan.prescription().dose()).isEqualTo(new Dose("Deadlift", Range.FLOOR, 105, 3, 5));
    assertThat(plan.prescription().reasons()).hasSize(1);
  }
}
