package dev.backload.core.checkins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.core.log.SetType;
import dev.backload.core.log.TrainingSet;
import dev.backload.core.triage.Trend;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each derived field: one case where it fires and one just past its boundary. */
class StatefulFieldsTest {
  // A Monday.
  private static final LocalDate MON = LocalDate.of(2026, 11, 9);

  @Test
  void trendIsNullWithoutEarlierCheckIns() {
    assertThat(StatefulFields.trend(5, List.of())).isNull();
  }

  @Test
  void trendImprovesAtExactlyOnePointBelowTheMean() {
    assertThat(StatefulFields.trend(4, List.of(5, 5, 5))).isEqualTo(Trend.IMPROVING);
    // Mean 4.67: 4 is only 0.67 lower.
    assertThat(StatefulFields.trend(4, List.of(5, 5, 4))).isEqualTo(Trend.SAME);
  }

  @Test
  void trendWorsensAtExactlyOnePointAboveTheMean() {
    assertThat(StatefulFields.trend(5, List.of(4, 4, 4))).isEqualTo(Trend.WORSENING);
    // Mean 4.33: 5 is only 0.67 higher.
    assertThat(StatefulFields.trend(5, List.of(4, 4, 5))).isEqualTo(Trend.SAME);
  }

  @Test
  void trendLooksAtTheLastThreeCheckInsOnly() {
    // Mean of the last three (3, 3, 3) is 3; the older 9 no longer counts.
    assertThat(StatefulFields.trend(3, List.of(9, 3, 3, 3))).isEqualTo(Trend.SAME);
    assertThat(StatefulFields.trend(3, List.of(9, 3, 3))).isEqualTo(Trend.IMPROVING);
  }

  @Test
  void trendWithOneEarlierCheckIn() {
    assertThat(StatefulFields.trend(2, List.of(3))).isEqualTo(Trend.IMPROVING);
    assertThat(StatefulFields.trend(3, List.of(3))).isEqualTo(Trend.SAME);
  }

  @Test
  void painPeakIsTheHighestPainOfTheEpisodeIncludingThisCheckIn() {
    assertThat(StatefulFields.painPeak(3, List.of(2, 5, 4))).isEqualTo(5);
    assertThat(StatefulFields.painPeak(6, List.of(2, 5, 4))).isEqualTo(6);
    assertThat(StatefulFields.painPeak(2, java.util.Arrays.asList(2, null))).isEqualTo(2);
  }

  @Test
  void daysSinceOnsetCountsCalendarDays() {
    assertThat(StatefulFields.daysSinceOnset(MON, MON)).isZero();
    assertThat(StatefulFields.daysSinceOnset(MON, MON.plusDays(3))).isEqualTo(3);
    assertThat(StatefulFields.daysSinceOnset(MON, MON.plusYears(20))).isEqualTo(3650);
  }

  private static TrainingSet deadlift(LocalDate date, double kg, int reps) {
    return TrainingSet.of(
        date, date.toString(), "Deadlift (Barbell)", SetType.WORKING, kg, reps, null, null);
  }

  private static TrainingSet squat(LocalDate date) {
    return TrainingSet.of(
        date, date.toString(), "Squat (Barbell)", SetType.WORKING, 100, 5, null, null);
  }

  @Test
  void hingeWeekChangeIsThisWeekSoFarAgainstLastWeek() {
    List<TrainingSet> sets = new ArrayList<>();
    sets.add(deadlift(MON.minusWeeks(2), 100, 5)); // a full week before last week: not partial
    sets.add(deadlift(MON.minusWeeks(1), 100, 10)); // last week: 1000 kg
    sets.add(deadlift(MON, 100, 13)); // this Monday: 1300 kg
    sets.add(deadlift(MON.plusDays(3), 100, 10)); // Thursday: after a Tuesday check-in
    assertThat(StatefulFields.hingeWeekChangePct(sets, MON.plusDays(1))).isEqualTo(30.0);
    assertThat(StatefulFields.hingeWeekChangePct(sets, MON.plusDays(3))).isEqualTo(130.0);
  }

  @Test
  void hingeWeekChangeIsMinusHundredInAWeekWithoutTrainingAfterAWeekWithDeadlifts() {
    List<TrainingSet> sets =
        List.of(deadlift(MON.minusWeeks(2), 100, 5), deadlift(MON.minusWeeks(1), 100, 10));
    assertThat(StatefulFields.hingeWeekChangePct(sets, MON.plusDays(2))).isEqualTo(-100.0);
    // Two weeks without training: last week had no hinge tonnage, so there is no change.
    assertThat(StatefulFields.hingeWeekChangePct(sets, MON.plusWeeks(1))).isNull();
  }

  @Test
  void hingeWeekChangeIsNullWithoutHingeWorkLastWeekOrAfterAPartialFirstWeek() {
    assertThat(StatefulFields.hingeWeekChangePct(List.of(), MON)).isNull();
    // Last week only squats.
    assertThat(
            StatefulFields.hingeWeekChangePct(
                List.of(
                    deadlift(MON.minusWeeks(2), 100, 5),
                    squat(MON.minusWeeks(1)),
                    deadlift(MON, 100, 5)),
                MON))
        .isNull();
    // The log starts on last week's Wednesday: a partial first week fakes no spike.
    assertThat(
            StatefulFields.hingeWeekChangePct(
                List.of(deadlift(MON.minusDays(5), 100, 5), deadlift(MON, 100, 10)), MON))
        .isNull();
  }

  @Test
  void daysSinceLastHingeIsTheGapBetweenTheLastTwoHingeDates() {
    List<TrainingSet> sets =
        List.of(
            deadlift(MON, 100, 5),
            squat(MON.plusDays(10)),
            deadlift(MON.plusDays(15), 100, 5),
            deadlift(MON.plusDays(20), 100, 5));
    assertThat(StatefulFields.daysSinceLastHinge(sets, MON.plusDays(16))).isEqualTo(15);
    assertThat(StatefulFields.daysSinceLastHinge(sets, MON.plusDays(20))).isEqualTo(5);
    // One hinge date up to the check-in: unknown.
    assertThat(StatefulFields.daysSinceLastHinge(sets, MON.plusDays(14))).isNull();
  }

  @Test
  void warmUpsAndZeroRepSetsAreNotHingeSessions() {
    List<TrainingSet> sets =
        List.of(
            deadlift(MON, 100, 5),
            TrainingSet.of(MON.plusDays(4), "w", "Deadlift", SetType.WARMUP, 60, 5, null, null),
            TrainingSet.of(MON.plusDays(5), "x", "Deadlift", SetType.WORKING, 60, 0, null, null),
            deadlift(MON.plusDays(20), 100, 5));
    assertThat(StatefulFields.daysSinceLastHinge(sets, MON.plusDays(20))).isEqualTo(20);
  }
}
