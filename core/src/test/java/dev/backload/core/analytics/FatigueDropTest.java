package dev.backload.core.analytics;

import static dev.backload.core.analytics.FlagType.FATIGUE_DROP;
import static dev.backload.core.analytics.Sets.DEADLIFT;
import static dev.backload.core.analytics.Sets.SUMO;
import static dev.backload.core.analytics.Sets.day;
import static dev.backload.core.analytics.Sets.flagDates;
import static dev.backload.core.analytics.Sets.flags;
import static dev.backload.core.analytics.Sets.set;
import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.core.log.SetType;
import dev.backload.core.log.TrainingSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FatigueDropTest {

  private static TrainingSet pull(
      String workout, String exercise, double kg, int reps, Double rpe) {
    return set(day(0), workout, exercise, SetType.WORKING, kg, reps, rpe);
  }

  private static TrainingSet pull(double kg, int reps, Double rpe) {
    return pull("w", DEADLIFT, kg, reps, rpe);
  }

  private static List<Flag> drops(TrainingSet... sets) {
    return flags(FATIGUE_DROP, Sets.analyze(sets));
  }

  @Test
  void theLastTopSetFallingTo95PercentOrLessIsADrop() {
    // e1RM 208.57, 208.57, then 180 / 0.922 = 195.23: 93.6 %
    assertThat(drops(pull(180, 3, 8.0), pull(180, 3, 8.0), pull(180, 3, 10.0)))
        .singleElement()
        .satisfies(
            flag -> {
              assertThat(flag.date()).isEqualTo(day(0));
              assertThat(flag.detail())
                  .isEqualTo(
                      "conventional at 180.0 kg: the last of 3 sets came to an e1RM of 195.2 kg,"
                          + " 93.6% of the best earlier one (208.6 kg)");
            });
    // 180 / 0.907 = 198.46: 95.15 %, not a drop
    assertThat(drops(pull(180, 3, 8.0), pull(180, 3, 8.0), pull(180, 3, 9.5))).isEmpty();
  }

  @ParameterizedTest(name = "10, 10, {0} kg singles -> drop {1}")
  @CsvSource({
    "9.5, true", // exactly 95 % and exactly 0.5 kg below the heaviest: both inclusive
    "9.51, false", // 95.1 %
    "9.49, false" // more than 0.5 kg below: only two sets at the top load
  })
  void boundariesAre95PercentAndHalfAKiloInclusive(double lastKg, boolean drop) {
    assertThat(drops(pull(10, 1, null), pull(10, 1, null), pull(lastKg, 1, null)))
        .hasSize(drop ? 1 : 0);
  }

  @Test
  void needsAtLeastThreeSetsAtTheTopLoad() {
    assertThat(drops(pull(180, 3, 8.0), pull(180, 3, 10.0))).isEmpty();
    assertThat(drops(pull(180, 3, 8.0), pull(180, 3, 8.0), pull(170, 3, 10.0))).isEmpty();
    assertThat(drops(pull(180.5, 3, 8.0), pull(180, 3, 8.0), pull(180, 3, 10.0))).hasSize(1);
  }

  @Test
  void comparesWithTheBestEarlierSetInListOrder() {
    // 201.8 (n = 4), 208.57, then 195.23: 96.7 % of the first, 93.6 % of the best
    assertThat(drops(pull(180, 3, 9.0), pull(180, 3, 8.0), pull(180, 3, 10.0))).hasSize(1);
    // the same sets with the weakest one first in the list
    assertThat(drops(pull(180, 3, 10.0), pull(180, 3, 8.0), pull(180, 3, 8.0))).isEmpty();
  }

  @Test
  void onlyWorkingSetsWithAnE1rmTakePart() {
    assertThat(
            drops(
                set(day(0), "w", DEADLIFT, SetType.WARMUP, 200, 1, null),
                set(day(0), "w", DEADLIFT, SetType.FAILURE, 200, 0, null),
                pull(200, 12, null), // no e1RM: not the heaviest load
                pull(180, 3, 8.0),
                pull(180, 3, 8.0),
                pull(180, 3, 10.0)))
        .hasSize(1);
  }

  @Test
  void groupsByWorkoutAndVariationAcrossExerciseNames() {
    assertThat(
            drops(
                pull("w", "Deadlift", 180, 3, 8.0),
                pull("w", DEADLIFT, 180, 3, 8.0),
                pull("w", "Deadlift (Dumbbell)", 180, 3, 10.0)))
        .hasSize(1);
    TrainingSet first = pull("w", DEADLIFT, 180, 3, 8.0);
    assertThat(drops(first, first, pull("w", SUMO, 180, 3, 10.0))).isEmpty();
    assertThat(drops(first, first, pull("other", DEADLIFT, 180, 3, 10.0))).isEmpty();
  }

  @Test
  void oneFlagPerDate() {
    List<TrainingSet> sets = new ArrayList<>();
    for (String workout : List.of("a", "b")) {
      for (String exercise : List.of(DEADLIFT, SUMO)) {
        sets.add(pull(workout, exercise, 180, 3, 8.0));
        sets.add(pull(workout, exercise, 180, 3, 8.0));
        sets.add(pull(workout, exercise, 180, 3, 10.0));
      }
    }
    sets.add(set(day(3), "c", DEADLIFT, SetType.WORKING, 100, 1, null));
    sets.add(set(day(3), "c", DEADLIFT, SetType.WORKING, 100, 1, null));
    sets.add(set(day(3), "c", DEADLIFT, SetType.WORKING, 100, 1, 10.0));
    sets.add(set(day(3), "c", DEADLIFT, SetType.WORKING, 100, 3, 10.0)); // 108.5 > 100: later best
    sets.add(set(day(3), "c", DEADLIFT, SetType.WORKING, 100, 1, null)); // 100 / 108.46 = 92.2 %
    Analysis a = TrainingLoadAnalysis.analyze(sets);
    assertThat(flagDates(FATIGUE_DROP, a)).containsExactly(day(0), day(3));
    // first workout, then variations in enum order: SUMO before CONVENTIONAL
    assertThat(flags(FATIGUE_DROP, a).get(0).detail()).startsWith("sumo");
  }

  @Test
  void interleavedWorkoutsInAnyDateOrderAreAnchoredAtTheirDates() {
    List<TrainingSet> sets = new ArrayList<>();
    for (double rpe : new double[] {8, 8, 10}) {
      sets.add(set(day(9), "late", DEADLIFT, SetType.WORKING, 180, 3, rpe));
      sets.add(set(day(2), "early", SUMO, SetType.WORKING, 100, 5, rpe == 10 ? 6.0 : 9.0));
    }
    // sumo: 100 x 5 @ 9 (n = 6, 119.5), twice, then @ 6 (n = 9, 131.2): a rise, no drop
    assertThat(flagDates(FATIGUE_DROP, TrainingLoadAnalysis.analyze(sets))).containsExactly(day(9));
  }
}
