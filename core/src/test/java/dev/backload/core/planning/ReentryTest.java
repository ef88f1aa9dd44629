package dev.backload.core.planning;

import static dev.backload.core.planning.Sessions.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReentryTest {

  @ParameterizedTest(name = "gap {0} days -> {1} of the previous load, rebuild {2} days")
  @CsvSource({
    "1, 1.0, 0",
    "7, 1.0, 0",
    "8, 0.9, 0",
    "14, 0.9, 0",
    "15, 0.825, 0",
    "28, 0.825, 0",
    "29, 0.7, 21",
    "42, 0.7, 21",
    "400, 0.7, 21"
  })
  void reentryFractionsByGap(long gap, double fraction, int rebuild) {
    assertThat(Reentry.fraction(gap)).isEqualTo(fraction);
    assertThat(Reentry.rebuildDays(gap)).isEqualTo(rebuild);
  }

  @Test
  void shortBreaksReduceOnlyTheFirstSession() {
    assertThat(Reentry.fractionOn(10, day(10), day(10))).isEqualTo(0.9);
    assertThat(Reentry.fractionOn(10, day(10), day(11))).isEqualTo(1.0);
    assertThat(Reentry.fractionOn(20, day(20), day(19))).isEqualTo(0.825);
    assertThat(Reentry.active(20, day(20), day(20))).isFalse();
  }

  @Test
  void longBreaksRebuildInAStraightLineOverThreeWeeks() {
    assertThat(Reentry.fractionOn(42, day(0), day(0))).isEqualTo(0.7);
    assertThat(Reentry.fractionOn(42, day(0), day(7))).isCloseTo(0.8, within(1e-9));
    assertThat(Reentry.fractionOn(42, day(0), day(14))).isCloseTo(0.9, within(1e-9));
    assertThat(Reentry.fractionOn(42, day(0), day(21))).isEqualTo(1.0);
    assertThat(Reentry.fractionOn(42, day(0), day(30))).isEqualTo(1.0);
    assertThat(Reentry.active(42, day(0), day(20))).isTrue();
    assertThat(Reentry.active(42, day(0), day(21))).isFalse();
  }
}
