package dev.backload.core.analytics;

import static dev.backload.core.analytics.Sets.SQUAT;
import static dev.backload.core.analytics.Sets.analyze;
import static dev.backload.core.analytics.Sets.day;
import static dev.backload.core.analytics.Sets.dl;
import static dev.backload.core.analytics.Sets.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.backload.core.log.SetType;
import dev.backload.core.log.TrainingSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DayLoadsTest {

  @Test
  void everyDateFromFirstToLastWorkingSetWithZeroLoadOnGapDays() {
    Analysis a =
        analyze(
            set(-1, SQUAT, SetType.WARMUP, 60, 5, null), // warm-ups do not open the series
            dl(0, 100, 5),
            set(0, SQUAT, SetType.WORKING, 100, 3, null),
            dl(3, 120, 2),
            set(4, SQUAT, SetType.WORKING, 50, 0, null)); // reps 0 does not extend it
    assertThat(a.days()).extracting(DayLoad::date).containsExactly(day(0), day(1), day(2), day(3));
    assertThat(a.days())
        .extracting(DayLoad::hingeTonnageKg)
        .containsExactly(500.0, 0.0, 0.0, 240.0);
    assertThat(a.days())
        .extracting(DayLoad::totalTonnageKg)
        .containsExactly(800.0, 0.0, 0.0, 240.0);
  }

  @Test
  void ewmaStartsFromZeroTheDayBeforeNotFromTheFirstLoad() {
    Analysis a = analyze(dl(0, 100, 1), set(1, SQUAT, SetType.WORKING, 10, 1, null), dl(2, 200, 1));
    List<DayLoad> d = a.days();
    assertThat(d.get(0).ewmaAcute()).isEqualTo(25.0);
    assertThat(d.get(0).ewmaChronic()).isCloseTo(200.0 / 29, within(1e-12));
    assertThat(d.get(1).ewmaAcute()).isEqualTo(18.75);
    assertThat(d.get(1).ewmaChronic()).isCloseTo(5400.0 / 841, within(1e-12));
    assertThat(d.get(2).ewmaAcute()).isEqualTo(64.0625); // 50 + 0.75 * 18.75
    assertThat(d.get(2).ewmaChronic()).isCloseTo(482200.0 / 24389, within(1e-12));
  }

  @Test
  void ratiosAreNullForTheFirst27DaysAndStartOnThe28th() {
    List<TrainingSet> sets = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      sets.add(dl(i, 100, 1));
    }
    List<DayLoad> d = TrainingLoadAnalysis.analyze(sets).days();
    assertThat(d.subList(0, 27))
        .allSatisfy(
            day -> {
              assertThat(day.acwrEwma()).isNull();
              assertThat(day.acwrUncoupled()).isNull();
            });
    double acute = 100 * (1 - Math.pow(0.75, 28));
    double chronic = 100 * (1 - Math.pow(27.0 / 29, 28));
    assertThat(d.get(27).ewmaAcute()).isCloseTo(acute, within(1e-9));
    assertThat(d.get(27).ewmaChronic()).isCloseTo(chronic, within(1e-9));
    assertThat(d.get(27).acwrEwma()).isCloseTo(acute / chronic, within(1e-12));
    assertThat(d.get(27).acwrUncoupled()).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void uncoupledIsTheAcuteWeekMeanOverTheThreeWeeksBefore() {
    List<TrainingSet> sets = new ArrayList<>();
    for (int i = 0; i <= 20; i++) {
      sets.add(dl(i, 100, 1)); // chronic window d-27..d-7 of day 27: mean 100
    }
    sets.add(dl(27, 1400, 1)); // acute window d-6..d: mean 200
    List<DayLoad> d = TrainingLoadAnalysis.analyze(sets).days();
    assertThat(d.get(27).acwrUncoupled()).isCloseTo(2.0, within(1e-12));
    assertThat(d.get(27).acwrEwma()).isEqualTo(d.get(27).ewmaAcute() / d.get(27).ewmaChronic());
  }

  @Test
  void uncoupledIsNullForAZeroDenominatorEvenWhenTheEwmaHasAValue() {
    List<DayLoad> d = analyze(dl(0, 100, 1), dl(28, 100, 1)).days();
    assertThat(d.get(27).acwrUncoupled()).isEqualTo(0.0); // chronic window 0..20 holds day 0
    assertThat(d.get(28).acwrUncoupled()).isNull(); // chronic window 1..21 is empty
    assertThat(d.get(28).acwrEwma()).isNotNull();
  }

  @Test
  void ewmaRatioIsNullWhileTheChronicAverageIsZero() {
    List<TrainingSet> sets = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      sets.add(set(i, SQUAT, SetType.WORKING, 100, 5, null)); // load, but no hinge load
    }
    sets.add(dl(30, 100, 1));
    List<DayLoad> d = TrainingLoadAnalysis.analyze(sets).days();
    assertThat(d.get(29).ewmaChronic()).isZero();
    assertThat(d.get(29).acwrEwma()).isNull();
    assertThat(d.get(29).acwrUncoupled()).isNull();
    assertThat(d.get(30).acwrEwma()).isCloseTo(0.25 / (2.0 / 29), within(1e-12));
  }
}
