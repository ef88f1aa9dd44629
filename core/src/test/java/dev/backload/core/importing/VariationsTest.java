package dev.backload.core.importing;

import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Variations} of the fixtures from fixed seeds, so that every build reads some hundreds of
 * reordered, shortened, localised and split files; {@link ExportImporterFuzzTest#anyVariation}
 * draws the same variations from fuzz data.
 */
class VariationsTest {

  static LongStream seeds() {
    return LongStream.range(0, 300);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aVariedFileGivesWhatItsOriginalSays(long seed) throws Exception {
    Random random = new Random(seed);
    Variations.check(Variations.make(random::nextInt));
  }
}
