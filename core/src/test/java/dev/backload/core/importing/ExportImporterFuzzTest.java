package dev.backload.core.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.backload.core.log.TrainingSet;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Arbitrary input gives an {@link ImportResult} or an {@link ImportException}, never another
 * exception; varied fixtures give exactly what their originals say ({@link #anyVariation}).
 *
 * <p>A plain {@code mvn test} replays the seeds in {@code
 * src/test/resources/dev/backload/core/importing/ExportImporterFuzzTestInputs/anyInput/} (one file
 * per input, crash inputs found by fuzzing included), and those in {@code .../anyVariation/}. To
 * fuzz: {@code JAZZER_FUZZ=1 ./mvnw -pl core test -Dtest=ExportImporterFuzzTest}; the generated
 * corpus goes to {@code .cifuzz-corpus/}.
 */
class ExportImporterFuzzTest {

  @FuzzTest(maxDuration = "60s")
  void anyInput(FuzzedDataProvider data) {
    // Options come from the end of the input, the file from the rest.
    WeightUnit unit = pick(data.consumeInt(0, 2), WeightUnit.values());
    ExportFormat format = pick(data.consumeInt(0, 3), ExportFormat.values());
    ImportOptions options = new ImportOptions(unit, format, data.consumeBoolean());
    byte[] bytes = data.consumeRemainingAsBytes();

    check(new StringReader(new String(bytes, StandardCharsets.UTF_8)), options);
    // The same bytes through a strict UTF-8 decoder, as a file would be read.
    check(
        new InputStreamReader(
            new ByteArrayInputStream(bytes),
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)),
        options);
  }

  /**
   * The fixtures varied as real exports vary ({@link Variations}: optional columns dropped and
   * reordered, localised Strong headers, extra fields and FitNotes names split at a comma), the
   * choices taken from the fuzz data: each gives exactly what its original says. With data left
   * over, that text is also put into the file somewhere, and then any result or {@link
   * ImportException} will do, nothing else.
   */
  @FuzzTest(maxDuration = "60s")
  void anyVariation(FuzzedDataProvider data) throws ImportException {
    Variations.Variation variation = Variations.make(bound -> data.consumeInt(0, bound - 1));
    if (data.remainingBytes() == 0) {
      Variations.check(variation);
      return;
    }
    String csv = variation.csv();
    int at = data.consumeInt(0, csv.length());
    String noise = data.consumeRemainingAsString();
    check(
        new StringReader(csv.substring(0, at) + noise + csv.substring(at)),
        variation.options().withSkipBadRows(noise.length() % 2 == 0));
  }

  private static void check(Reader reader, ImportOptions options) {
    ImportResult result;
    try {
      result = ExportImporter.read(reader, options);
    } catch (ImportException e) {
      assertThat(e.line()).isPositive();
      assertThat(e.getMessage()).startsWith("line " + e.line());
      return;
    }
    assertThat(result.sets().size() + result.nonSetRowsSkipped() + result.skippedRows().size())
        .isEqualTo(result.rowsRead());
    if (!options.skipBadRows()) {
      assertThat(result.skippedRows()).isEmpty();
    }
    if (options.format() != null) {
      assertThat(result.format()).isEqualTo(options.format());
    }
    assertThat(ExportImporter.VARIANTS).contains(result.variant());
    for (TrainingSet set : result.sets()) { // builds each set, checking its invariants
      assertThat(set.exercise()).isNotBlank();
    }
  }

  private static <T> T pick(int choice, T[] values) {
    return choice < values.length ? values[choice] : null;
  }
}
