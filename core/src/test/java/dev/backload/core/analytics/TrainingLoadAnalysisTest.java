package dev.backload.core.analytics;

import static dev.backload.core.analytics.FlagType.FATIGUE_DROP;
import static dev.backload.core.analytics.FlagType.RETURN_AFTER_BREAK;
import static dev.backload.core.analytics.FlagType.SPIKE;
import static dev.backload.core.analytics.FlagType.STACKED_HARD;
import static dev.backload.core.analytics.Sets.DEADLIFT;
import static dev.backload.core.analytics.Sets.SQUAT;
import static dev.backload.core.analytics.Sets.analyze;
import static dev.backload.core.analytics.Sets.day;
import static dev.backload.core.analytics.Sets.dl;
import static dev.backload.core.analytics.Sets.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.backload.core.log.SetType;
import dev.backload.core.log.TrainingSet;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingLoadAnalysisTest {

  @Test
  void emptyLogHasNullDatesAndNoSeries() {
    Analysis a = TrainingLoadAnalysis.analyze(List.of());
    assertThat(a.summary()).isEqualTo(new Summary(null, null, 0, 0, 0, 0));
    assertThat(a.days()).isEmpty();
    assertThat(a.weeks()).isEmpty();
    assertThat(a.flags()).isEmpty();
  }

  @Test
  void logWithoutWorkingSetsCountsSetsAndWorkoutsOnly() {
    Analysis a =
        analyze(
            set(0, DEADLIFT, SetType.WARMUP, 60, 5, null),
            set(1, "Plank", SetType.WORKING, 0, 0, null));
    assertThat(a.summary()).isEqualTo(new Summary(null, null, 2, 2, 0, 0));
    assertThat(a.days()).isEmpty();
    assertThat(a.weeks()).isEmpty();
  }

  @Test
  void summaryCountsSetsWorkoutsAndWorkingSets() {
    Analysis a =
        analyze(
            set(day(3), "b", DEADLIFT, SetType.WORKING, 100, 5, null),
            set(day(3), "b", SQUAT, SetType.DROP, 80, 8, null),
            set(day(1), "a", DEADLIFT, SetType.WARMUP, 60, 5, null),
            set(day(1), "a", DEADLIFT, SetType.FAILURE, 140, 1, null),
            set(day(0), "c", SQUAT, SetType.WARMUP, 60, 5, null), // a workout of warm-ups only
            set(day(5), "d", "Plank", SetType.WORKING, 0, 0, null)); // reps 0: not working
    assertThat(a.summary()).isEqualTo(new Summary(day(1), day(3), 4, 6, 3, 2));
    assertThat(a.days()).extracting(DayLoad::date).containsExactly(day(1), day(2), day(3));
  }

  @Test
  void assistedWeightIsNoLoad() {
    Analysis a =
        analyze(
            set(0, "Assisted Pull Up", SetType.WORKING, 30, 10, null),
            set(0, "Assisted Deadlift", SetType.WORKING, 40, 5, null),
            dl(0, 100, 2));
    assertThat(a.days().get(0).totalTonnageKg()).isEqualTo(200.0);
    assertThat(a.days().get(0).hingeTonnageKg()).isEqualTo(200.0);
    assertThat(a.weeks().get(0).hingeSets()).isEqualTo(2);
    double e1rm = (100 * (1 + 2 / 30.0) + 100 * 36 / 35.0) / 2; // the assisted set has none
    assertThat(a.weeks().get(0).e1rmByVariation().values()).containsExactly(e1rm);
  }

  @Test
  void dateOrderOfTheInputDoesNotMatter() {
    List<TrainingSet> oldestFirst = new ArrayList<>();
    for (int d = 0; d < 90; d += 1 + d % 4) {
      oldestFirst.add(dl(d, 100 + d, 5, 7 + d % 7 * 0.5));
      oldestFirst.add(dl(d, 100 + d, 5, 9.5));
      oldestFirst.add(dl(d, 100 + d, 3, 10));
      oldestFirst.add(set(d, SQUAT, SetType.WORKING, 80 + d, 5, null));
    }
    oldestFirst.add(dl(120, 140, 5)); // after a break
    List<List<TrainingSet>> byWorkout = new ArrayList<>();
    for (int i = 0; i < oldestFirst.size(); i++) {
      if (i == 0 || !oldestFirst.get(i).workout().equals(oldestFirst.get(i - 1).workout())) {
        byWorkout.add(new ArrayList<>());
      }
      byWorkout.get(byWorkout.size() - 1).add(oldestFirst.get(i));
    }
    Collections.reverse(byWorkout); // newest first, sets of a workout in their order
    List<TrainingSet> newestFirst = byWorkout.stream().flatMap(List::stream).toList();

    Analysis expected = TrainingLoadAnalysis.analyze(oldestFirst);
    assertThat(TrainingLoadAnalysis.analyze(newestFirst)).isEqualTo(expected);
    assertThat(expected.flags())
        .extracting(Flag::type)
        .contains(FATIGUE_DROP, STACKED_HARD, RETURN_AFTER_BREAK);
  }

  @Test
  void workoutsInAScrambledOrderOverYearsGiveTheSameAnalysis() {
    // The day series grows to earlier and later dates as sets arrive; the result must not depend
    // on the order the workouts come in (each date has one workout, its sets in order).
    java.util.SplittableRandom random = new java.util.SplittableRandom(11);
    List<List<TrainingSet>> workouts = new ArrayList<>();
    for (int d = 0; d < 3 * 365; d += 1 + random.nextInt(5)) {
      List<TrainingSet> workout = new ArrayList<>();
      String exercise = d % 3 == 0 ? Sets.SUMO : DEADLIFT;
      double kg = 100 + d / 10.0;
      for (int i = 0; i < 3; i++) {
        workout.add(set(d, exercise, SetType.WORKING, kg, 5 - i % 2, i == 2 ? 9.0 : null));
      }
      workout.add(set(d, SQUAT, SetType.WORKING, 80, 5, null));
      if (d % 50 == 0) {
        d += 20; // a break
      }
      workouts.add(workout);
    }
    Analysis expected =
        TrainingLoadAnalysis.analyze(workouts.stream().flatMap(List::stream).toList());
    for (int round = 0; round < 5; round++) {
      Collections.shuffle(workouts, new java.util.Random(round));
      Analysis scrambled =
          TrainingLoadAnalysis.analyze(workouts.stream().flatMap(List::stream).toList());
      assertThat(scrambled).isEqualTo(expected);
    }
    assertThat(expected.days()).hasSizeGreaterThan(1000);
    assertThat(expected.flags()).extracting(Flag::type).contains(RETURN_AFTER_BREAK, SPIKE);
  }

  @Test
  void flagsAreOrderedByDateThenTypeName() {
    Analysis a =
        analyze(
            dl(-16, 100, 1),
            dl(5, 100, 1, 9), // Saturday: after a break, hard
            dl(7, 180, 3, 8), // Monday: hard, stacked on Saturday, a spike on the week, a drop
            dl(7, 180, 3, 8),
            dl(7, 180, 3, 10));
    assertThat(a.flags())
        .extracting(Flag::date, Flag::type)
        .containsExactly(
            tuple(day(5), RETURN_AFTER_BREAK),
            tuple(day(7), FATIGUE_DROP),
            tuple(day(7), SPIKE),
            tuple(day(7), STACKED_HARD));
    assertThat(a.flags())
        .allSatisfy(
            flag ->
                assertThat(flag.detail())
                    .containsPattern("[0-9]")
                    .doesNotContainIgnoringCase("risk"));
  }

  @Test
  void resultListsAreUnmodifiable() {
    Analysis a = analyze(dl(0, 100, 1));
    assertThatThrownBy(() -> a.days().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> a.weeks().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> a.flags().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void componentNamesAreTheJsonNamesOfSection6() {
    assertThat(names(Analysis.class)).containsExactly("summary", "days", "weeks", "flags");
    assertThat(names(Summary.class))
        .containsExactly(
            "firstDate", "lastDate", "workouts", "sets", "workingSets", "hingeWorkingSets");
    assertThat(names(DayLoad.class))
        .containsExactly(
            "date",
            "hingeTonnageKg",
            "totalTonnageKg",
            "ewmaAcute",
            "ewmaChronic",
            "acwrEwma",
            "acwrUncoupled");
    assertThat(names(WeekLoad.class))
        .containsExactly(
            "week",
            "start",
            "hingeTonnageKg",
            "totalTonnageKg",
            "hingeSets",
            "hingeChangePct",
            "monotony",
            "strain",
            "e1rmByVariation");
    assertThat(names(Flag.class)).containsExactly("type", "date", "detail");
  }

  private static List<String> names(Class<? extends Record> type) {
    return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
  }
}
