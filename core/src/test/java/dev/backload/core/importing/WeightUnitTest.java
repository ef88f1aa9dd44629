package dev.backload.core.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Loads in the person's unit: kilograms kept exact, shown to two decimals at most. */
class WeightUnitTest {

  @Test
  void poundsRoundTripThroughKilograms() {
    double kg = WeightUnit.LB.toKg(225);
    assertThat(kg).isEqualTo(225 * 0.45359237);
    assertThat(WeightUnit.LB.fromKg(kg)).isCloseTo(225, within(1e-9));
    assertThat(WeightUnit.KG.fromKg(142.5)).isEqualTo(142.5);
  }

  @Test
  void formatShowsAtMostTwoDecimalsWithoutTrailingZeros() {
    assertThat(WeightUnit.LB.format(WeightUnit.LB.toKg(225))).isEqualTo("225");
    assertThat(WeightUnit.KG.format(142.5)).isEqualTo("142.5");
    assertThat(WeightUnit.KG.format(100.004)).isEqualTo("100");
    assertThat(WeightUnit.KG.format(100.005)).isEqualTo("100.01");
    assertThat(WeightUnit.LB.format(2.5)).isEqualTo("5.51");
    assertThat(WeightUnit.KG.format(0.001)).isEqualTo("0");
    assertThat(WeightUnit.KG.format(Double.NaN)).isEmpty();
  }

  @Test
  void symbolsAreReadExactly() {
    assertThat(WeightUnit.KG.symbol()).isEqualTo("kg");
    assertThat(WeightUnit.LB.symbol()).isEqualTo("lb");
    assertThat(WeightUnit.ofSymbol("kg")).contains(WeightUnit.KG);
    assertThat(WeightUnit.ofSymbol("lb")).contains(WeightUnit.LB);
    assertThat(WeightUnit.ofSymbol("KG")).isEmpty();
    assertThat(WeightUnit.ofSymbol("lbs")).isEmpty();
    assertThat(WeightUnit.ofSymbol(" kg")).isEmpty();
    assertThat(WeightUnit.ofSymbol(null)).isEmpty();
  }
}
