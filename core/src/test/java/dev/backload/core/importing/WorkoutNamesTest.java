package dev.backload.core.importing;

import static dev.backload.core.importing.Fixtures.defaults;
import static dev.backload.core.importing.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The workout name per workout key, for importers that store workouts with their names. */
class WorkoutNamesTest {

  @Test
  void strongNewKeysByNumberAndNamesFromTheNameColumn() throws Exception {
    ImportResult r = read("strong-new.csv", defaults());
    assertThat(r.workoutNames()).containsEntry("107", "Chest Tricep (Push)");
    assertThat(r.workoutNames().keySet()).isEqualTo(workoutKeys(r));
  }

  @Test
  void strongClassicNamesAreTrimmed() throws Exception {
    ImportResult r = read("strong-classic.csv", defaults().withUnit(WeightUnit.LB));
    assertThat(r.workoutNames()).containsEntry("2021-07-10 09:15:42 Lower 2 ", "Lower 2");
  }

  @Test
  void hevyNamesAreTheTitle() throws Exception {
    ImportResult r = read("hevy-kg.csv", defaults());
    assertThat(r.workoutNames())
        .containsEntry("7 Apr 2026, 18:14 Evening workout 🏋️", "Evening workout 🏋️");
    assertThat(r.workoutNames().keySet()).isEqualTo(workoutKeys(r));
  }

  @Test
  void fitNotesHasNoNames() throws Exception {
    assertThat(read("fitnotes-unit.csv", defaults()).workoutNames()).isEmpty();
  }

  private static java.util.Set<String> workoutKeys(ImportResult r) {
    java.util.Set<String> keys = new java.util.HashSet<>();
    r.sets().forEach(s -> keys.add(s.workout()));
    return keys;
  }
}
