package dev.backload.core.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoadsTest {

  @ParameterizedTest(name = "{0} kg by {1} -> {2}")
  @CsvSource({
    "77.0, 2.5, 77.5",
    "76.0, 2.5, 75.0",
    "76.25, 2.5, 75.0",
    "76.26, 2.5, 77.5",
    "112.5, 2.5, 112.5",
    "112.50000000000001, 2.5, 112.5",
    "64.5, 5, 65.0",
    "62.5, 5, 60.0",
    "62.6, 1, 63.0",
    "10, 2.5, 20.0",
    "0.1, 2.5, 20.0",
    "19, 2.5, 20.0",
    "21, 2.5, 20.0",
    "0, 2.5, 0.0",
    "141, 2.5, 140.0"
  })
  void roundsToTheNearestIncrementTiesLighterNeverBelowTheEmptyBar(
      double kg, double increment, double expected) {
    assertThat(Loads.round(kg, increment)).isEqualTo(expected);
  }

  @Test
  void rejectsBadLoadsAndIncrements() {
    assertThatThrownBy(() -> Loads.round(-1, 2.5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Loads.round(Double.NaN, 2.5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Loads.round(Double.POSITIVE_INFINITY, 2.5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Loads.round(100, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Loads.round(100, Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "{0} kg + {1} by {2} -> {3}")
  @CsvSource({
    "60, 0.075, 2.5, 65.0",
    "100, 0.075, 2.5, 107.5",
    "20, 0.075, 2.5, 22.5",
    "30, 0.05, 2.5, 32.5",
    "30, 0.05, 5, 35.0",
    "60, 0.075, 1, 64.0",
    "40, 0.05, 1, 43.0",
    "0, 0.075, 2.5, 0.0"
  })
  void stepsUpByTheFractionAndAtLeast2Point5Kg(
      double kg, double fraction, double increment, double expected) {
    assertThat(Loads.stepUp(kg, fraction, increment)).isEqualTo(expected);
  }

  @Test
  void scalesAndRounds() {
    assertThat(Loads.scale(140, 0.55, 2.5)).isEqualTo(77.5);
    assertThat(Loads.scale(140, 0.45, 2.5)).isEqualTo(62.5);
    assertThat(Loads.scale(30, 0.5, 2.5)).isEqualTo(20.0);
  }

  @Test
  void capsRoundDownNeverBelowTheEmptyBar() {
    assertThat(Loads.roundDown(112, 2.5)).isEqualTo(110.0);
    assertThat(Loads.roundDown(112.5, 2.5)).isEqualTo(112.5);
    assertThat(Loads.roundDown(0.7 * 150, 2.5)).isEqualTo(105.0);
    assertThat(Loads.roundDown(12, 2.5)).isEqualTo(20.0);
    assertThat(Loads.roundDown(0, 2.5)).isEqualTo(0.0);
  }
}
