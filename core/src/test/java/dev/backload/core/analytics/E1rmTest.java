package dev.backload.core.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.backload.core.log.SetType;
import dev.backload.core.log.TrainingSet;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class E1rmTest {

  @ParameterizedTest(name = "{0} kg x {1} @ {2} -> {3}")
  @CsvSource({
    // RPE table path: weight / (pct(n) / 100), n = reps + (10 - rpe)
    "180, 3, 8,   208.5747392815759", // n = 5, 86.3 %: the spec's example
    "100, 1, 10,  100", // n = 1
    "100, 1, 9,   104.71204188481676", // n = 2, 95.5 %
    "100, 1, 8.5, 106.55301012253598", // n = 2.5: mean of 95.5 and 92.2
    "100, 5, 6,   131.23359580052494", // rpe 6 is in the table's range, n = 9
    "100, 10, 8,  147.05882352941177", // n = 12, the last table entry (68.0 %)
    "100, 12, 10, 147.05882352941177", // more than 10 reps but n = 12: table
    "100, 11, 9,  147.05882352941177", // n = 12
    "100, 6, 6.5, 133.2445036642238", // n = 9.5: mean of 76.2 and 73.9 = 75.05 %
    // fallback: no RPE, RPE below 6, or n > 12
    "100, 10, 7.5, 133.33333333333334", // n = 12.5 -> Epley/Brzycki at 10 reps
    "100, 11, 8.5,", // n = 12.5 and 11 reps -> none
    "100, 11, 8,", // n = 13 and 11 reps -> none
    "100, 5, 5.5, 114.58333333333334", // rpe 5.5 -> mean of 116.67 and 112.5
    "100, 1,,     100", // a single is its own weight
    "100, 1, 5,   100",
    "100, 10,,    133.33333333333334", // Epley 133.33, Brzycki 133.33
    "100, 11,,", // too many reps without RPE
    "140, 8,,     175.5632183908046", // Epley 177.33, Brzycki 173.79
    "0, 5, 8,", // body weight -> none
    "0, 1,,",
    "100, 0, 10,", // no reps -> none
  })
  void estimatesEveryBranch(double weight, int reps, Double rpe, Double expected) {
    Double e1rm = E1rm.estimate(weight, reps, rpe);
    if (expected == null) {
      assertThat(e1rm).isNull();
    } else {
      assertThat(e1rm).isCloseTo(expected, within(1e-9));
    }
  }

  @Test
  void halfStepsAreTheMeanOfTheNeighboursExactly() {
    assertThat(E1rm.estimate(100, 1, 8.5)).isEqualTo(100 / (((95.5 + 92.2) / 2) / 100));
    assertThat(E1rm.estimate(100, 6, 6.5)).isEqualTo(100 / (((76.2 + 73.9) / 2) / 100));
  }

  @Test
  void fallbackIsTheMeanOfEpleyAndBrzyckiInTheirExactForms() {
    double w = 137.5;
    for (int r = 2; r <= 10; r++) {
      double epley = w * (1 + r / 30.0);
      double brzycki = w * 36 / (37 - r);
      assertThat(E1rm.estimate(w, r, null)).isEqualTo((epley + brzycki) / 2);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "1, 100",
    "2, 95.5",
    "3, 92.2",
    "4, 89.2",
    "5, 86.3",
    "6, 83.7",
    "7, 81.1",
    "8, 78.6",
    "9, 76.2",
    "10, 73.9",
    "11, 70.7",
    "12, 68.0",
    "1.5, 97.75",
    "11.5, 69.35"
  })
  void rpeTableIsExactlyTheSpecsTable(double n, double pct) {
    assertThat(E1rm.rpePercent(n)).isCloseTo(pct, within(1e-12));
  }

  @ParameterizedTest
  @CsvSource({"0", "0.5", "12.5", "13", "3.25"})
  void rpeTableRejectsValuesOutsideIt(double n) {
    assertThatThrownBy(() -> E1rm.rpePercent(n)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void unroundedRpeIsRoundedAsOnImport() {
    assertThat(E1rm.estimate(100, 1, 8.3)).isEqualTo(E1rm.estimate(100, 1, 8.5));
    assertThat(E1rm.estimate(100, 5, 5.75)).isEqualTo(E1rm.estimate(100, 5, 6.0));
    // above 10 (not a valid TrainingSet, but a direct call): not in the table's range
    assertThat(E1rm.estimate(100, 5, 10.5)).isEqualTo(E1rm.estimate(100, 5, null));
  }

  @Test
  void estimatesASetFromItsLoad() {
    LocalDate day = LocalDate.of(2024, 1, 1);
    TrainingSet pull = TrainingSet.of(day, "w", "Deadlift", SetType.WORKING, 180, 3, 8.0, null);
    TrainingSet assisted =
        TrainingSet.of(day, "w", "Assisted Pull Up", SetType.WORKING, 30, 5, null, null);
    assertThat(E1rm.estimate(pull)).isEqualTo(180 / 0.863);
    assertThat(E1rm.estimate(assisted)).isNull();
  }
}
