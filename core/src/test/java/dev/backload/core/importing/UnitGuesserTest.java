package dev.backload.core.importing;

import static dev.backload.core.importing.Fixtures.defaults;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.backload.core.log.TrainingSet;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitGuesserTest {

  private static WeightUnit guess(double... weights) {
    UnitGuesser g = new UnitGuesser();
    for (double w : weights) {
      g.add(w);
    }
    return g.guess();
  }

  @Test
  void barbellLoadsOnA45PoundBarMeanPounds() {
    assertThat(guess(45, 95, 135, 185, 225, 20, 30, 50)).isEqualTo(WeightUnit.LB);
  }

  @Test
  void kilogramLoadsMeanKilograms() {
    assertThat(guess(20, 40, 60, 80, 100, 12.5, 17.5, 22.5, 8, 12, 14)).isEqualTo(WeightUnit.KG);
  }

  @Test
  void poundsTypedIntoAKilogramAccountMeanKilograms() {
    // 22.68 kg = 50 lb, 40.82 kg = 90 lb, 20.41 kg = 45 lb (Hevy stores kilograms)
    assertThat(guess(22.68, 40.82, 20.41, 45.36, 105, 60)).isEqualTo(WeightUnit.KG);
  }

  @Test
  void kilogramsTypedIntoAPoundAccountMeanPounds() {
    // 35.27 lb = 16 kg, 66.14 lb = 30 kg
    assertThat(guess(35.27, 66.14, 30, 40, 50)).isEqualTo(WeightUnit.LB);
  }

  @Test
  void noWeightsMeansKilograms() {
    assertThat(guess()).isEqualTo(WeightUnit.KG);
    assertThat(guess(0, 0, -1)).isEqualTo(WeightUnit.KG);
  }

  /** Every real export, its weights in the file's own unit, gives that unit. */
  @ParameterizedTest
  @CsvSource({
    "strong-1.csv,LB",
    "strong-2.csv,KG",
    "strong-3.csv,KG",
    "hevy-1.csv,KG",
    "hevy-2.csv,KG",
    "fitnotes-1.csv,LB"
  })
  void realExportsAreGuessedRight(String file, WeightUnit unit) throws Exception {
    Path dir = RealExportsTest.find();
    assumeTrue(dir != null, "shared/data/real-exports not found: real-export tests skipped");
    ImportResult r = ExportImporter.read(dir.resolve(file), defaults().withUnit(WeightUnit.KG));
    UnitGuesser g = new UnitGuesser();
    double toFileUnit = r.unit() == WeightUnit.LB ? 1 / TrainingSet.KG_PER_LB : 1;
    for (TrainingSet s : r.sets()) {
      g.add(s.weightKg() * toFileUnit);
    }
    assertThat(g.guess()).isEqualTo(unit);
  }
}
