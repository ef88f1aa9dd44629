package dev.backload.core.analytics;

import static dev.backload.core.analytics.FlagType.RETURN_AFTER_BREAK;
import static dev.backload.core.analytics.FlagType.SPIKE;
import static dev.backload.core.analytics.FlagType.STACKED_HARD;
import static dev.backload.core.analytics.Sets.DEADLIFT;
import static dev.backload.core.analytics.Sets.SQUAT;
import static dev.backload.core.analytics.Sets.SUMO;
import static dev.backload.core.analytics.Sets.analyze;
import static dev.backload.core.analytics.Sets.day;
import static dev.backload.core.analytics.Sets.dl;
import static dev.backload.core.analytics.Sets.flagDates;
import static dev.backload.core.analytics.Sets.flags;
import static dev.backload.core.analytics.Sets.set;
import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.core.log.SetType;
import dev.backload.core.log.TrainingSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FlagsTest {

  @ParameterizedTest(name = "{0} kg after 1000 kg -> spike {1}")
  @CsvSource({"1300, false", "1301, true", "2000, true", "500, false"})
  void spikeWhenHingeTonnageRisesByMoreThan30Percent(double secondWeekKg, boolean spike) {
    Analysis a = analyze(dl(0, 100, 10), dl(9, secondWeekKg, 1)); // second week's Wednesday
    assertThat(flagDates(SPIKE, a)).isEqualTo(spike ? List.of(day(7)) : List.of());
  }

  @Test
  void spikeDetailGivesBothWeeksAndTheChange() {
    Analysis a = analyze(dl(0, 100, 10), dl(7, 131, 10));
    assertThat(flags(SPIKE, a).get(0).detail())
        .isEqualTo("hinge tonnage 1310 kg, +31.0% on the week before (1000 kg)");
  }

  @Test
  void noSpikeAfterAPartialFirstWeek() {
    assertThat(flags(SPIKE, analyze(dl(6, 100, 1), dl(7, 500, 10)))).isEmpty();
  }

  @ParameterizedTest(name = "gap of {0} days -> flag {1}")
  @CsvSource({"1, false", "14, false", "15, true", "60, true"})
  void returnAfterMoreThan14DaysWithoutHingeSets(int gap, boolean flag) {
    Analysis a = analyze(dl(0, 100, 5), dl(gap, 100, 5));
    assertThat(flagDates(RETURN_AFTER_BREAK, a)).isEqualTo(flag ? List.of(day(gap)) : List.of());
  }

  @Test
  void onlyWorkingHingeSetsEndABreak() {
    Analysis a =
        analyze(
            dl(0, 100, 5),
            set(8, DEADLIFT, SetType.WARMUP, 60, 5, null),
            set(8, DEADLIFT, SetType.FAILURE, 200, 0, null),
            set(8, SQUAT, SetType.WORKING, 100, 5, null),
            dl(16, 100, 5));
    assertThat(flags(RETURN_AFTER_BREAK, a))
        .singleElement()
        .satisfies(
            flag -> {
              assertThat(flag.date()).isEqualTo(day(16));
              assertThat(flag.detail())
                  .isEqualTo("hinge sets again after 16 days without any (previous on 2024-01-01)");
            });
  }

  @Test
  void aBodyWeightHingeSetIsAHingeDateThoughItsTonnageIsZero() {
    TrainingSet bodyWeight = set(8, "Romanian Deadlift", SetType.WORKING, 0, 10, null);
    Analysis a = analyze(dl(0, 100, 5), bodyWeight, dl(16, 100, 5));
    assertThat(flags(RETURN_AFTER_BREAK, a)).isEmpty();
  }

  @ParameterizedTest(name = "hard dates {0} days apart -> flag {1}")
  @CsvSource({"1, true", "2, true", "3, false", "10, false"})
  void stackedWhenTheNextHardHingeDateIsOneOrTwoDaysLater(int gap, boolean flag) {
    Analysis a = analyze(dl(0, 100, 5, 9), dl(gap, 100, 5, 9));
    assertThat(flagDates(STACKED_HARD, a)).isEqualTo(flag ? List.of(day(gap)) : List.of());
  }

  @ParameterizedTest(name = "RPE {0} -> hard {1}")
  @CsvSource({"8, false", "8.5, true", "10, true"})
  void rpeOf8Point5OrMoreIsHard(double rpe, boolean hard) {
    Analysis a = analyze(dl(0, 100, 5, rpe), dl(1, 100, 5, rpe));
    assertThat(flags(STACKED_HARD, a)).hasSize(hard ? 1 : 0);
  }

  @Test
  void aFailureSetIsHard() {
    Analysis a =
        analyze(
            set(0, DEADLIFT, SetType.FAILURE, 100, 3, null),
            set(1, DEADLIFT, SetType.FAILURE, 100, 3, null));
    assertThat(flags(STACKED_HARD, a))
        .singleElement()
        .satisfies(
            flag -> {
              assertThat(flag.date()).isEqualTo(day(1));
              assertThat(flag.detail())
                  .isEqualTo(
                      "hard hinge sets 1 day after the previous hard hinge day (2024-01-01)");
            });
  }

  @Test
  void stackingIsOnThePreviousHardDateNotThePreviousHingeDate() {
    Analysis a = analyze(dl(0, 100, 5, 9), dl(1, 60, 5, 6), dl(2, 100, 5, 9), dl(4, 100, 5, 9.5));
    assertThat(flagDates(STACKED_HARD, a)).containsExactly(day(2), day(4));
    assertThat(flags(STACKED_HARD, a).get(0).detail())
        .contains("2 days after")
        .contains("2024-01-01");
    Analysis threeDays = analyze(dl(0, 100, 5, 9), dl(1, 60, 5, 6), dl(3, 100, 5, 9));
    assertThat(flags(STACKED_HARD, threeDays)).isEmpty();
  }

  @Test
  void hardSetsOfOtherExercisesAndWarmUpsDoNotCount() {
    Analysis a =
        analyze(
            dl(0, 100, 5, 9),
            set(1, SQUAT, SetType.FAILURE, 100, 5, 10.0),
            set(1, DEADLIFT, SetType.WARMUP, 100, 1, 10.0),
            dl(1, 60, 5));
    assertThat(flags(STACKED_HARD, a)).isEmpty();
  }

  /**
   * Day 60 has a conventional set of {@code kg} x 5 without RPE; day 59 a hard sumo single at RPE
   * 9; a conventional single of 200 kg (e1RM 200) lies {@code daysBefore} days before day 60.
   */
  @ParameterizedTest(name = "{1} kg with a 200 kg e1RM {0} days before -> hard {2}")
  @CsvSource({
    "56, 170, true", // d-56 is in the window; 170 is exactly 85 %
    "1, 170, true",
    "56, 169.9, false",
    "57, 170, false", // d-57 is not
    "0, 170, false" // the same date is not
  })
  void hardWhenTheLoadIsAtLeast85PercentOfTheBestE1rmOfTheVariationOver56DaysBefore(
      int daysBefore, double kg, boolean hard) {
    Analysis a =
        analyze(
            dl(60 - daysBefore, 200, 1), set(59, SUMO, SetType.WORKING, 50, 1, 9.0), dl(60, kg, 5));
    assertThat(flagDates(STACKED_HARD, a)).isEqualTo(hard ? List.of(day(60)) : List.of());
  }

  @Test
  void theLoadTestTakesTheBestE1rmOfTheSameVariationFromWorkingSetsOnly() {
    TrainingSet hardSumoBefore = set(59, SUMO, SetType.WORKING, 50, 1, 9.0);
    TrainingSet conventional = dl(60, 170, 5);
    TrainingSet sumoSingle = set(30, SUMO, SetType.WORKING, 200, 1, null);
    TrainingSet warmUpSingle = set(30, DEADLIFT, SetType.WARMUP, 200, 1, null);
    assertThat(analyze(dl(20, 150, 1), dl(30, 200, 1), hardSumoBefore, conventional).flags())
        .extracting(Flag::type)
        .contains(STACKED_HARD);
    assertThat(flags(STACKED_HARD, analyze(sumoSingle, hardSumoBefore, conventional))).isEmpty();
    assertThat(flags(STACKED_HARD, analyze(warmUpSingle, hardSumoBefore, conventional))).isEmpty();
  }
}
