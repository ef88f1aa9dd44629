package dev.backload.core.analytics;

import static dev.backload.core.analytics.Sets.DEADLIFT;
import static dev.backload.core.analytics.Sets.SQUAT;
import static dev.backload.core.analytics.Sets.SUMO;
import static dev.backload.core.analytics.Sets.analyze;
import static dev.backload.core.analytics.Sets.day;
import static dev.backload.core.analytics.Sets.dl;
import static dev.backload.core.analytics.Sets.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import dev.backload.core.log.HingeVariation;
import dev.backload.core.log.SetType;
import dev.backload.core.log.TrainingSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WeekLoadsTest {

  @ParameterizedTest
  @CsvSource({
    "2024-01-29, 2024-W05",
    "2020-12-28, 2020-W53",
    "2021-01-03, 2020-W53", // a January Sunday in the previous week-based year
    "2023-01-01, 2022-W52",
    "2024-12-30, 2025-W01", // a December Monday in the next week-based year
    "2026-01-01, 2026-W01"
  })
  void labelsUseTheIsoWeekBasedYear(LocalDate date, String label) {
    assertThat(WeekLoads.label(date)).isEqualTo(label);
  }

  private static TrainingSet pull(LocalDate date) {
    return set(date, date.toString(), DEADLIFT, SetType.WORKING, 100, 1, null);
  }

  @Test
  void weeksAcrossYearBoundariesStartOnTheirMonday() {
    TrainingSet newYear2021 = pull(LocalDate.of(2021, 1, 1));
    TrainingSet after = pull(LocalDate.of(2021, 1, 4));
    assertThat(TrainingLoadAnalysis.analyze(List.of(newYear2021, after)).weeks())
        .extracting(WeekLoad::week, WeekLoad::start)
        .containsExactly(
            tuple("2020-W53", LocalDate.of(2020, 12, 28)),
            tuple("2021-W01", LocalDate.of(2021, 1, 4)));

    TrainingSet sunday = pull(LocalDate.of(2023, 1, 1));
    assertThat(TrainingLoadAnalysis.analyze(List.of(sunday)).weeks())
        .extracting(WeekLoad::week, WeekLoad::start)
        .containsExactly(tuple("2022-W52", LocalDate.of(2022, 12, 26)));
  }

  @Test
  void weeksCoverTheSeriesAndCountDaysOutsideItAsZero() {
    Analysis a =
        analyze(
            dl(2, 700, 1), // Wednesday: the series starts here
            set(2, SQUAT, SetType.WORKING, 100, 5, null),
            dl(8, 100, 5),
            dl(8, 100, 5),
            set(15, SQUAT, SetType.WORKING, 10, 1, null)); // a Tuesday: the series ends here
    assertThat(a.weeks()).extracting(WeekLoad::start).containsExactly(day(0), day(7), day(14));
    WeekLoad first = a.weeks().get(0);
    assertThat(first.hingeTonnageKg()).isEqualTo(700.0);
    assertThat(first.totalTonnageKg()).isEqualTo(1200.0);
    assertThat(first.hingeSets()).isEqualTo(1);
    // loads 0 0 700 0 0 0 0: mean 100, population sd sqrt(60000)
    assertThat(first.monotony()).isCloseTo(1 / Math.sqrt(6), within(1e-12));
    assertThat(first.strain()).isCloseTo(700 / Math.sqrt(6), within(1e-9));
    assertThat(a.weeks().get(1).hingeSets()).isEqualTo(2);
    assertThat(a.weeks().get(1).hingeTonnageKg()).isEqualTo(1000.0);
    assertThat(a.weeks().get(2).totalTonnageKg()).isEqualTo(10.0);
  }

  @Test
  void changeOnTheWeekBeforeWhenTheFirstWeekIsFull() {
    Analysis a = analyze(dl(0, 100, 10), dl(7, 150, 10), dl(14, 75, 10));
    assertThat(a.weeks()).extracting(WeekLoad::hingeChangePct).containsExactly(null, 50.0, -50.0);
  }

  @Test
  void noChangeAfterAPartialFirstWeek() {
    Analysis a = analyze(dl(1, 100, 10), dl(7, 150, 10), dl(14, 75, 10)); // starts on a Tuesday
    assertThat(a.weeks()).extracting(WeekLoad::hingeChangePct).containsExactly(null, null, -50.0);
  }

  @Test
  void noChangeOnAZeroWeek() {
    Analysis a =
        analyze(dl(0, 100, 10), set(7, SQUAT, SetType.WORKING, 100, 5, null), dl(14, 75, 10));
    assertThat(a.weeks()).extracting(WeekLoad::hingeChangePct).containsExactly(null, -100.0, null);
  }

  @Test
  void monotonyAndStrainAreNullWhenTheDailyLoadDoesNotVary() {
    List<TrainingSet> sets = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      sets.add(dl(i, 100, 1));
      sets.add(set(i + 7, SQUAT, SetType.WORKING, 100, 1, null));
    }
    List<WeekLoad> weeks = TrainingLoadAnalysis.analyze(sets).weeks();
    assertThat(weeks).extracting(WeekLoad::monotony).containsExactly(null, null);
    assertThat(weeks).extracting(WeekLoad::strain).containsExactly(null, null);
  }

  @Test
  void monotonyIsNullForEqualDailyLoadsDespiteRoundingInTheMean() {
    List<TrainingSet> sets = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      sets.add(dl(i, 45 * TrainingSet.KG_PER_LB, 5)); // 102.05828325 kg: its mean is not exact
    }
    WeekLoad week = TrainingLoadAnalysis.analyze(sets).weeks().get(0);
    assertThat(week.monotony()).isNull();
    assertThat(week.strain()).isNull();
  }

  @Test
  void monotonyUsesThePopulationStandardDeviation() {
    Analysis a = analyze(dl(0, 100, 1), dl(1, 300, 1)); // 100 300 0 0 0 0 0
    double mean = 400.0 / 7;
    double sd =
        Math.sqrt(
            ((100 - mean) * (100 - mean) + (300 - mean) * (300 - mean) + 5 * mean * mean) / 7);
    assertThat(a.weeks().get(0).monotony()).isCloseTo(mean / sd, within(1e-12));
    assertThat(a.weeks().get(0).strain()).isCloseTo(400 * mean / sd, within(1e-9));
  }

  @Test
  void e1rmByVariationIsTheWeeksBestWorkingSetPerVariationInEnumOrder() {
    Analysis a =
        analyze(
            dl(0, 180, 3, 8), // 208.57
            dl(1, 200, 1), // 200
            set(1, DEADLIFT, SetType.WARMUP, 250, 1, null), // warm-up: ignored
            set(2, SUMO, SetType.WORKING, 150, 1, null),
            set(2, "Romanian Deadlift", SetType.WORKING, 0, 8, null), // body weight: no e1RM
            set(2, "Stiff Leg Deadlift", SetType.WORKING, 100, 15, null), // 15 reps: no e1RM
            set(3, SQUAT, SetType.WORKING, 300, 1, null), // not a hinge
            dl(7, 100, 1));
    WeekLoad first = a.weeks().get(0);
    assertThat(first.e1rmByVariation())
        .containsExactly(
            entry(HingeVariation.SUMO, 150.0), entry(HingeVariation.CONVENTIONAL, 180 / 0.863));
    assertThat(a.weeks().get(1).e1rmByVariation())
        .containsExactly(entry(HingeVariation.CONVENTIONAL, 100.0));
    assertThatThrownBy(() -> first.e1rmByVariation().put(HingeVariation.SUMO, 1.0))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void e1rmByVariationIsEmptyWithoutHingeSets() {
    Analysis a = analyze(set(0, SQUAT, SetType.WORKING, 100, 5, null));
    assertThat(a.weeks().get(0).e1rmByVariation()).isEmpty();
  }
}
